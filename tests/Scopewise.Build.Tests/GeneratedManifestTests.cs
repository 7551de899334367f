using System.Text.Json;

namespace Scopewise.Build.Tests;

/// <summary>The manifest of a project that calls three Confluence v2 operations and one v1 operation through generated clients.</summary>
public sealed class GeneratedManifestTests(GeneratedSampleBuild build) : IClassFixture<GeneratedSampleBuild>
{
    [Fact]
    public void Granular_manifest_lists_exactly_the_scopes_of_the_four_called_operations()
    {
        // getSpaces, createPage, getPageById (v2, granular only) and addLabelsToContent (v1: read+write label granularly).
        // No offline_access: Publisher.Create builds an API-token connection; the runtime's own OAuth code does not count.
        Assert.Equal(
            "read:label:confluence\nread:page:confluence\nread:space:confluence\nwrite:label:confluence\nwrite:page:confluence\n",
            build.GranularText);
    }

    [Fact]
    public void The_grant_decides_over_the_style_so_a_classic_build_keeps_the_granular_v1_alternative_the_app_granted()
    {
        // [GrantedScopes] holds addLabelsToContent's granular alternative, not its classic one (write:confluence-content):
        // listing the classic scope would ask the app's registration for a scope the code says it lacks.
        Assert.Equal(build.GranularText, build.ClassicText);
    }

    [Fact]
    public void Only_called_operations_are_listed_not_everything_generated()
    {
        var names = Json(build.GranularJson).GetProperty("operations").EnumerateArray().Select(o => o.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["addLabelsToContent", "createPage", "getPageById", "getSpaces"], names);
    }

    [Fact]
    public void Operations_name_the_generated_method_and_the_user_method_that_calls_it()
    {
        var createPage = Json(build.GranularJson).GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "createPage");
        Assert.Equal("POST", createPage.GetProperty("method").GetString());
        Assert.Equal("/wiki/api/v2/pages", createPage.GetProperty("path").GetString());
        Assert.Equal("Scopewise.Confluence.V2.ConfluenceV2PagesClient.CreatePageAsync (App)", createPage.GetProperty("declaredBy").GetString());
        // The call sits in a lambda inside an async method: both are compiler-generated, both lead back to PublishAsync.
        Assert.Equal(["App.Publisher.PublishAsync"], createPage.GetProperty("callSites").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void The_manifest_says_what_the_account_must_be_allowed_per_permission_with_operations_and_call_sites()
    {
        // Issue 18: Confluence v2's getPageById needs "Permission to view the page and its corresponding space".
        var permissions = Json(build.GranularJson).GetProperty("accountPermissions").EnumerateArray().ToList();
        var space = permissions.Single(p => p.GetProperty("name").GetString() == "a space or project permission");
        Assert.Equal("spaceOrProject", space.GetProperty("level").GetString());
        Assert.Contains("getPageById", space.GetProperty("operations").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("App.Publisher.PublishAsync", space.GetProperty("callSites").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(Json(build.GranularJson).GetProperty("operationNotes").EnumerateArray());
        Assert.Contains("# account permission: a space or project permission (spaceOrProject) for ", build.GranularTextWithNotes, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_analyzer_clean_the_granted_scopes_the_authorize_url_uses_equal_the_manifest()
    {
        // The sample built with SW2001 and SW2002 as errors, so its [assembly: GrantedScopes] is exactly what it needs.
        var needed = build.GranularText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var context = new System.Runtime.Loader.AssemblyLoadContext("granted-sample", isCollectible: true);
        try
        {
            var app = context.LoadFromAssemblyPath(build.Output("App.dll"));
            Assert.Equal(needed, DeclaredScopes.Of(app));
            var generated = app.GetType("Scopewise.Generated.ScopewiseScopes", throwOnError: true)!;
            var granted = (IReadOnlyList<string>)generated.GetProperty("Granted", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
            Assert.Equal(needed, granted);
        }
        finally
        {
            context.Unload();
        }
    }
}
