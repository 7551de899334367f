namespace Scopewise.Package.Tests.Infrastructure;

/// <summary>Folders under the system temp folder for one test run, removed when the test process exits.</summary>
public static class TempFolders
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "scopewise-package-tests", Guid.NewGuid().ToString("N")[..12]);

    static TempFolders()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the OS temp cleaner gets the rest.
            }
            catch (UnauthorizedAccessException)
            {
            }
        };
    }

    public static string Create(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
