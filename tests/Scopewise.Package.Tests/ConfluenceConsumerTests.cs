using System.Text.Json;
using Scopewise.Package.Tests.Infrastructure;
using Scopewise.Sandbox;

namespace Scopewise.Package.Tests;

/// <summary>A fresh project that references only the Scopewise and Scopewise.Sandbox packages and names confluence-v2.</summary>
[Collection(PackageTestCollection.Name)]
public sealed class ConfluenceConsumerTests(ConfluenceConsumer consumer) : IClassFixture<ConfluenceConsumer>
{
    private ConsumerProject Project => consumer.Project;

    [Fact]
    public void Builds_from_the_packages_alone()
    {
        Assert.True(Project.Build.ExitCode == 0, Project.Build.ToString());
        Assert.DoesNotContain("ProjectReference", File.ReadAllText(Path.Combine(Project.Folder, "ConfluenceApp.csproj")), StringComparison.Ordinal);

        // Restored from the feed under test into the consumer's own packages folder, not from a machine-wide cache.
        var version = PackageFeed.Instance.Version;
        Assert.True(File.Exists(Path.Combine(Project.Folder, "packages", "scopewise", version, $"scopewise.{version}.nupkg")));
        Assert.True(File.Exists(Path.Combine(Project.Folder, "packages", "scopewise.sandbox", version, $"scopewise.sandbox.{version}.nupkg")));
    }

    [Fact]
    public void A_bundled_spec_named_as_it_is_references_the_prebuilt_client_instead_of_generating_it()
    {
        // The client comes from the package's prebuilt assembly, copied beside the app; the app itself declares none of
        // its types, so no build of the app compiles the generated C# again.
        Assert.True(File.Exists(Path.Combine(Project.OutputFolder, "Scopewise.Confluence.V2.dll")));
        using var stream = File.OpenRead(Project.OutputFile(".dll"));
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        var declared = metadata.TypeDefinitions.Select(handle => metadata.GetString(metadata.GetTypeDefinition(handle).Name)).ToList();
        Assert.DoesNotContain("ConfluenceV2Client", declared);
        Assert.Contains("Scopewise.Confluence.V2", metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)));
    }

    [Fact]
    public void A_call_needing_a_scope_that_is_not_granted_is_SW2001_in_the_build_output()
    {
        Assert.Contains("warning SW2001: 'createPage' needs scope 'write:page:confluence'", Project.Build.Output, StringComparison.Ordinal);
        Assert.Contains("README.md#sw2001", Project.Build.Output, StringComparison.Ordinal);

        // The granted call is quiet: only createPage is reported.
        var reported = Project.Build.Output.Split('\n').Where(line => line.Contains("SW2001", StringComparison.Ordinal));
        Assert.All(reported, line => Assert.Contains("'createPage'", line, StringComparison.Ordinal));
    }

    [Fact]
    public void The_build_writes_the_scope_manifest_beside_the_assembly()
    {
        var lines = File.ReadAllLines(Project.OutputFile(".scopes.txt"));
        Assert.Contains("read:page:confluence", lines);
        Assert.Contains("write:page:confluence", lines);

        using var json = JsonDocument.Parse(File.ReadAllText(Project.OutputFile(".scopes.json")));
        var scopes = json.RootElement.GetProperty("scopes").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s);
        Assert.Equal("granular", scopes["read:page:confluence"].GetProperty("kind").GetString());
        Assert.Contains("getPageById", Operations(scopes["read:page:confluence"]));
        Assert.Contains("createPage", Operations(scopes["write:page:confluence"]));
        Assert.Contains("Publisher.PublishAsync", scopes["write:page:confluence"].GetProperty("callSites").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task The_built_program_reads_a_typed_page_from_a_sandbox_started_by_the_test()
    {
        Assert.True(Project.Build.ExitCode == 0, Project.Build.ToString());
        await using var sandbox = await AtlassianSandbox.StartAsync();
        var user = sandbox.CreateUser("Package Tester");
        var token = sandbox.IssueApiToken(user);
        var page = sandbox.Store.AddPage(sandbox.Store.AddSpace("PKG"), "Hello from the test");

        var run = Project.Run([page.Id], new Dictionary<string, string>
        {
            ["SCOPEWISE_SITE"] = sandbox.BaseAddress.AbsoluteUri,
            ["SCOPEWISE_DEPLOYMENT"] = "cloud",
            ["SCOPEWISE_EMAIL"] = user.Email,
            ["SCOPEWISE_API_TOKEN"] = token.Token,
        });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"page {page.Id}: Hello from the test", run.Output, StringComparison.Ordinal);
        Assert.Contains(sandbox.Requests, r => r.OperationId == "getPageById" && r.Authorization == token.BasicAuthorization);
        Assert.DoesNotContain(token.Token, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sandbox_package_runs_inside_the_consumer()
    {
        var run = Project.Run(["--own-sandbox"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"page \d+: From the sandbox package", run.Output);
    }

    private static IEnumerable<string?> Operations(JsonElement scope) =>
        scope.GetProperty("operations").EnumerateArray().Select(o => o.GetString());
}
