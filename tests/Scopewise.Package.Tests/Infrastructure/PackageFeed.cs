namespace Scopewise.Package.Tests.Infrastructure;

/// <summary>
/// A temporary folder feed holding Scopewise and Scopewise.Sandbox packed from this checkout, created once per test
/// run (packing is the slow part) and shared by every consumer.
/// </summary>
public sealed class PackageFeed
{
    private static readonly Lazy<PackageFeed> Shared = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    private PackageFeed(string folder, string version)
    {
        Folder = folder;
        Version = version;
    }

    /// <summary>The feed every test uses; the first caller packs.</summary>
    public static PackageFeed Instance => Shared.Value;

    public string Folder { get; }

    /// <summary>The version both packages were packed with, which the consumers ask for exactly.</summary>
    public string Version { get; }

    public string PackagePath(string id) => Path.Combine(Folder, $"{id}.{Version}.nupkg");

    private static PackageFeed Create()
    {
        var folder = TempFolders.Create("feed");
        foreach (var project in new[] { "runtime/Scopewise/Scopewise.csproj", "runtime/Scopewise.Sandbox/Scopewise.Sandbox.csproj" })
        {
            // Release, as a publisher packs; the Debug outputs other test projects build stay untouched.
            var result = DotNetProcess.Run(RepositoryRoot.Path, ["pack", project, "-c", "Release", "-o", folder, "-nodeReuse:false", "-v:m"]);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed:\n{result}");
            }
        }

        var runtimePackage = Directory.GetFiles(folder, "Scopewise.*.nupkg")
            .Select(Path.GetFileName)
            .Single(name => !name!.StartsWith("Scopewise.Sandbox.", StringComparison.Ordinal))!;
        var version = runtimePackage["Scopewise.".Length..^".nupkg".Length];
        return new PackageFeed(folder, version);
    }
}
