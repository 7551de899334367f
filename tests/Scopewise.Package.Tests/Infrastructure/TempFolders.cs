namespace Scopewise.Package.Tests.Infrastructure;

/// <summary>Folders under the system temp folder for one test run, removed by <see cref="Cleanup"/> after the tests.</summary>
public static class TempFolders
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "scopewise-package-tests", Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Deletes this run's folders; a collection fixture, so it runs after the last test that uses them.</summary>
    public sealed class Cleanup : IDisposable
    {
        public void Dispose()
        {
            try
            {
                if (Directory.Exists(Root))
                {
                    Directory.Delete(Root, recursive: true);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A build server may still hold a file; the OS temp cleaner gets the rest.
            }
        }
    }

    public static string Create(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
