using System.Net;
using Microsoft.AspNetCore.Http;
using Scopewise.Runtime.Tests.Support;

namespace Scopewise.Runtime.Tests;

/// <summary>
/// Atlassian's rate limits of 2026 over real HTTP, on a fake clock: which limiter tripped and when it resets, an
/// absurd Retry-After, callers told the same Retry-After, and slowing down near the limit. The 2026 header names are
/// served by a LocalServer route where the sandbox does not send them.
/// </summary>
public class RateLimitTests
{
    private static ScopewiseOptions Options(Uri site, RecordingTimeProvider time, Action<RetryOptions>? configure = null)
    {
        var options = new ScopewiseOptions
        {
            Site = site.AbsoluteUri,
            Deployment = SiteDeployment.Cloud,
            Credential = AtlassianCredential.ApiToken("ada@example.com", "not-a-real-token"),
            TimeProvider = time,
        };
        configure?.Invoke(options.Retry);
        return options;
    }

    private static Task<LocalServer> ServeAsync(Action<HttpResponse> answer, Action? counted = null)
        => LocalServer.StartAsync(context =>
        {
            counted?.Invoke();
            answer(context.Response);
            return Task.CompletedTask;
        });

    [Fact]
    public async Task The_exception_names_the_limiter_and_when_it_resets()
    {
        var time = new RecordingTimeProvider();
        await using var server = await ServeAsync(r =>
        {
            r.StatusCode = 429;
            r.Headers["Retry-After"] = "1";
            r.Headers["RateLimit-Reason"] = "jira-burst-based";
            r.Headers["X-RateLimit-Limit"] = "100";
            r.Headers["X-RateLimit-Remaining"] = "0";
            r.Headers["X-RateLimit-Reset"] = "2026-03-02T09:01Z";
        });
        using var connection = new ApiConnection(Options(server.Address, time, r => r.MaxRetries = 0));

        var error = await Assert.ThrowsAsync<RateLimitException>(() => connection.SendAsync(Operations.Request(Operations.JiraMyself)));

        Assert.Equal("jira-burst-based", error.Reason);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 1, 0, TimeSpan.Zero), error.ResetsAt);
        Assert.Contains("Limiter: jira-burst-based.", error.Message, StringComparison.Ordinal);
        Assert.Contains("The limit resets at 2026-03-02 09:01:00 UTC.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_beta_headers_name_the_limiter_and_the_reset_when_the_others_are_missing()
    {
        var time = new RecordingTimeProvider();
        await using var server = await ServeAsync(r =>
        {
            r.StatusCode = 429;
            r.Headers["X-Beta-RateLimit-Reason"] = "jira-quota-tenant-based";
            r.Headers["Beta-RateLimit-Policy"] = "\"tenant-app-quota\";q=100100;w=3600";
            r.Headers["Beta-RateLimit"] = "\"tenant-app-quota\";r=0;t=2107";
        });
        using var connection = new ApiConnection(Options(server.Address, time, r => r.MaxRetries = 0));

        var error = await Assert.ThrowsAsync<RateLimitException>(() => connection.SendAsync(Operations.Request(Operations.JiraMyself)));

        Assert.Equal("jira-quota-tenant-based", error.Reason);
        Assert.Equal(time.GetUtcNow().AddSeconds(2107), error.ResetsAt);
    }

    [Fact]
    public async Task Without_a_reset_header_the_reset_is_the_answer_time_plus_retry_after()
    {
        var time = new RecordingTimeProvider();
        await using var server = await ServeAsync(r =>
        {
            r.StatusCode = 503;
            r.Headers["Retry-After"] = "600";
        });
        using var connection = new ApiConnection(Options(server.Address, time));

        var error = await Assert.ThrowsAsync<RateLimitException>(() => connection.SendAsync(Operations.Request(Operations.JiraMyself)));

        Assert.Null(error.Reason);
        Assert.Equal(time.GetUtcNow().AddMinutes(10), error.ResetsAt);
        Assert.Contains("longer than Retry.MaxRetryAfter (120 s), so the call was not retried", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_absurd_retry_after_fails_at_once_with_a_clear_exception_and_no_overflow()
    {
        var time = new RecordingTimeProvider();
        var requests = 0;
        await using var server = await ServeAsync(
            r =>
            {
                r.StatusCode = 429;
                r.Headers["Retry-After"] = "9223372036854775807";
                r.Headers["RateLimit-Reason"] = "confluence-quota-tenant-based";
            },
            () => Interlocked.Increment(ref requests));
        using var connection = new ApiConnection(Options(server.Address, time));

        var error = await Assert.ThrowsAsync<RateLimitException>(
            () => connection.SendAsync(Operations.Request(Operations.JiraMyself)).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(1, requests);
        Assert.Equal(TimeSpan.MaxValue, error.RetryAfter);
        Assert.Null(error.ResetsAt);
        Assert.Equal("confluence-quota-tenant-based", error.Reason);
        Assert.Contains("It asked to wait 9223372036854775807 s (Retry-After), which is no real wait, so the call was not retried", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callers_told_the_same_retry_after_come_back_spread_out_and_never_earlier_than_asked()
    {
        const int callers = 20;
        var time = new RecordingTimeProvider();
        await using var sandbox = await Sandboxes.CloudAsync(time.Fake);
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, token.Token), time));
        sandbox.RateLimitNext(callers, TimeSpan.FromSeconds(2));

        var calls = Enumerable.Range(0, callers).Select(_ => connection.SendAsync(Operations.Request(Operations.JiraMyself))).ToArray();
        var waits = new List<TimeSpan>();
        for (var i = 0; i < callers; i++)
        {
            waits.Add(await time.NextTimerAsync());
        }

        Assert.All(waits, w => Assert.InRange(w, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)));
        Assert.True(waits.Distinct().Count() >= callers / 2, $"the waits were not spread: {string.Join(", ", waits)}");
        time.Advance(TimeSpan.FromSeconds(3));
        await Task.WhenAll(calls);
        Assert.Equal(2 * callers, Sandboxes.ApiRequests(sandbox, "/rest/api/3/myself").Count);
    }

    [Fact]
    public async Task Near_the_limit_later_calls_are_spaced_so_the_remaining_budget_lasts_until_the_reset()
    {
        var time = new RecordingTimeProvider();
        await using var server = await ServeAsync(r =>
        {
            r.Headers["X-RateLimit-Limit"] = "100";
            r.Headers["X-RateLimit-Remaining"] = "5";
            r.Headers["X-RateLimit-Reset"] = "2026-03-02T09:01Z"; // 60 s after the fake clock's start
        });
        using var connection = new ApiConnection(Options(server.Address, time, r => r.NearLimitSpacing = TimeSpan.FromSeconds(30)));
        await connection.SendAsync(Operations.Request(Operations.JiraMyself));

        var calls = Enumerable.Range(0, 3).Select(_ => connection.SendAsync(Operations.Request(Operations.JiraMyself))).ToArray();

        // 5 calls left for 60 s: one every 12 s. The first of the three goes at once, the others wait their turn.
        Assert.Equal([TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(24)], new[] { await time.NextTimerAsync(), await time.NextTimerAsync() }.Order());
        Assert.Equal(1, calls.Count(c => c.IsCompleted));
        time.Advance(TimeSpan.FromSeconds(24));
        await Task.WhenAll(calls);
    }

    [Fact]
    public async Task Near_limit_without_numbers_spaces_calls_by_the_configured_spacing()
    {
        var time = new RecordingTimeProvider();
        await using var server = await ServeAsync(r => r.Headers["X-RateLimit-NearLimit"] = "true");
        using var connection = new ApiConnection(Options(server.Address, time, r => r.NearLimitSpacing = TimeSpan.FromSeconds(2)));
        await connection.SendAsync(Operations.Request(Operations.JiraMyself));

        var first = connection.SendAsync(Operations.Request(Operations.JiraMyself));
        var second = connection.SendAsync(Operations.Request(Operations.JiraMyself));

        Assert.Equal(TimeSpan.FromSeconds(2), await time.NextTimerAsync());
        time.Advance(TimeSpan.FromSeconds(2));
        await Task.WhenAll(first, second);
    }

    [Theory]
    [InlineData("50", "1")] // half the budget left: not near
    [InlineData("5", "0")] // near, but slowing down is turned off
    public async Task Far_from_the_limit_or_with_slowing_off_calls_are_not_delayed(string remaining, string spacingSeconds)
    {
        var time = new RecordingTimeProvider();
        await using var server = await ServeAsync(r =>
        {
            r.Headers["X-RateLimit-Limit"] = "100";
            r.Headers["X-RateLimit-Remaining"] = remaining;
        });
        using var connection = new ApiConnection(Options(server.Address, time, r => r.NearLimitSpacing = TimeSpan.FromSeconds(int.Parse(spacingSeconds))));

        for (var i = 0; i < 5; i++)
        {
            await connection.SendAsync(Operations.Request(Operations.JiraMyself)).WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public void An_absurd_retry_after_is_read_as_the_longest_wait_not_as_garbage()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "9223372036854775807");

        Assert.Equal(TimeSpan.MaxValue, ResponseHeaders.RetryAfter(response, DateTimeOffset.UnixEpoch));
    }
}
