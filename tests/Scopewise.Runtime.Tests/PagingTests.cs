using Scopewise.Runtime.Tests.Support;
using Scopewise.Sandbox;

namespace Scopewise.Runtime.Tests;

/// <summary>PaginateAsync over the sandbox's real paging: every item exactly once, links resolved against the base in use.</summary>
public class PagingTests
{
    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static (SandboxSpace Space, List<SandboxContent> Pages) SeedPages(AtlassianSandbox sandbox, int count)
    {
        var space = sandbox.Store.AddSpace("DOC", anonymousAccess: true);
        var pages = Enumerable.Range(1, count).Select(i => sandbox.Store.AddPage(space, $"Page {i}")).ToList();
        return (space, pages);
    }

    [Fact]
    public async Task Confluence_v2_cursor_paging_on_the_site_returns_every_item_once()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var (_, pages) = SeedPages(sandbox, 7);
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, token.Token)));
        var request = Operations.Request(Operations.V2Pages);
        request.AddQuery("limit", "2");

        var items = await ToListAsync(connection.PaginateAsync(request, TestJson.Default.V2PageList, p => p.Results, PagingStyle.ConfluenceCursor));

        Assert.Equal(pages.Select(p => p.Id), items.Select(i => i.Id));
        var requests = Sandboxes.ApiRequests(sandbox, "/pages");
        Assert.Equal(4, requests.Count);
        Assert.All(requests, r => Assert.Equal("/wiki/api/v2/pages", r.Path));
        Assert.All(requests, r => Assert.Equal(token.BasicAuthorization, r.Authorization));
    }

    [Fact]
    public async Task Confluence_v2_cursor_paging_through_the_gateway_stays_on_the_gateway_without_wiki_wiki()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var (_, pages) = SeedPages(sandbox, 5);
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueScopedApiToken(user, ["read:page:confluence"]);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ScopedApiToken(user.Email, token.Token)));
        var request = Operations.Request(Operations.V2Pages);
        request.AddQuery("limit", "2");

        var items = await ToListAsync(connection.PaginateAsync(request, TestJson.Default.V2PageList, p => p.Results, PagingStyle.ConfluenceCursor));

        Assert.Equal(pages.Select(p => p.Id), items.Select(i => i.Id));
        var requests = Sandboxes.ApiRequests(sandbox, "/pages");
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal($"/ex/confluence/{sandbox.CloudId}/wiki/api/v2/pages", r.Path));
    }

    [Fact]
    public async Task Confluence_v1_offset_paging_through_the_gateway_puts_wiki_back_once()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var space = sandbox.Store.AddSpace("DOC");
        var root = sandbox.Store.AddPage(space, "Root");
        var children = Enumerable.Range(1, 5).Select(i => sandbox.Store.AddPage(space, $"Child {i}", parent: root)).ToList();
        var user = sandbox.CreateUser("Ada Lovelace");
        var client = sandbox.RegisterOAuthClient();
        var tokens = sandbox.IssueOAuthTokens(user, client, ["read:confluence-content.summary"]);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox,
            Sandboxes.OAuthCredential(sandbox, client, tokens)));
        var request = Operations.Request(Operations.V1Descendants, $"/wiki/rest/api/content/{root.Id}/descendant/page");
        request.AddQuery("limit", "2");

        var items = await ToListAsync(connection.PaginateAsync(request, TestJson.Default.V1ContentList, p => p.Results, PagingStyle.ConfluenceOffset));

        Assert.Equal(children.Select(c => c.Id), items.Select(i => i.Id));
        var requests = Sandboxes.ApiRequests(sandbox, "/descendant/page");
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal($"/ex/confluence/{sandbox.CloudId}/wiki/rest/api/content/{root.Id}/descendant/page", r.Path));
        Assert.Equal(["?limit=2", "?start=2&limit=2", "?start=4&limit=2"], requests.Select(r => r.QueryString));
    }

    [Fact]
    public async Task Data_center_offset_paging_keeps_the_context_path_once()
    {
        await using var sandbox = await Sandboxes.DataCenterAsync("/confluence");
        var (_, pages) = SeedPages(sandbox, 5);
        var user = sandbox.CreateUser("Ada Lovelace");
        var pat = sandbox.IssuePersonalAccessToken(user);
        using var connection = new ApiConnection(Sandboxes.DataCenterOptions(sandbox, AtlassianCredential.PersonalAccessToken(pat.Token)));
        var request = Operations.Request(Operations.DcContent);
        request.AddQuery("spaceKey", "DOC");
        request.AddQuery("limit", "2");

        var items = await ToListAsync(connection.PaginateAsync(request, TestJson.Default.V1ContentList, p => p.Results, PagingStyle.ConfluenceOffset));

        Assert.Equal(pages.Select(p => p.Id), items.Select(i => i.Id));
        Assert.All(sandbox.Requests, r => Assert.Equal("/confluence/rest/api/content", r.Path));
        Assert.Equal(3, sandbox.Requests.Count);
    }

    [Fact]
    public async Task Jira_next_page_token_paging_returns_every_issue_once()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var issues = Enumerable.Range(1, 5).Select(i => sandbox.Store.AddIssue("ABC", $"Issue {i}")).ToList();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, token.Token)));
        var request = Operations.Request(Operations.JiraSearchJql);
        request.AddQuery("jql", "project = ABC");
        request.AddQuery("maxResults", "2");

        var items = await ToListAsync(connection.PaginateAsync(request, TestJson.Default.JiraSearchPage, p => p.Issues, PagingStyle.JiraToken));

        Assert.Equal(issues.Select(i => i.Key), items.Select(i => i.Key));
        Assert.Equal(3, Sandboxes.ApiRequests(sandbox, "/search/jql").Count);
    }

    [Fact]
    public async Task Jira_next_page_token_paging_of_a_post_search_sets_the_token_in_the_body()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var issues = Enumerable.Range(1, 5).Select(i => sandbox.Store.AddIssue("ABC", $"Issue {i}")).ToList();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, token.Token)));
        var request = Operations.Request(Operations.JiraSearchJqlPost);
        request.SetJsonBody(new JiraSearchRequest { Jql = "project = ABC", MaxResults = 2 }, TestJson.Default.JiraSearchRequest);

        var items = await ToListAsync(connection.PaginateAsync(request, TestJson.Default.JiraSearchPage, p => p.Issues, PagingStyle.JiraToken));

        Assert.Equal(issues.Select(i => i.Key), items.Select(i => i.Key));
        Assert.All(Sandboxes.ApiRequests(sandbox, "/search/jql"), r => Assert.Equal(string.Empty, r.QueryString));
    }

    [Fact]
    public async Task Jira_start_at_paging_returns_every_item_once()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        foreach (var project in new[] { "AAA", "BBB", "CCC", "EEE" })
        {
            sandbox.Store.AddIssue(project, "Issue");
        }

        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, token.Token)));
        var request = Operations.Request(Operations.JiraSearchProjects);
        request.AddQuery("maxResults", "2");

        var items = await ToListAsync(connection.PaginateAsync(request, TestJson.Default.JiraProjectPage, p => p.Values, PagingStyle.JiraOffset));

        var expected = sandbox.Store.Issues.Select(i => i.ProjectKey).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, items.Select(i => i.Key));
        Assert.Equal(["?maxResults=2", "?maxResults=2&startAt=2", "?maxResults=2&startAt=4"], Sandboxes.ApiRequests(sandbox, "/project/search").Select(r => r.QueryString));
    }

    [Fact]
    public async Task Cancelling_between_pages_stops_without_fetching_the_next_page()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        SeedPages(sandbox, 6);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.Anonymous));
        var request = Operations.Request(Operations.V2Pages);
        request.AddQuery("limit", "2");
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in connection.PaginateAsync(request, TestJson.Default.V2PageList, p => p.Results, PagingStyle.ConfluenceCursor, cancellation.Token))
            {
                if (++seen == 2)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(2, seen);
        Assert.Single(Sandboxes.ApiRequests(sandbox, "/pages"));
    }
}
