using System.Security;

namespace Scopewise.Package.Tests.Infrastructure;

/// <summary>
/// A consumer project copied from Consumers/&lt;name&gt; into its own temp folder and built once against the package
/// feed: a nuget.config with the feed and nuget.org, and its own packages folder so that a Scopewise left in the
/// machine's cache from an earlier run is never used (third-party packages still come through the shared http cache).
/// </summary>
public sealed class ConsumerProject
{
    /// <param name="name">The folder under Consumers/ and the project's name.</param>
    /// <param name="addPackage">Run `dotnet add package Scopewise` first, for a template without a PackageReference.</param>
    /// <param name="project">The project to build, relative to the template folder; `name.csproj` when null.</param>
    public ConsumerProject(string name, bool addPackage = false, string? project = null)
    {
        project ??= $"{name}.csproj";
        Name = Path.GetFileNameWithoutExtension(project);
        var feed = PackageFeed.Instance;
        Folder = TempFolders.Create(name);
        CopyTemplate(Path.Combine(AppContext.BaseDirectory, "Consumers", name), Folder);

        // Stop MSBuild's upward search here: nothing from the temp folder's parents may shape the build.
        File.WriteAllText(Path.Combine(Folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Folder, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="packages" />
              </config>
              <packageSources>
                <clear />
                <add key="scopewise-under-test" value="{SecurityElement.Escape(feed.Folder)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        if (addPackage)
        {
            // The README's install command; it restores, so the build below need not.
            AddPackage = DotNetProcess.Run(Folder, ["add", project, "package", "Scopewise", "--version", feed.Version]);
        }

        Build = DotNetProcess.Run(Folder, ["build", project, "-nodeReuse:false", "-v:m", $"-p:ScopewiseVersion={feed.Version}"]);
        OutputFolder = Path.Combine(Folder, Path.GetDirectoryName(project) ?? "", "bin", "Debug", "net10.0");
    }

    public string Name { get; }

    public string Folder { get; }

    /// <summary>The `dotnet add package` run, when the consumer was created with it.</summary>
    public ProcessResult? AddPackage { get; }

    public ProcessResult Build { get; }

    public string OutputFolder { get; }

    public string OutputFile(string extension) => Path.Combine(OutputFolder, Name + extension);

    /// <summary>Runs the built program as `dotnet App.dll args`.</summary>
    public ProcessResult Run(IEnumerable<string> arguments, IDictionary<string, string>? environment = null) =>
        DotNetProcess.Run(Folder, [OutputFile(".dll"), .. arguments], environment, TimeSpan.FromMinutes(1));

    private static void CopyTemplate(string source, string destination)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
