using System.IO.Compression;
using System.Xml.Linq;
using Scopewise.Package.Tests.Infrastructure;

namespace Scopewise.Package.Tests;

/// <summary>What `dotnet pack` puts into the two packages: the layout NuGet and the compiler rely on, and the metadata.</summary>
[Collection(PackageTestCollection.Name)]
public sealed class PackageLayoutTests
{
    [Fact]
    public void The_analyzer_folder_holds_the_generator_its_NSwag_closure_the_analyzers_and_code_fixes_and_nothing_the_compiler_has()
    {
        var analyzers = Entries("Scopewise").Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        // Consumer builds (ConfluenceConsumerTests, PetStoreConsumerTests) prove this set is enough to generate;
        // System.* and Microsoft.* copies would shadow the compiler's own and are left out on purpose.
        Assert.Equal(
            [
                "analyzers/dotnet/cs/NJsonSchema.Annotations.dll",
                "analyzers/dotnet/cs/NJsonSchema.Yaml.dll",
                "analyzers/dotnet/cs/NJsonSchema.dll",
                "analyzers/dotnet/cs/NSwag.Core.Yaml.dll",
                "analyzers/dotnet/cs/NSwag.Core.dll",
                "analyzers/dotnet/cs/Namotion.Reflection.dll",
                "analyzers/dotnet/cs/Newtonsoft.Json.dll",
                "analyzers/dotnet/cs/Scopewise.Analyzers.dll",
                "analyzers/dotnet/cs/Scopewise.Generator.CodeFixes.dll",
                "analyzers/dotnet/cs/Scopewise.Generator.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll",
            ],
            analyzers);
    }

    [Fact]
    public void The_runtime_build_files_manifest_task_and_bundled_specs_are_where_the_targets_look_for_them()
    {
        var entries = Entries("Scopewise");
        string[] expected =
        [
            "README.md",
            "lib/net8.0/Scopewise.dll",
            "lib/net8.0/Scopewise.xml",
            "build/Scopewise.props",
            "build/Scopewise.targets",
            "build/Scopewise.Api.targets",
            "build/Scopewise.Manifest.targets",
            "buildTransitive/Scopewise.props",
            "buildTransitive/Scopewise.targets",
            "tasks/netstandard2.0/Scopewise.Build.dll",
            "specs/confluence-v1.openapi.json",
            "specs/confluence-v2.openapi.json",
            "specs/confluence-dc.openapi.json",
            "specs/jira-v3.openapi.json",
            "specs/confluence.scopes.json",
            "specs/jira.scopes.json",
            "prebuilt/net8.0/Scopewise.Confluence.V1.dll",
            "prebuilt/net8.0/Scopewise.Confluence.V1.xml",
            "prebuilt/net8.0/Scopewise.Confluence.V2.dll",
            "prebuilt/net8.0/Scopewise.Confluence.V2.xml",
            "prebuilt/net8.0/Scopewise.Jira.dll",
            "prebuilt/net8.0/Scopewise.Jira.xml",
            "prebuilt/net8.0/Scopewise.Confluence.DataCenter.dll",
            "prebuilt/net8.0/Scopewise.Confluence.DataCenter.xml",
        ];
        Assert.All(expected, path => Assert.Contains(path, entries));
        Assert.DoesNotContain(entries, e => e.EndsWith(".pdb", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(PackageFeed.Instance.Folder, $"Scopewise.{PackageFeed.Instance.Version}.snupkg")), "symbols package");
    }

    [Fact]
    public void The_package_metadata_names_license_readme_repository_and_tags()
    {
        var metadata = Nuspec("Scopewise");

        Assert.Equal("Scopewise", Value(metadata, "id"));
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Equal("expression", metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")?.Value);
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.Contains("Atlassian", Value(metadata, "description"), StringComparison.Ordinal);
        Assert.Contains("confluence", Value(metadata, "tags").Split(' '));
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("https://github.com/scopewise/scopewise", repository.Attribute("url")?.Value);
        Assert.Equal("git", repository.Attribute("type")?.Value);

        // The compile-time parts ship inside the package; its only dependencies are the runtime's (Markdig: ADF <-> Markdown).
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value);
        Assert.All(dependencies, id => Assert.True(id.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || id == "Markdig", $"unexpected package dependency {id}"));
    }

    [Fact]
    public void The_sandbox_packs_on_its_own_with_its_readme()
    {
        var entries = Entries("Scopewise.Sandbox");
        Assert.Contains("lib/net8.0/Scopewise.Sandbox.dll", entries);
        Assert.Contains("lib/net8.0/Scopewise.Sandbox.xml", entries);
        Assert.Contains("README.md", entries);

        var metadata = Nuspec("Scopewise.Sandbox");
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency" && e.Attribute("id")?.Value == "Scopewise");
    }

    private static List<string> Entries(string id)
    {
        using var package = ZipFile.OpenRead(PackageFeed.Instance.PackagePath(id));
        return package.Entries.Select(e => e.FullName).ToList();
    }

    private static XElement Nuspec(string id)
    {
        using var package = ZipFile.OpenRead(PackageFeed.Instance.PackagePath(id));
        using var stream = package.GetEntry($"{id}.nuspec")!.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string Value(XElement metadata, string name) =>
        metadata.Elements().Single(e => e.Name.LocalName == name).Value;
}
