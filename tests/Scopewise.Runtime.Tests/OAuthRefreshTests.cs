using Scopewise.Runtime.Tests.Support;
using Scopewise.Sandbox;

namespace Scopewise.Runtime.Tests;

/// <summary>OAuth 2.0 refresh against the sandbox's token endpoint, which rotates refresh tokens like Atlassian.</summary>
public class OAuthRefreshTests
{
    private static readonly string[] Scopes = ["read:page:confluence", "read:jira-user", "offline_access"];

    private sealed record Setup(AtlassianSandbox Sandbox, RecordingTimeProvider Time, SandboxOAuthClient Client, SandboxOAuthTokens Issued, RecordingTokenStore Store, AtlassianCredential Credential)
    {
        public ApiConnection Connect() => new(Sandboxes.CloudOptions(Sandbox, Credential, Time));
    }

    private static async Task<Setup> StartAsync()
    {
        var time = new RecordingTimeProvider();
        var sandbox = await Sandboxes.CloudAsync(time.Fake);
        var user = sandbox.CreateUser("Ada Lovelace");
        var client = sandbox.RegisterOAuthClient();
        var issued = sandbox.IssueOAuthTokens(user, client, Scopes);
        var store = new RecordingTokenStore(sandbox, Sandboxes.ToTokens(issued));
        var credential = AtlassianCredential.OAuth(Sandboxes.OAuthApp(sandbox, client), store);
        return new Setup(sandbox, time, client, issued, store, credential);
    }

