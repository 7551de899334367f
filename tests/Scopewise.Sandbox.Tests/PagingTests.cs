using System.Net;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace Scopewise.Sandbox.Tests;

/// <summary>Following Atlassian's paging links returns every item exactly once.</summary>
public sealed partial class PagingTests : IAsyncLifetime
{
    private const int PageCount = 250;
    private AtlassianSandbox _sandbox = null!;
    private SandboxContent _root = null!;
    private SandboxApiToken _token = null!;
    private SandboxSpace _space = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await AtlassianSandbox.StartAsync();
        var user = _sandbox.CreateUser("Barbara Liskov");
        _token = _sandbox.IssueApiToken(user);
        _space = _sandbox.Store.AddSpace("BIG");
        _root = _sandbox.Store.AddPage(_space, "Root");
        for (var i = 1; i < PageCount; i++)
        {
            _sandbox.Store.AddPage(_space, $"Page {i:000}", parent: _root);
        }

        // A page elsewhere that a space filter must leave out.
        _sandbox.Store.AddPage(_sandbox.Store.AddSpace("OTHER"), "Elsewhere");
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task V2_cursor_paging_via_the_link_header_returns_each_page_once()
    {
        var ids = new List<string>();
        var next = $"/wiki/api/v2/pages?space-id={_space.Id}&limit=17";
        var requests = 0;
        while (next is not null)
        {
            using var response = await SandboxHttp.GetAsync(_sandbox, next, _token.BasicAuthorization);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.JsonAsync();
            ids.AddRange(body["results"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
            Assert.Equal(_sandbox.BaseAddress.AbsoluteUri.TrimEnd('/') + "/wiki", body["_links"]!["base"]!.GetValue<string>());
            next = response.Header("Link") is { } link ? NextLink().Match(link).Groups[1].Value : null;
            Assert.Equal(next, body["_links"]?["next"]?.GetValue<string>());
            requests++;
        }

        Assert.Equal(PageCount, ids.Count);
        Assert.Equal(PageCount, ids.Distinct().Count());
        Assert.Equal((PageCount + 16) / 17, requests);
    }

    [Fact]
    public async Task V2_links_through_the_gateway_are_product_paths_to_resolve_against_the_gateway()
    {
        var oauth = _sandbox.IssueOAuthTokens(_sandbox.Users[0], _sandbox.RegisterOAuthClient(), ["read:page:confluence"]);
        var seen = new HashSet<string>();
        var next = $"/wiki/api/v2/spaces/{_space.Id}/pages?limit=100";
        while (next is not null)
        {
            Assert.StartsWith("/wiki/api/v2/", next, StringComparison.Ordinal);
            using var response = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, next), oauth.BearerAuthorization);
            var body = await response.JsonAsync();
            foreach (var page in body["results"]!.AsArray())
            {
                Assert.True(seen.Add(page!["id"]!.GetValue<string>()));
            }

            next = body["_links"]?["next"]?.GetValue<string>();
        }

        Assert.Equal(PageCount, seen.Count);
    }

    [Fact]
    public async Task V1_offset_paging_via_links_next_returns_each_descendant_once()
    {
        var titles = new List<string>();
        Uri? next = SandboxHttp.Site(_sandbox, $"/wiki/rest/api/content/{_root.Id}/descendant/page?limit=40");
        while (next is not null)
        {
            using var response = await SandboxHttp.GetAsync(next, _token.BasicAuthorization);
            var body = await response.JsonAsync();
            titles.AddRange(body["results"]!.AsArray().Select(p => p!["title"]!.GetValue<string>()));
            Assert.Equal(body["results"]!.AsArray().Count, body["size"]!.GetValue<int>());

            // v1: _links.next is relative to _links.base (the site plus /wiki).
            var links = body["_links"]!;
            next = links["next"] is { } relative ? new Uri(links["base"]!.GetValue<string>() + relative.GetValue<string>()) : null;
        }

        Assert.Equal(PageCount - 1, titles.Count);
        Assert.Equal(PageCount - 1, titles.Distinct().Count());
    }

    [Fact]
    public async Task V1_cql_search_pages_with_a_cursor_inside_links_next()
    {
        var titles = new List<string>();
        Uri? next = SandboxHttp.Site(_sandbox, "/wiki/rest/api/content/search?cql=" + Uri.EscapeDataString("type = page AND space = BIG") + "&limit=60");
        while (next is not null)
        {
            using var response = await SandboxHttp.GetAsync(next, _token.BasicAuthorization);
            var body = await response.JsonAsync();
            titles.AddRange(body["results"]!.AsArray().Select(p => p!["title"]!.GetValue<string>()));
            var links = body["_links"]!;
            if (links["next"] is { } relative)
            {
                Assert.Contains("cursor=", relative.GetValue<string>(), StringComparison.Ordinal);
            }

            next = links["next"] is { } link ? new Uri(links["base"]!.GetValue<string>() + link.GetValue<string>()) : null;
        }

        using var unsupported = await SandboxHttp.GetAsync(_sandbox, "/wiki/rest/api/content/search?cql=" + Uri.EscapeDataString("macro = toc"), _token.BasicAuthorization);

        Assert.Equal(PageCount, titles.Count);
        Assert.Equal(PageCount, titles.Distinct().Count());
        Assert.Equal(HttpStatusCode.BadRequest, unsupported.StatusCode);
    }

    [Fact]
    public async Task Jira_search_pages_with_next_page_token()
    {
        for (var i = 0; i < 7; i++)
        {
            _sandbox.Store.AddIssue("OPS", $"Incident {i}");
        }

        var keys = new List<string>();
        string? token = null;
        do
        {
            var url = "/rest/api/3/search/jql?jql=" + Uri.EscapeDataString("project = OPS ORDER BY created") + "&maxResults=3" + (token is null ? string.Empty : "&nextPageToken=" + Uri.EscapeDataString(token));
            using var response = await SandboxHttp.GetAsync(_sandbox, url, _token.BasicAuthorization);
            var body = await response.JsonAsync();
            keys.AddRange(body["issues"]!.AsArray().Select(i => i!["key"]!.GetValue<string>()));
            token = body["nextPageToken"]?.GetValue<string>();
            Assert.Equal(token is null, body["isLast"]!.GetValue<bool>());
        }
        while (token is not null);

        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"OPS-{i}"), keys);
    }

    [Fact]
    public async Task Jira_project_search_pages_with_start_at_total_and_is_last()
    {
        using var response = await SandboxHttp.GetAsync(_sandbox, "/rest/api/3/project/search?startAt=0&maxResults=1", _token.BasicAuthorization);
        var body = await response.JsonAsync();

        Assert.Equal(0, body["startAt"]!.GetValue<int>());
        Assert.Equal(1, body["total"]!.GetValue<int>());
        Assert.True(body["isLast"]!.GetValue<bool>());
        Assert.Equal("DEMO", body["values"]![0]!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task Jira_sandbox_refuses_jql_it_does_not_understand()
    {
        using var response = await SandboxHttp.GetAsync(_sandbox, "/rest/api/3/search/jql?jql=" + Uri.EscapeDataString("assignee = currentUser()"), _token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the function 'currentUser()'", (await response.JsonAsync())["errorMessages"]![0]!.GetValue<string>());
    }

    [GeneratedRegex("<([^>]+)>; rel=\"next\"")]
    private static partial Regex NextLink();
}
