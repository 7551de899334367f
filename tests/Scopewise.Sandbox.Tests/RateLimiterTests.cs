using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace Scopewise.Sandbox.Tests;

/// <summary>
/// Atlassian's 2026 limiters over the sandbox clock: burst per endpoint and method, writes per Jira issue, the hourly
/// points quota (OAuth apps only by default), each named in RateLimit-Reason and lifted when its window ends.
/// </summary>
public sealed class RateLimiterTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-03-26T15:59:00Z", CultureInfo.InvariantCulture));

    [Fact]
    public async Task The_burst_limiter_counts_per_endpoint_and_method_and_lifts_after_the_second()
    {
        await using var sandbox = await StartAsync(new SandboxRateLimits { BurstGetPostPerSecond = 2 });
        var token = sandbox.IssueApiToken(sandbox.CreateUser("Ada Lovelace"));

        using var first = await SandboxHttp.GetAsync(sandbox, "/wiki/api/v2/pages", token.BasicAuthorization);
        using var second = await SandboxHttp.GetAsync(sandbox, "/wiki/api/v2/pages", token.BasicAuthorization);
        using var third = await SandboxHttp.GetAsync(sandbox, "/wiki/api/v2/pages", token.BasicAuthorization);
        using var otherEndpoint = await SandboxHttp.GetAsync(sandbox, "/wiki/api/v2/spaces", token.BasicAuthorization);
        _clock.Advance(TimeSpan.FromSeconds(1));
        using var nextSecond = await SandboxHttp.GetAsync(sandbox, "/wiki/api/v2/pages", token.BasicAuthorization);

        Assert.Equal("2", first.Header("X-RateLimit-Limit"));
        Assert.Equal("1", first.Header("X-RateLimit-Remaining"));
        Assert.Null(first.Header("Beta-RateLimit-Policy")); // API-token traffic does not spend the points quota
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("confluence-burst-based", third.Header("RateLimit-Reason"));
        Assert.Equal("1", third.Header("Retry-After"));
        Assert.Equal("0", third.Header("X-RateLimit-Remaining"));
        Assert.Equal(HttpStatusCode.OK, otherEndpoint.StatusCode);
        Assert.Equal(HttpStatusCode.OK, nextSecond.StatusCode);
    }

    [Fact]
    public async Task The_per_issue_write_limiter_counts_writes_to_one_issue()
    {
        await using var sandbox = await StartAsync(new SandboxRateLimits { PerIssueWrites = 2 });
        var token = sandbox.IssueApiToken(sandbox.CreateUser("Ada Lovelace"));
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 3; i++)
        {
            var response = await SandboxHttp.SendAsync(HttpMethod.Put, SandboxHttp.Site(sandbox, "/rest/api/3/issue/DEMO-1"), token.BasicAuthorization, json: new System.Text.Json.Nodes.JsonObject());
            statuses.Add(response.StatusCode);
            limited = response;
        }

        using var otherIssue = await SandboxHttp.SendAsync(HttpMethod.Put, SandboxHttp.Site(sandbox, "/rest/api/3/issue/DEMO-2"), token.BasicAuthorization, json: new System.Text.Json.Nodes.JsonObject());
        using var read = await SandboxHttp.GetAsync(sandbox, "/rest/api/3/issue/DEMO-1", token.BasicAuthorization);
        _clock.Advance(TimeSpan.FromSeconds(2));
        using var afterWindow = await SandboxHttp.SendAsync(HttpMethod.Put, SandboxHttp.Site(sandbox, "/rest/api/3/issue/DEMO-1"), token.BasicAuthorization, json: new System.Text.Json.Nodes.JsonObject());

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        Assert.Equal("jira-per-issue-on-write", limited!.Header("RateLimit-Reason"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherIssue.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, afterWindow.StatusCode);
    }

    [Fact]
    public async Task The_hourly_quota_charges_oauth_apps_and_resets_at_the_full_hour()
    {
        await using var sandbox = await StartAsync(new SandboxRateLimits { HourlyQuotaPoints = 10, ReadCost = 5 });
        var user = sandbox.CreateUser("Ada Lovelace");
        var tokens = sandbox.IssueOAuthTokens(user, sandbox.RegisterOAuthClient(), ["read:page:confluence"]);
        var pages = SandboxHttp.Confluence(sandbox, "/wiki/api/v2/pages");

        using var first = await SandboxHttp.GetAsync(pages, tokens.BearerAuthorization);
        using var second = await SandboxHttp.GetAsync(pages, tokens.BearerAuthorization);
        using var third = await SandboxHttp.GetAsync(pages, tokens.BearerAuthorization);
        _clock.Advance(TimeSpan.FromSeconds(60));
        using var nextHour = await SandboxHttp.GetAsync(pages, tokens.BearerAuthorization);

        Assert.Equal("\"tenant-app-quota\";q=10;w=3600", first.Header("Beta-RateLimit-Policy"));
        Assert.Null(first.Header("Beta-RateLimit"));                          // 5 of 10 spent: no r= before 80%
        Assert.Equal("\"tenant-app-quota\";r=0;t=60", second.Header("Beta-RateLimit"));
        Assert.Equal("true", second.Header("X-Beta-RateLimit-NearLimit"));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("confluence-quota-tenant-based", third.Header("RateLimit-Reason"));
        Assert.Equal("60", third.Header("Retry-After"));
        Assert.Equal("60", third.Header("Beta-Retry-After"));
        Assert.Equal("2026-03-26T16:00Z", third.Header("X-RateLimit-Reset"));
        Assert.Equal("2026-03-26T16:00Z", third.Header("X-Beta-RateLimit-Reset"));
        Assert.Equal(HttpStatusCode.OK, nextHour.StatusCode);
    }

    [Fact]
    public async Task The_quota_can_count_api_tokens_and_be_global()
    {
        await using var sandbox = await StartAsync(new SandboxRateLimits { HourlyQuotaPoints = 1, QuotaCountsApiTokens = true, QuotaPerTenant = false });
        var token = sandbox.IssueApiToken(sandbox.CreateUser("Ada Lovelace"));

        using var first = await SandboxHttp.GetAsync(sandbox, "/rest/api/3/myself", token.BasicAuthorization);
        using var second = await SandboxHttp.GetAsync(sandbox, "/rest/api/3/myself", token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("jira-quota-global-based", second.Header("RateLimit-Reason"));
        Assert.Equal("\"global-app-quota\";q=1;w=3600", second.Header("Beta-RateLimit-Policy"));
    }

    [Fact]
    public async Task Invalid_budgets_are_refused_with_what_to_do()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => AtlassianSandbox.StartAsync(new SandboxOptions { RateLimits = new SandboxRateLimits { HourlyQuotaPoints = 0 } }));

        Assert.Contains("set SandboxOptions.RateLimits to null", error.Message);
    }

    private Task<AtlassianSandbox> StartAsync(SandboxRateLimits limits)
        => AtlassianSandbox.StartAsync(new SandboxOptions { TimeProvider = _clock, RateLimits = limits });
}