    [Fact]
    public async Task Fifty_concurrent_calls_at_expiry_make_one_refresh_and_all_succeed()
    {
        var setup = await StartAsync();
        await using var _ = setup.Sandbox;
        using var connection = setup.Connect();
        await connection.SendAsync(Operations.Request(Operations.V2Pages));
        setup.Time.Advance(TimeSpan.FromHours(1));

        var calls = Enumerable.Range(0, 50).Select(i => connection.SendAsync(Operations.Request(i % 2 == 0 ? Operations.V2Pages : Operations.JiraMyself)));
        await Task.WhenAll(calls);

        Assert.Equal(1, Sandboxes.TokenRequests(setup.Sandbox));
        var saved = Assert.Single(setup.Store.Saves).Tokens;
        Assert.NotEqual(setup.Issued.RefreshToken, saved.RefreshToken);
        var afterRefresh = setup.Sandbox.Requests.Where(r => r.Path.StartsWith("/ex/", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.Equal(50, afterRefresh.Count);
        Assert.All(afterRefresh, r => Assert.Equal("Bearer " + saved.AccessToken, r.Authorization));
        Assert.All(afterRefresh, r => Assert.Equal(200, r.StatusCode));
    }

    [Fact]
    public async Task The_token_is_refreshed_ahead_of_expiry_by_the_skew()
    {
        var setup = await StartAsync();
        await using var _ = setup.Sandbox;
        using var connection = setup.Connect();

        setup.Time.Advance(TimeSpan.FromMinutes(58));
        await connection.SendAsync(Operations.Request(Operations.V2Pages));
        Assert.Equal(0, Sandboxes.TokenRequests(setup.Sandbox));

        setup.Time.Advance(TimeSpan.FromSeconds(61));
        await connection.SendAsync(Operations.Request(Operations.V2Pages));
        Assert.Equal(1, Sandboxes.TokenRequests(setup.Sandbox));
    }

    [Fact]
    public async Task The_rotated_refresh_token_is_in_the_store_before_the_next_call_uses_the_new_pair()
    {
        var setup = await StartAsync();
        await using var _ = setup.Sandbox;
        using var connection = setup.Connect();
        await connection.SendAsync(Operations.Request(Operations.V2Pages));
        setup.Time.Advance(TimeSpan.FromHours(1));

        await connection.SendAsync(Operations.Request(Operations.JiraMyself));

        var (saved, requestsSeenAtSave) = Assert.Single(setup.Store.Saves);
        var requests = setup.Sandbox.Requests;
        var firstUse = requests.ToList().FindIndex(r => r.Authorization == "Bearer " + saved.AccessToken);
        Assert.True(firstUse >= requestsSeenAtSave, $"The new access token was used (request {firstUse}) before the pair was saved (after {requestsSeenAtSave} requests).");
        Assert.Equal(saved.RefreshToken, setup.Store.Current!.RefreshToken);

        // The saved refresh token is the live one: a new process that only has the store can refresh with it.
        setup.Time.Advance(TimeSpan.FromHours(1));
        var restarted = AtlassianCredential.OAuth(Sandboxes.OAuthApp(setup.Sandbox, setup.Client), new InMemoryTokenStore(setup.Store.Current));
        using var again = new ApiConnection(Sandboxes.CloudOptions(setup.Sandbox, restarted, setup.Time));
        await again.SendAsync(Operations.Request(Operations.V2Pages));
    }

    [Fact]
    public async Task A_save_that_fails_keeps_the_new_pair_and_saves_it_before_using_it()
    {
        var setup = await StartAsync();
        await using var _ = setup.Sandbox;
        using var connection = setup.Connect();
        await connection.SendAsync(Operations.Request(Operations.V2Pages));
        setup.Time.Advance(TimeSpan.FromHours(1));
        setup.Store.FailSaves = true;

        var error = await Assert.ThrowsAsync<TokenStoreException>(() => connection.SendAsync(Operations.Request(Operations.V2Pages)));
        Assert.Contains("kept in memory", error.Message, StringComparison.Ordinal);

        setup.Store.FailSaves = false;
        await connection.SendAsync(Operations.Request(Operations.V2Pages));

        Assert.Equal(1, Sandboxes.TokenRequests(setup.Sandbox));
        var saved = Assert.Single(setup.Store.Saves).Tokens;
        Assert.Equal("Bearer " + saved.AccessToken, setup.Sandbox.Requests[^1].Authorization);
    }

    [Fact]
    public async Task A_spent_refresh_token_asks_the_user_to_authorize_again()
    {
        var setup = await StartAsync();
        await using var _ = setup.Sandbox;
        using (var connection = setup.Connect())
        {
            setup.Time.Advance(TimeSpan.FromHours(1));
            await connection.SendAsync(Operations.Request(Operations.V2Pages));
        }

        // Another copy of the grant still holding the old pair, past Atlassian's 10-minute reuse interval.
        setup.Time.Advance(TimeSpan.FromMinutes(11));
        var stale = AtlassianCredential.OAuth(Sandboxes.OAuthApp(setup.Sandbox, setup.Client), new InMemoryTokenStore(Sandboxes.ToTokens(setup.Issued)));
        using var staleConnection = new ApiConnection(Sandboxes.CloudOptions(setup.Sandbox, stale, setup.Time));

        var error = await Assert.ThrowsAsync<ReauthorizationRequiredException>(() => staleConnection.SendAsync(Operations.Request(Operations.V2Pages)));

        Assert.Equal("invalid_grant", error.Error);
        Assert.Contains("Authorize again", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(setup.Issued.RefreshToken!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_refreshes_once_and_retries()
    {
        var setup = await StartAsync();
        await using var _ = setup.Sandbox;
        using var connection = setup.Connect();
        await connection.SendAsync(Operations.Request(Operations.V2Pages));

        // Another holder of the grant refreshes: the sandbox ends our access token at once, well before its expiry.
        var app = Sandboxes.OAuthApp(setup.Sandbox, setup.Client);
        using (var http = new HttpClient())
        {
            await setup.Store.SaveAsync(await app.RefreshAsync(setup.Store.Current!, http, setup.Time, CancellationToken.None));
        }

        await connection.SendAsync(Operations.Request(Operations.V2Pages));

        var last = setup.Sandbox.Requests.Where(r => r.Path.EndsWith("/wiki/api/v2/pages", StringComparison.Ordinal)).TakeLast(2).ToList();
        Assert.Equal([401, 200], last.Select(r => r.StatusCode));
        Assert.Equal(1, Sandboxes.TokenRequests(setup.Sandbox));
    }

    [Fact]
    public async Task A_refresh_answer_without_a_refresh_token_keeps_the_old_one()
    {
        var setup = await StartAsync();
        await using var _ = setup.Sandbox;
        using var connection = setup.Connect();
        setup.Sandbox.OmitRefreshTokenNext(1);

        setup.Time.Advance(TimeSpan.FromHours(1));
        await connection.SendAsync(Operations.Request(Operations.V2Pages));

        var saved = Assert.Single(setup.Store.Saves).Tokens;
        Assert.Equal(setup.Issued.RefreshToken, saved.RefreshToken);
        Assert.NotEqual(setup.Issued.AccessToken, saved.AccessToken);

        // The kept refresh token still works for the next refresh.
        setup.Time.Advance(TimeSpan.FromHours(1));
        await connection.SendAsync(Operations.Request(Operations.JiraMyself));
        Assert.Equal(2, Sandboxes.TokenRequests(setup.Sandbox));
        Assert.NotEqual(setup.Issued.RefreshToken, setup.Store.Current!.RefreshToken);
    }

    [Theory]
    [InlineData("/wiki/api/v2/pages", 404)]
    [InlineData("/wiki/rest/api/user/current", 403)]
    public async Task A_404_or_403_for_a_token_near_expiry_is_taken_as_expired_refreshed_once_and_retried(string path, int quirk)
    {
        // Atlassian's clock runs 90 s ahead of ours: it has expired the token, we still see 90 s left (skew 60 s).
        var ours = new RecordingTimeProvider();
        var theirs = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(ours.GetUtcNow());
        await using var sandbox = await AtlassianSandbox.StartAsync(new SandboxOptions
        {
            TimeProvider = theirs,
            ExpiredAccessTokenAnswer = ExpiredAccessTokenAnswer.NotFoundOnV2ForbiddenOnV1,
        });
        var user = sandbox.CreateUser("Ada Lovelace");
        var client = sandbox.RegisterOAuthClient();
        var issued = sandbox.IssueOAuthTokens(user, client, ["read:page:confluence", "read:confluence-user", "offline_access"]);
        var options = Sandboxes.CloudOptions(sandbox, AtlassianCredential.OAuth(Sandboxes.OAuthApp(sandbox, client), new InMemoryTokenStore(Sandboxes.ToTokens(issued))), ours);
        options.CloudId = sandbox.CloudId;
        using var connection = new ApiConnection(options);
        ours.Advance(TimeSpan.FromMinutes(58.5));
        theirs.Advance(TimeSpan.FromMinutes(60) + TimeSpan.FromSeconds(1));

        await connection.SendAsync(Operations.Request(path.Contains("v2", StringComparison.Ordinal) ? Operations.V2Pages : Operations.V1CurrentUser));

        Assert.Equal([quirk, 200], sandbox.Requests.Where(r => r.Path.EndsWith(path, StringComparison.Ordinal)).Select(r => r.StatusCode));
        Assert.Equal(1, Sandboxes.TokenRequests(sandbox));
    }

    [Fact]
    public async Task A_404_for_a_fresh_token_is_not_retried()
    {
        var setup = await StartAsync();
        await using var _ = setup.Sandbox;
        using var connection = setup.Connect();

        await Assert.ThrowsAsync<ApiException>(() => connection.SendAsync(Operations.Request(Operations.V2PageById, "/wiki/api/v2/pages/424242")));

        Assert.Equal(0, Sandboxes.TokenRequests(setup.Sandbox));
        Assert.Single(Sandboxes.ApiRequests(setup.Sandbox, "/pages/424242"));
    }
}
