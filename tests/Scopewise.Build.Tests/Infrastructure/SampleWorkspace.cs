namespace Scopewise.Build.Tests.Infrastructure;

/// <summary>
/// A copy of sample projects in a temp folder, wired to this test's output (the task assembly, the runtime, the
/// manifest targets and scope tables), built with the real `dotnet` CLI.
/// </summary>
public sealed class SampleWorkspace : IDisposable
{
    private SampleWorkspace(string root)
    {
        Root = root;
    }

    public string Root { get; }

    /// <summary>Copies SampleProjects/Common and SampleProjects/<paramref name="sample"/> into a new temp folder.</summary>
    public static SampleWorkspace Create(string sample)
    {
        var assets = AppContext.BaseDirectory;
        var root = Path.Combine(Path.GetTempPath(), "scopewise-build-tests", sample + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        CopyDirectory(Path.Combine(assets, "SampleProjects", "Common"), root);
        CopyDirectory(Path.Combine(assets, "SampleProjects", sample), root);
        File.WriteAllText(Path.Combine(root, "TestAssets.props"),
            $"<Project><PropertyGroup><ScopewiseTestAssets>{assets.TrimEnd('/', '\\')}/</ScopewiseTestAssets></PropertyGroup></Project>\n");
        return new SampleWorkspace(root);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string content) => File.WriteAllText(PathOf(relative), content);

    public void Delete(string relative) => File.Delete(PathOf(relative));

    /// <summary>Removes build outputs but keeps restore results (obj/project.assets.json), so the next build is clean yet needs no restore.</summary>
    public void CleanBuildOutputs(string projectFolder)
    {
        foreach (var folder in new[] { Path.Combine(projectFolder, "bin"), Path.Combine(projectFolder, "obj", "Debug") })
        {
            var full = PathOf(folder);
            if (Directory.Exists(full))
            {
                Directory.Delete(full, recursive: true);
            }
        }
    }

    /// <summary>The first build: restores, then builds.</summary>
    public ProcessResult RestoreAndBuild(string project) => DotNetCli.Build(Root, project, restore: true);

    /// <summary>Any later build: restore results are kept (see <see cref="CleanBuildOutputs"/>), so no restore.</summary>
    public ProcessResult Build(string project, params string[] properties) => DotNetCli.Build(Root, project, restore: false, properties);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A compiler server may still hold a file for a moment; the temp folder is cleaned by the OS eventually.
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
