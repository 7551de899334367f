using System.Text.Json;
using Scopewise.Package.Tests.Infrastructure;
using Scopewise.Sandbox;

namespace Scopewise.Package.Tests;

/// <summary>
/// An app that gets Scopewise through a library (the package's buildTransitive files): its own manifest still lists
/// the scopes the library's calls need, and it runs.
/// </summary>
[Collection(PackageTestCollection.Name)]
public sealed class TransitiveConsumerTests(TransitiveConsumer consumer) : IClassFixture<TransitiveConsumer>
{
    private ConsumerProject Project => consumer.Project;

    [Fact]
    public void The_app_manifest_lists_the_scopes_its_library_needs()
    {
        Assert.True(Project.Build.ExitCode == 0, Project.Build.ToString());
        Assert.Equal(["read:page:confluence"], File.ReadAllLines(Project.OutputFile(".scopes.txt")).Where(l => l.EndsWith(":confluence", StringComparison.Ordinal)));

        using var json = JsonDocument.Parse(File.ReadAllText(Project.OutputFile(".scopes.json")));
        var read = json.RootElement.GetProperty("scopes").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "read:page:confluence");
        Assert.Contains("Program.Main -> Lib.PageTitles.ReadAsync (Lib)", read.GetProperty("callSites").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task The_app_reads_a_page_through_the_library()
    {
        Assert.True(Project.Build.ExitCode == 0, Project.Build.ToString());
        await using var sandbox = await AtlassianSandbox.StartAsync();
        var user = sandbox.CreateUser("Transitive Tester");
        var token = sandbox.IssueApiToken(user);
        var page = sandbox.Store.AddPage(sandbox.Store.AddSpace("LIB"), "Read through a library");

        var run = Project.Run([page.Id], new Dictionary<string, string>
        {
            ["SCOPEWISE_SITE"] = sandbox.BaseAddress.AbsoluteUri,
            ["SCOPEWISE_DEPLOYMENT"] = "cloud",
            ["SCOPEWISE_EMAIL"] = user.Email,
            ["SCOPEWISE_API_TOKEN"] = token.Token,
        });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Read through a library", run.Output, StringComparison.Ordinal);
    }
}
