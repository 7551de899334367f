using System.Net;
using Scopewise.Runtime.Tests.Support;
using Scopewise.Sandbox;

namespace Scopewise.Runtime.Tests;

/// <summary>429/503 back-off on the connection's clock: every wait is a fake timer the test observes and moves past.</summary>
public class RetryTests
{
    private static async Task<(AtlassianSandbox Sandbox, ApiConnection Connection, RecordingTimeProvider Time)> StartAsync(Action<RetryOptions>? configure = null)
    {
        var time = new RecordingTimeProvider();
        var sandbox = await Sandboxes.CloudAsync(time.Fake);
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        var options = Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, token.Token), time);
        configure?.Invoke(options.Retry);
        return (sandbox, new ApiConnection(options), time);
    }

    private static int Calls(AtlassianSandbox sandbox) => Sandboxes.ApiRequests(sandbox, "/rest/api/3/myself").Count;

    [Fact]
    public async Task A_429_with_retry_after_2_waits_exactly_2_seconds_then_succeeds()
    {
        var (sandbox, connection, time) = await StartAsync(r => r.RetryAfterSpread = TimeSpan.Zero);
        await using var _ = sandbox;
        using var __ = connection;
        sandbox.RateLimitNext(1, TimeSpan.FromSeconds(2));

        var call = connection.SendAsync(Operations.Request(Operations.JiraMyself), TestJson.Default.JiraUser);

        Assert.Equal(TimeSpan.FromSeconds(2), await time.NextTimerAsync());
        time.Advance(TimeSpan.FromMilliseconds(1999));
        await Task.Delay(100);
        Assert.False(call.IsCompleted);
        Assert.Equal(1, Calls(sandbox));

        time.Advance(TimeSpan.FromMilliseconds(1));
        var me = await call;

        Assert.NotNull(me.AccountId);
        Assert.Equal([429, 200], Sandboxes.ApiRequests(sandbox, "/rest/api/3/myself").Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Without_retry_after_the_back_off_doubles_within_the_jitter_bounds()
    {
        var (sandbox, connection, time) = await StartAsync();
        await using var _ = sandbox;
        using var __ = connection;
        sandbox.RateLimitNext(3, omitRetryAfter: true);

        var call = connection.SendAsync(Operations.Request(Operations.JiraMyself));

        (double Low, double High)[] bounds = [(3.5, 6.5), (7, 13), (14, 26)];
        foreach (var (low, high) in bounds)
        {
            var due = await time.NextTimerAsync();
            Assert.InRange(due.TotalSeconds, low, high);
            time.Advance(due);
        }

        await call;
        Assert.Equal(4, Calls(sandbox));
    }

    [Fact]
    public async Task A_503_with_retry_after_is_retried_like_a_429()
    {
        var (sandbox, connection, time) = await StartAsync(r => r.RetryAfterSpread = TimeSpan.Zero);
        await using var _ = sandbox;
        using var __ = connection;
        sandbox.ServiceUnavailableNext(1, TimeSpan.FromSeconds(3));

        var call = connection.SendAsync(Operations.Request(Operations.JiraMyself));

        Assert.Equal(TimeSpan.FromSeconds(3), await time.NextTimerAsync());
        time.Advance(TimeSpan.FromSeconds(3));
        await call;
        Assert.Equal([503, 200], Sandboxes.ApiRequests(sandbox, "/rest/api/3/myself").Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Cancelling_during_a_wait_stops_at_once_without_another_request()
    {
        var (sandbox, connection, time) = await StartAsync();
        await using var _ = sandbox;
        using var __ = connection;
        sandbox.RateLimitNext(1, TimeSpan.FromSeconds(30));
        using var cancellation = new CancellationTokenSource();

        var call = connection.SendAsync(Operations.Request(Operations.JiraMyself), cancellation.Token);
        await time.NextTimerAsync();
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        time.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(100);
        Assert.Equal(1, Calls(sandbox));
    }

    [Fact]
    public async Task When_retries_run_out_the_exception_carries_retry_after_and_the_rate_limit_headers()
    {
        var (sandbox, connection, time) = await StartAsync(r => r.MaxRetries = 2);
        await using var _ = sandbox;
        using var __ = connection;
        sandbox.RateLimitAfter(0, TimeSpan.FromSeconds(1));

        var call = connection.SendAsync(Operations.Request(Operations.JiraMyself));
        for (var i = 0; i < 2; i++)
        {
            time.Advance(await time.NextTimerAsync());
        }

        var error = await Assert.ThrowsAsync<RateLimitException>(() => call);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
        Assert.Equal(3, error.Attempts);
        Assert.Contains(error.RateLimitHeaders.Keys, k => k.StartsWith("X-RateLimit", StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(error.RequestId);
        Assert.Equal(3, Calls(sandbox));
    }

    [Fact]
    public async Task A_retry_after_longer_than_allowed_fails_at_once_instead_of_hanging()
    {
        var (sandbox, connection, _) = await StartAsync(r => r.MaxRetryAfter = TimeSpan.FromSeconds(10));
        await using var __ = sandbox;
        using var ___ = connection;
        sandbox.RateLimitNext(1, TimeSpan.FromMinutes(30));

        var error = await Assert.ThrowsAsync<RateLimitException>(() => connection.SendAsync(Operations.Request(Operations.JiraMyself)));

        Assert.Equal(TimeSpan.FromMinutes(30), error.RetryAfter);
        Assert.Equal(1, Calls(sandbox));
    }

    [Fact]
    public async Task A_post_is_retried_after_a_429_because_it_was_not_processed()
    {
        var (sandbox, connection, time) = await StartAsync();
        await using var _ = sandbox;
        using var __ = connection;
        sandbox.Store.AddIssue("ABC", "One");
        sandbox.RateLimitNext(1, TimeSpan.FromSeconds(1));
        var request = Operations.Request(Operations.JiraSearchJqlPost);
        request.SetJsonBody(new JiraSearchRequest { Jql = "project = ABC", MaxResults = 10 }, TestJson.Default.JiraSearchRequest);

        var call = connection.SendAsync(request, TestJson.Default.JiraSearchPage);
        time.Advance(await time.NextTimerAsync());
        var page = await call;

        Assert.Equal("One", sandbox.Store.FindIssue(Assert.Single(page.Issues!).Key!)!.Summary);
    }

    [Fact]
    public async Task Connection_failures_are_retried_for_get_but_not_for_post()
    {
        var time = new RecordingTimeProvider();
        var port = FreePort();
        var options = new ScopewiseOptions { Site = $"http://127.0.0.1:{port}", Deployment = SiteDeployment.Cloud, TimeProvider = time, Retry = { MaxRetries = 2 } };
        using var connection = new ApiConnection(options);

        var post = Operations.Request(Operations.JiraSearchJqlPost);
        post.SetJsonBody(new JiraSearchRequest { Jql = "project = ABC" }, TestJson.Default.JiraSearchRequest);
        await Assert.ThrowsAsync<HttpRequestException>(() => connection.SendAsync(post));

        var get = connection.SendAsync(Operations.Request(Operations.JiraMyself));
        time.Advance(await time.NextTimerAsync());
        time.Advance(await time.NextTimerAsync());
        await Assert.ThrowsAsync<HttpRequestException>(() => get);
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
