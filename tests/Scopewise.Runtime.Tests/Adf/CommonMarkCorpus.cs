using System.Text.Json;

namespace Scopewise.Runtime.Tests.Adf;

/// <summary>The CommonMark spec examples committed in Corpus/commonmark-0.31.2.json (see Corpus/README.md).</summary>
internal static class CommonMarkCorpus
{
    public static IReadOnlyList<(int Example, string Section, string Markdown)> Examples { get; } = Load();

    private static List<(int, string, string)> Load()
    {
        using var document = JsonDocument.Parse(AdfCorpus.Read("commonmark-0.31.2.json"));
        return document.RootElement.GetProperty("examples").EnumerateArray()
            .Select(e => (e.GetProperty("example").GetInt32(), e.GetProperty("section").GetString()!, e.GetProperty("markdown").GetString()!))
            .ToList();
    }
}
