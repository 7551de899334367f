using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Time.Testing;

namespace Scopewise.Sandbox.Tests;

/// <summary>The authorization code flow and rotating refresh tokens, on a fake clock.</summary>
public sealed class OAuthTests : IAsyncLifetime
{
    private const string Callback = "http://localhost:13131/callback";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-03-01T09:00:00Z", CultureInfo.InvariantCulture));
    private AtlassianSandbox _sandbox = null!;
    private SandboxUser _user = null!;
    private SandboxOAuthClient _client = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await AtlassianSandbox.StartAsync(new SandboxOptions { TimeProvider = _clock });
        _user = _sandbox.CreateUser("Margaret Hamilton");
        _client = _sandbox.RegisterOAuthClient("Apollo", [Callback]);
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Authorize_redirects_with_code_and_state_and_the_code_buys_a_token_pair()
    {
        var (code, state) = await AuthorizeAsync("read:page:confluence offline_access", "xyz-123");

        using var exchange = await TokenAsync(new JsonObject
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = _client.ClientId,
            ["client_secret"] = _client.ClientSecret,
            ["code"] = code,
            ["redirect_uri"] = Callback,
        });
        var body = await exchange.JsonAsync();
        using var reuse = await TokenAsync(new JsonObject
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = _client.ClientId,
            ["client_secret"] = _client.ClientSecret,
            ["code"] = code,
            ["redirect_uri"] = Callback,
        });

        Assert.Equal("xyz-123", state);
        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
        Assert.Equal(3600, body["expires_in"]!.GetValue<long>());
        Assert.Equal("Bearer", body["token_type"]!.GetValue<string>());
        Assert.Equal("offline_access read:page:confluence", body["scope"]!.GetValue<string>());
        Assert.NotNull(body["refresh_token"]);
        Assert.Equal(HttpStatusCode.Forbidden, reuse.StatusCode);
        Assert.Equal("invalid_grant", (await reuse.JsonAsync())["error"]!.GetValue<string>());

        using var call = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, "/wiki/api/v2/pages"), "Bearer " + body["access_token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, call.StatusCode);
    }

    [Fact]
    public async Task Without_offline_access_there_is_no_refresh_token()
    {
        var (code, _) = await AuthorizeAsync("read:page:confluence", "s");
        using var exchange = await TokenAsync(CodeGrant(code));

        Assert.Null((await exchange.JsonAsync())["refresh_token"]);
    }

    [Fact]
    public async Task Authorize_refuses_an_unregistered_callback_and_reports_a_declined_consent()
    {
        using var wrongCallback = await SandboxHttp.GetAsync(AuthorizeUrl("read:page:confluence", "s", Callback + "/"));
        _sandbox.DeclineConsent = true;
        using var declined = await SandboxHttp.GetAsync(AuthorizeUrl("read:page:confluence", "s2", Callback));

        Assert.Equal(HttpStatusCode.BadRequest, wrongCallback.StatusCode);
        Assert.Equal(HttpStatusCode.Found, declined.StatusCode);
        var query = QueryHelpers.ParseQuery(declined.Headers.Location!.Query);
        Assert.Equal("access_denied", query["error"].ToString());
        Assert.Equal("s2", query["state"].ToString());
    }

    [Fact]
    public async Task Refresh_rotates_and_the_old_token_works_only_inside_the_reuse_interval()
    {
        var first = _sandbox.IssueOAuthTokens(_user, _client, ["read:page:confluence", "offline_access"]);

        using var rotated = await TokenAsync(RefreshGrant(first.RefreshToken!));
        var second = await rotated.JsonAsync();
        _clock.Advance(TimeSpan.FromMinutes(9));
        using var reusedInside = await TokenAsync(RefreshGrant(first.RefreshToken!));
        _clock.Advance(TimeSpan.FromMinutes(1));
        using var reusedAfter = await TokenAsync(RefreshGrant(first.RefreshToken!));
        using var newest = await TokenAsync(RefreshGrant(second["refresh_token"]!.GetValue<string>()));

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.NotEqual(first.RefreshToken, second["refresh_token"]!.GetValue<string>());
        Assert.NotEqual(first.AccessToken, second["access_token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, reusedInside.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reusedAfter.StatusCode);
        Assert.Equal("""{"error":"invalid_grant","error_description":"Unknown or invalid refresh token."}""", await reusedAfter.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, newest.StatusCode);
    }

    [Fact]
    public async Task Concurrent_refreshes_with_one_token_all_succeed_inside_the_reuse_interval()
    {
        var tokens = _sandbox.IssueOAuthTokens(_user, _client, ["read:page:confluence", "offline_access"]);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => TokenAsync(RefreshGrant(tokens.RefreshToken!))));
        var refreshTokens = new List<string>();
        foreach (var response in responses)
        {
            using (response)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                refreshTokens.Add((await response.JsonAsync())["refresh_token"]!.GetValue<string>());
            }
        }

        Assert.Equal(8, refreshTokens.Distinct().Count());
    }

    [Fact]
    public async Task Refresh_ends_the_old_access_token_and_the_new_one_works()
    {
        var first = _sandbox.IssueOAuthTokens(_user, _client, ["read:page:confluence", "offline_access"]);
        using var rotated = await TokenAsync(RefreshGrant(first.RefreshToken!));
        var newAccess = (await rotated.JsonAsync())["access_token"]!.GetValue<string>();

        using var old = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, "/wiki/api/v2/pages"), first.BearerAuthorization);
        using var fresh = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, "/wiki/api/v2/pages"), "Bearer " + newAccess);

        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task Refresh_tokens_expire_after_90_days_unused_and_a_wrong_secret_is_access_denied()
    {
        var tokens = _sandbox.IssueOAuthTokens(_user, _client, ["offline_access"]);
        var wrongSecret = RefreshGrant(tokens.RefreshToken!);
        wrongSecret["client_secret"] = "not-the-secret";

        using var denied = await TokenAsync(wrongSecret);
        _clock.Advance(TimeSpan.FromDays(90));
        using var expired = await TokenAsync(RefreshGrant(tokens.RefreshToken!));

        Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);
        Assert.Equal("access_denied", (await denied.JsonAsync())["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
    }

    [Fact]
    public async Task A_refresh_without_a_new_refresh_token_leaves_the_old_one_valid()
    {
        var tokens = _sandbox.IssueOAuthTokens(_user, _client, ["read:page:confluence", "offline_access"]);
        _sandbox.OmitRefreshTokenNext(1);

        using var withoutRefreshToken = await TokenAsync(RefreshGrant(tokens.RefreshToken!));
        _clock.Advance(TimeSpan.FromHours(2));
        using var again = await TokenAsync(RefreshGrant(tokens.RefreshToken!));

        Assert.Equal(HttpStatusCode.OK, withoutRefreshToken.StatusCode);
        Assert.Null((await withoutRefreshToken.JsonAsync())["refresh_token"]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotNull((await again.JsonAsync())["refresh_token"]);
    }

    [Fact]
    public async Task Expired_access_token_can_get_the_404_and_403_quirk()
    {
        await using var sandbox = await AtlassianSandbox.StartAsync(new SandboxOptions { TimeProvider = _clock, ExpiredAccessTokenAnswer = ExpiredAccessTokenAnswer.NotFoundOnV2ForbiddenOnV1 });
        var user = sandbox.CreateUser("Hedy Lamarr");
        var tokens = sandbox.IssueOAuthTokens(user, sandbox.RegisterOAuthClient(), ["read:page:confluence", "read:confluence-user"], TimeSpan.FromMinutes(1));
        _clock.Advance(TimeSpan.FromMinutes(2));

        using var v2 = await SandboxHttp.GetAsync(SandboxHttp.Confluence(sandbox, "/wiki/api/v2/pages"), tokens.BearerAuthorization);
        using var v1 = await SandboxHttp.GetAsync(SandboxHttp.Confluence(sandbox, "/wiki/rest/api/user/current"), tokens.BearerAuthorization);

        Assert.Equal(HttpStatusCode.NotFound, v2.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, v1.StatusCode);
    }

    [Fact]
    public async Task Token_endpoint_also_reads_form_bodies()
    {
        var tokens = _sandbox.IssueOAuthTokens(_user, _client, ["offline_access"]);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = _client.ClientId,
            ["client_secret"] = _client.ClientSecret,
            ["refresh_token"] = tokens.RefreshToken!,
        });

        using var response = await SandboxHttp.SendAsync(HttpMethod.Post, new Uri(_sandbox.AuthorizationServerAddress, "oauth/token"), content: form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<(string Code, string State)> AuthorizeAsync(string scope, string state)
    {
        using var response = await SandboxHttp.GetAsync(AuthorizeUrl(scope, state, Callback));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(Callback + "?", location.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        return (query["code"].ToString(), query["state"].ToString());
    }

    private Uri AuthorizeUrl(string scope, string state, string redirectUri)
        => new(_sandbox.AuthorizationServerAddress, "authorize?" + string.Join('&',
            "audience=api.atlassian.com",
            "client_id=" + Uri.EscapeDataString(_client.ClientId),
            "scope=" + Uri.EscapeDataString(scope),
            "redirect_uri=" + Uri.EscapeDataString(redirectUri),
            "state=" + Uri.EscapeDataString(state),
            "response_type=code",
            "prompt=consent"));

    private JsonObject CodeGrant(string code) => new()
    {
        ["grant_type"] = "authorization_code",
        ["client_id"] = _client.ClientId,
        ["client_secret"] = _client.ClientSecret,
        ["code"] = code,
        ["redirect_uri"] = Callback,
    };

    private JsonObject RefreshGrant(string refreshToken) => new()
    {
        ["grant_type"] = "refresh_token",
        ["client_id"] = _client.ClientId,
        ["client_secret"] = _client.ClientSecret,
        ["refresh_token"] = refreshToken,
    };

    private Task<HttpResponseMessage> TokenAsync(JsonObject body)
        => SandboxHttp.SendAsync(HttpMethod.Post, new Uri(_sandbox.AuthorizationServerAddress, "oauth/token"), json: body);
}
