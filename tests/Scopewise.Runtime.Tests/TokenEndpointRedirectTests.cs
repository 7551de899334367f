using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Scopewise.Runtime.Tests.Support;
using Scopewise.Sandbox;

namespace Scopewise.Runtime.Tests;

/// <summary>
/// Token requests carry the client secret and the code or refresh token. When the token endpoint answers with a
/// redirect to another server, that server must receive nothing, whichever HttpClient the application supplied.
/// </summary>
public class TokenEndpointRedirectTests
{
    private static readonly string[] Scopes = ["read:page:confluence", "read:jira-user", "offline_access"];

    private sealed record Setup(AtlassianSandbox Sandbox, AtlassianSandbox Elsewhere, SandboxOAuthClient Client, SandboxOAuthTokens Issued, AtlassianOAuthApp App) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Sandbox.DisposeAsync();
            await Elsewhere.DisposeAsync();
        }

        /// <summary>A store whose access token Scopewise takes as expired, so the first call refreshes.</summary>
        public InMemoryTokenStore ExpiredStore()
            => new(new OAuthTokens(Issued.AccessToken, Issued.RefreshToken, TimeProvider.System.GetUtcNow().AddMinutes(-5), Issued.Scopes));
    }

    /// <summary>Two Kestrel servers on 127.0.0.1: the sandbox, whose /oauth/token redirects, and the server it redirects to.</summary>
    private static async Task<Setup> StartAsync(int status)
    {
        var sandbox = await Sandboxes.CloudAsync();
        var elsewhere = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var client = sandbox.RegisterOAuthClient();
        var issued = sandbox.IssueOAuthTokens(user, client, Scopes);
        sandbox.Redirect("/oauth/token", new Uri(elsewhere.AuthorizationServerAddress, "oauth/token"), status, "POST");
        return new Setup(sandbox, elsewhere, client, issued, Sandboxes.OAuthApp(sandbox, client));
    }

    /// <summary>The redirect status, and whether the application passes a client that follows redirects.</summary>
    public static TheoryData<int, bool> Cases => new() { { 307, false }, { 307, true }, { 308, true } };

    private static HttpClient? UserClient(bool followsRedirects)
        => followsRedirects ? new HttpClient(new HttpClientHandler { AllowAutoRedirect = true }) : null;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_code_exchange_answered_with_a_redirect_is_not_followed(int status, bool userClientFollowsRedirects)
    {
        await using var setup = await StartAsync(status);
        using var userClient = UserClient(userClientFollowsRedirects);
        var code = "code-" + Guid.NewGuid().ToString("N");

        var error = await Assert.ThrowsAsync<OAuthException>(() => setup.App.ExchangeCodeAsync(code, new Uri("http://localhost:13131/callback"), userClient));

        AssertRefusedWithoutResending(setup, error, status, code);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_refresh_answered_with_a_redirect_is_not_followed_and_the_grant_survives(int status, bool userClientFollowsRedirects)
    {
        await using var setup = await StartAsync(status);
        using var userClient = UserClient(userClientFollowsRedirects);
        var store = setup.ExpiredStore();
        using var connection = new ApiConnection(Sandboxes.CloudOptions(setup.Sandbox, AtlassianCredential.OAuth(setup.App, store)), userClient);

        var error = await Assert.ThrowsAsync<OAuthException>(() => connection.SendAsync(Operations.Request(Operations.V2Pages)));

        AssertRefusedWithoutResending(setup, error, status, setup.Issued.RefreshToken!);
        Assert.Equal(setup.Issued.RefreshToken, store.Current!.RefreshToken);

        // Once the endpoint answers properly again, the same grant refreshes and the rotated pair is saved.
        setup.Sandbox.ClearFaults();
        await connection.SendAsync(Operations.Request(Operations.V2Pages));
        Assert.NotEqual(setup.Issued.RefreshToken, store.Current!.RefreshToken);
        Assert.Empty(setup.Elsewhere.Requests);
    }

    [Fact]
    public async Task A_refresh_through_dependency_injection_with_a_redirect_following_handler_is_not_followed()
    {
        await using var setup = await StartAsync(307);
        var services = new ServiceCollection();
        services.AddScopewise(options =>
            {
                options.Site = setup.Sandbox.BaseAddress.AbsoluteUri;
                options.Deployment = SiteDeployment.Cloud;
                options.Credential = AtlassianCredential.OAuth(setup.App, setup.ExpiredStore());
                options.Endpoints = AtlassianEndpoints.AllAt(setup.Sandbox.GatewayBaseAddress);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = true });
        await using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<OAuthException>(() => provider.GetRequiredService<ApiConnection>().SendAsync(Operations.Request(Operations.V2Pages)));

        AssertRefusedWithoutResending(setup, error, 307, setup.Issued.RefreshToken!);
    }

    private static void AssertRefusedWithoutResending(Setup setup, OAuthException error, int status, string grantSecret)
    {
        Assert.Empty(setup.Elsewhere.Requests);
        var tokenRequest = Assert.Single(setup.Sandbox.Requests, r => r.Path == "/oauth/token");
        Assert.Equal(status, tokenRequest.StatusCode);

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Contains($"answered {status}", error.Message, StringComparison.Ordinal);
        Assert.Contains("redirect", error.Message, StringComparison.Ordinal);
        Assert.Contains("not re-sent", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(setup.Client.ClientSecret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(grantSecret, error.ToString(), StringComparison.Ordinal);
    }
}
