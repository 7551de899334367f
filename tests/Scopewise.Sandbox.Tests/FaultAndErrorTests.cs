using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace Scopewise.Sandbox.Tests;

/// <summary>Rate limiting, 503, redirects, 410 for removed endpoints, 501 for what the sandbox does not implement, and the request log.</summary>
public sealed class FaultAndErrorTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-03-26T15:59:00Z", CultureInfo.InvariantCulture));
    private AtlassianSandbox _sandbox = null!;
    private SandboxApiToken _token = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await AtlassianSandbox.StartAsync(new SandboxOptions { TimeProvider = _clock });
        _token = _sandbox.IssueApiToken(_sandbox.CreateUser("Frances Allen"));
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Rate_limit_next_answers_429_with_atlassians_headers_then_recovers()
    {
        _sandbox.RateLimitNext(2, TimeSpan.FromSeconds(60));

        using var first = await SandboxHttp.GetAsync(_sandbox, "/wiki/api/v2/pages", _token.BasicAuthorization);
        using var second = await SandboxHttp.GetAsync(_sandbox, "/rest/api/3/myself", _token.BasicAuthorization);
        using var third = await SandboxHttp.GetAsync(_sandbox, "/wiki/api/v2/pages", _token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal("60", first.Header("Retry-After"));
        Assert.Equal("350", first.Header("X-RateLimit-Limit"));
        Assert.Equal("0", first.Header("X-RateLimit-Remaining"));
        Assert.Equal("2026-03-26T16:00Z", first.Header("X-RateLimit-Reset"));
        Assert.Equal("true", first.Header("X-RateLimit-NearLimit"));
        Assert.Equal("confluence-quota-tenant-based", first.Header("RateLimit-Reason"));
        Assert.Equal("jira-quota-tenant-based", second.Header("RateLimit-Reason"));
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task Rate_limit_can_omit_retry_after()
    {
        _sandbox.RateLimitNext(1, omitRetryAfter: true);

        using var limited = await SandboxHttp.GetAsync(_sandbox, "/wiki/api/v2/pages", _token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Null(limited.Header("Retry-After"));
        Assert.Equal("0", limited.Header("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Rate_limit_after_n_requests_holds_until_cleared()
    {
        _sandbox.RateLimitAfter(2);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await SandboxHttp.GetAsync(_sandbox, "/wiki/api/v2/pages", _token.BasicAuthorization);
            statuses.Add(response.StatusCode);
        }

        _sandbox.ClearFaults();
        using var after = await SandboxHttp.GetAsync(_sandbox, "/wiki/api/v2/pages", _token.BasicAuthorization);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Service_unavailable_next_answers_503_with_retry_after()
    {
        _sandbox.ServiceUnavailableNext(1, TimeSpan.FromSeconds(5));

        using var unavailable = await SandboxHttp.GetAsync(_sandbox, "/wiki/api/v2/pages", _token.BasicAuthorization);
        using var recovered = await SandboxHttp.GetAsync(_sandbox, "/wiki/api/v2/pages", _token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Equal("5", unavailable.Header("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task A_route_can_redirect_to_another_host()
    {
        _sandbox.Redirect("/wiki/api/v2/pages", new Uri("http://127.0.0.2:9/elsewhere"), 307);

        using var response = await SandboxHttp.GetAsync(_sandbox, "/wiki/api/v2/pages?limit=1", _token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(new Uri("http://127.0.0.2:9/elsewhere"), response.Headers.Location);
    }

    [Fact]
    public async Task Unimplemented_operations_answer_501_naming_the_operation_after_auth_and_scopes()
    {
        using var v2 = await SandboxHttp.GetAsync(_sandbox, "/wiki/api/v2/whiteboards/123", _token.BasicAuthorization);
        using var jira = await SandboxHttp.GetAsync(_sandbox, "/rest/api/3/dashboard", _token.BasicAuthorization);
        var scoped = _sandbox.IssueScopedApiToken(_sandbox.Users[0], ["read:page:confluence"]);
        using var wrongScope = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, "/wiki/api/v2/whiteboards/123"), scoped.BasicAuthorization);

        Assert.Equal(HttpStatusCode.NotImplemented, v2.StatusCode);
        var detail = (await v2.JsonAsync())["errors"]![0]!["detail"]!.GetValue<string>();
        Assert.Contains("getWhiteboardById (GET /wiki/api/v2/whiteboards/{id})", detail);
        Assert.Equal(HttpStatusCode.NotImplemented, jira.StatusCode);
        Assert.Contains("getAllDashboards", (await jira.JsonAsync())["errorMessages"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongScope.StatusCode);
    }

    [Fact]
    public async Task Removed_v1_endpoints_answer_410_gone()
    {
        using var space = await SandboxHttp.GetAsync(_sandbox, "/wiki/rest/api/space", _token.BasicAuthorization);
        // The gateway takes scoped tokens only: a classic token there is a 401 before any route is looked at.
        var scoped = _sandbox.IssueScopedApiToken(_sandbox.Users[0], ["read:confluence-content.summary"]);
        using var content = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, "/wiki/rest/api/content/123"), scoped.BasicAuthorization);

        Assert.Equal(HttpStatusCode.Gone, space.StatusCode);
        Assert.Contains("GoneException", (await space.JsonAsync())["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Gone, content.StatusCode);
    }

    [Fact]
    public async Task A_removed_template_does_not_swallow_a_live_more_specific_route()
    {
        // GET /wiki/rest/api/content/{id} is gone, but GET /wiki/rest/api/content/search is in the v1 spec.
        using var search = await SandboxHttp.GetAsync(_sandbox, "/wiki/rest/api/content/search?cql=type%3Dpage", _token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(0, (await search.JsonAsync())["size"]!.GetValue<int>());
    }

    [Fact]
    public async Task Old_jira_search_is_gone_by_default_and_serves_start_at_paging_when_enabled()
    {
        var options = new SandboxOptions { EnforceAnnouncedRemovals = false };
        options.RemovedEndpoints.Remove("GET /rest/api/3/search");
        await using var sandbox = await AtlassianSandbox.StartAsync(options);
        var token = sandbox.IssueApiToken(sandbox.CreateUser("Edsger Dijkstra"));

        using var gone = await SandboxHttp.GetAsync(_sandbox, "/rest/api/3/search?jql=project%3DDEMO", _token.BasicAuthorization);
        using var served = await SandboxHttp.GetAsync(sandbox, "/rest/api/3/search?jql=project%3DDEMO&startAt=1&maxResults=1", token.BasicAuthorization);
        var body = await served.JsonAsync();

        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal(3, body["total"]!.GetValue<int>());
        Assert.Equal(1, body["startAt"]!.GetValue<int>()); // SearchResults has no isLast; the contract allows no extra members
        Assert.Equal("DEMO-2", body["issues"]![0]!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task Error_bodies_follow_each_apis_shape()
    {
        using var v2 = await SandboxHttp.GetAsync(_sandbox, "/wiki/api/v2/pages/999999", _token.BasicAuthorization);
        using var v1 = await SandboxHttp.GetAsync(_sandbox, "/wiki/rest/api/content/999999/descendant/page", _token.BasicAuthorization);
        using var jira = await SandboxHttp.GetAsync(_sandbox, "/rest/api/3/issue/NOPE-1", _token.BasicAuthorization);

        Assert.Equal("NOT_FOUND", (await v2.JsonAsync())["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(404, (await v1.JsonAsync())["statusCode"]!.GetValue<int>());
        Assert.NotEmpty((await jira.JsonAsync())["errorMessages"]!.AsArray());
    }

    [Fact]
    public async Task Every_response_carries_a_request_id_and_the_log_records_what_arrived()
    {
        using var ok = await SandboxHttp.GetAsync(_sandbox, "/wiki/api/v2/pages?limit=5", _token.BasicAuthorization);
        using var notFound = await SandboxHttp.GetAsync(_sandbox, "/nothing/here");
        using var tenant = await SandboxHttp.GetAsync(_sandbox, "/_edge/tenant_info");

        Assert.All(new[] { ok, notFound, tenant }, r => Assert.False(string.IsNullOrEmpty(r.Header("X-Request-Id"))));
        var logged = _sandbox.Requests.First(r => r.Path == "/wiki/api/v2/pages");
        Assert.Equal("?limit=5", logged.QueryString);
        Assert.Equal(_token.BasicAuthorization, logged.Authorization);
        Assert.Equal("getPages", logged.OperationId);
        Assert.Equal(200, logged.StatusCode);
        Assert.Equal(ok.Header("X-Request-Id"), logged.RequestId);
        Assert.StartsWith("127.0.0.1:", logged.Host, StringComparison.Ordinal);
        Assert.DoesNotContain(_token.Token, logged.ToString(), StringComparison.Ordinal);
    }
}
