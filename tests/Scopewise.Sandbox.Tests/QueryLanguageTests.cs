using System.Net;
using System.Text.Json.Nodes;

namespace Scopewise.Sandbox.Tests;

/// <summary>
/// JQL and CQL over the store: the common subset (=, !=, IN, NOT IN, ~, AND, OR, NOT, parentheses, ORDER BY) works on any
/// field, and whatever the sandbox does not understand is a 400 that names it.
/// </summary>
public sealed class QueryLanguageTests : IAsyncLifetime
{
    private AtlassianSandbox _sandbox = null!;
    private SandboxApiToken _token = null!;

    public async Task InitializeAsync()
    {
        // Seeded: DEMO-1 "Set up the sandbox" (Task, Done), DEMO-2 "Page through search results" (Story, In Progress),
        // DEMO-3 "Handle 429 with Retry-After" (Bug, To Do); and the README's demo spaces DEMO and NOTES.
        _sandbox = await AtlassianSandbox.StartAsync(new SandboxOptions { SeedDemoData = true });
        _sandbox.Store.AddIssue("OPS", "Rotate the sandbox keys", "Task", "In Progress");
        _token = _sandbox.IssueApiToken(_sandbox.DemoUser!);
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Theory]
    [InlineData("status = \"In Progress\"", "DEMO-2,OPS-1")]
    [InlineData("project = DEMO AND status = 'In Progress'", "DEMO-2")]
    [InlineData("project = DEMO AND issuetype IN (Bug, Story) ORDER BY key DESC", "DEMO-3,DEMO-2")]
    [InlineData("status != Done AND project != OPS", "DEMO-2,DEMO-3")]
    [InlineData("type NOT IN (Task) ORDER BY summary", "DEMO-3,DEMO-2")]
    [InlineData("summary ~ \"sandbox\" ORDER BY key", "DEMO-1,OPS-1")]
    [InlineData("text ~ \"retry-after\"", "DEMO-3")]
    [InlineData("(status = Done OR status = \"To Do\") and project = demo", "DEMO-1,DEMO-3")]
    [InlineData("NOT status = Done AND project = DEMO", "DEMO-2,DEMO-3")]
    [InlineData("ORDER BY created DESC, key DESC", "OPS-1,DEMO-3,DEMO-2,DEMO-1")]
    [InlineData("", "DEMO-1,DEMO-2,DEMO-3,OPS-1")]
    public async Task Jql_finds_issues_by_any_field_in_order(string jql, string expectedKeys)
    {
        using var response = await SandboxHttp.GetAsync(_sandbox, "/rest/api/3/search/jql?jql=" + Uri.EscapeDataString(jql), _token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var keys = (await response.JsonAsync())["issues"]!.AsArray().Select(i => i!["key"]!.GetValue<string>());
        Assert.Equal(expectedKeys, string.Join(',', keys));
    }

    [Theory]
    [InlineData("status WAS Done", "the operator 'WAS'")]
    [InlineData("created >= -7d", "the operator '>='")]
    [InlineData("sprint = 5", "the field 'sprint'")]
    [InlineData("assignee = currentUser()", "the function 'currentUser()'")]
    [InlineData("project = DEMO ORDER BY", "a field to order by")]
    [InlineData("project = DEMO ORDER BY rank", "the field 'rank'")]
    [InlineData("project = \"DEMO", "a string that is never closed")]
    [InlineData("(project = DEMO", "expected ')'")]
    [InlineData("project = DEMO status = Done", "expected AND, OR, ORDER BY")]
    public async Task Jql_the_sandbox_does_not_understand_is_a_400_naming_it(string jql, string named)
    {
        using var response = await SandboxHttp.GetAsync(_sandbox, "/rest/api/3/search/jql?jql=" + Uri.EscapeDataString(jql), _token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.JsonAsync())["errorMessages"]![0]!.GetValue<string>();
        Assert.Contains(named, message);
        Assert.StartsWith("Scopewise sandbox: ", message);
    }

    [Fact]
    public async Task Jql_in_a_post_body_is_checked_the_same_way()
    {
        using var found = await SandboxHttp.SendAsync(HttpMethod.Post, SandboxHttp.Site(_sandbox, "/rest/api/3/search/jql"), _token.BasicAuthorization, json: new JsonObject { ["jql"] = "issuetype = Bug" });
        using var refused = await SandboxHttp.SendAsync(HttpMethod.Post, SandboxHttp.Site(_sandbox, "/rest/api/3/search/jql"), _token.BasicAuthorization, json: new JsonObject { ["jql"] = "issuetype = Bug ORDER BY votes" });

        Assert.Equal("DEMO-3", (await found.JsonAsync())["issues"]![0]!["key"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Theory]
    [InlineData("type = page AND space = DEMO ORDER BY title", "Demo home,Getting started,Scopes")]
    [InlineData("type = blogpost", "Sandbox started")]
    [InlineData("space IN (DEMO, NOTES) AND label = guide", "Getting started")]
    [InlineData("title ~ \"1.5\" AND space = NOTES ORDER BY title DESC", "Release 1.59,Release 1.58,Release 1.57,Release 1.56,Release 1.55,Release 1.54,Release 1.53,Release 1.52,Release 1.51,Release 1.50,Release 1.5")]
    [InlineData("text ~ welcome", "Demo home")]
    [InlineData("space = DEMO AND type != page", "Sandbox started")]
    [InlineData("space = DEMO AND (title = Scopes OR title = \"Demo home\") ORDER BY title DESC", "Scopes,Demo home")]
    public async Task Cql_finds_content_by_field_in_order(string cql, string expectedTitles)
    {
        using var response = await SandboxHttp.GetAsync(_sandbox, "/wiki/rest/api/content/search?limit=100&cql=" + Uri.EscapeDataString(cql), _token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var titles = (await response.JsonAsync())["results"]!.AsArray().Select(r => r!["title"]!.GetValue<string>());
        Assert.Equal(expectedTitles, string.Join(',', titles));
    }

    [Theory]
    [InlineData("type = page AND favourite = yes", "the field 'favourite'")]
    [InlineData("space = DEMO ORDER BY popularity", "the field 'popularity'")]
    [InlineData("space.type = global", "the field 'space.type'")]
    [InlineData("created > now(\"-4w\")", "the operator '>'")]
    public async Task Cql_the_sandbox_does_not_understand_is_a_400_in_confluences_shape(string cql, string named)
    {
        using var response = await SandboxHttp.GetAsync(_sandbox, "/wiki/rest/api/content/search?cql=" + Uri.EscapeDataString(cql), _token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, (await response.JsonAsync())["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Demo_data_seeds_the_readme_spaces_and_user()
    {
        Assert.Equal("demo@example.com", _sandbox.DemoUser!.Email);
        Assert.Equal(DemoData.ReleaseNoteCount, _sandbox.Store.Contents.Count(c => c.Space.Key == "NOTES"));
        Assert.Equal(["DEMO", "NOTES"], _sandbox.Store.Spaces.Select(s => s.Key).Order(StringComparer.Ordinal));
    }
}
