using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace Scopewise.Sandbox.Tests;

/// <summary>The in-process side of the control surface: the sandbox clock, and what the sandbox reports it issued.</summary>
public sealed class ClockAndIssuedTests
{
    [Fact]
    public async Task The_clock_adds_to_the_configured_time_provider_and_leaves_the_callers_options_alone()
    {
        var fake = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-26T15:59:00Z", CultureInfo.InvariantCulture));
        var options = new SandboxOptions { TimeProvider = fake };
        await using var sandbox = await AtlassianSandbox.StartAsync(options);

        sandbox.Clock.Advance(TimeSpan.FromHours(1));
        fake.Advance(TimeSpan.FromMinutes(1));

        Assert.Same(fake, options.TimeProvider);
        Assert.Same(sandbox.Clock, sandbox.Options.TimeProvider);
        Assert.Equal(DateTimeOffset.Parse("2026-03-26T17:00:00Z", CultureInfo.InvariantCulture), sandbox.Clock.GetUtcNow());
        Assert.Throws<ArgumentOutOfRangeException>(() => sandbox.Clock.Advance(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public async Task Refreshes_per_grant_and_spent_refresh_tokens_are_reported()
    {
        await using var sandbox = await AtlassianSandbox.StartAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var client = sandbox.RegisterOAuthClient();
        var tokens = sandbox.IssueOAuthTokens(user, client, ["read:jira-work", "offline_access"]);
        sandbox.IssueOAuthTokens(user, client, ["read:jira-work"]);

        using var refresh = await SandboxHttp.SendAsync(HttpMethod.Post, new Uri(sandbox.AuthorizationServerAddress, "oauth/token"), json: new System.Text.Json.Nodes.JsonObject
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = client.ClientId,
            ["client_secret"] = client.ClientSecret,
            ["refresh_token"] = tokens.RefreshToken,
        });
        var fresh = (await refresh.JsonAsync())["refresh_token"]!.GetValue<string>();
        sandbox.Clock.Advance(sandbox.Options.RefreshTokenReuseInterval);

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal([1, 0], sandbox.OAuthGrants.Select(g => g.Refreshes));
        Assert.Equal(0, sandbox.OAuthGrants[1].RefreshTokensIssued); // no offline_access, no refresh token
        var spent = sandbox.DescribeRefreshToken(tokens.RefreshToken!);
        Assert.True(spent.Spent);
        Assert.False(spent.Usable);
        Assert.Contains("reuse interval", spent.Refusal);
        Assert.True(sandbox.DescribeRefreshToken(fresh).Usable);
        Assert.False(sandbox.DescribeRefreshToken("eyJrefresh.unknown").Known);
    }
}
