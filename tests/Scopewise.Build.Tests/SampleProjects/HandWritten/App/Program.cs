using Lib;

namespace App;

public static class Program
{
    public static async Task<int> Main()
    {
        var spaces = SpacesApi.GetSpaces();
        var page = await LoadFirstPage()(1);
        var summary = await new PageReport().SummarizeAsync("1");
        var properties = await new PagesApi().GetContentPropertiesAsync("1");
        Console.WriteLine($"{spaces.Count} {page} {summary} {properties}");
        return 0;
    }

    // The operation is called inside the lambda only.
    private static Func<long, Task<string>> LoadFirstPage() => id => new PagesApi().GetPageByIdAsync(id);
}
