using System.Net;
using Scopewise.Runtime.Tests.Support;
using Scopewise.Sandbox;

namespace Scopewise.Runtime.Tests;

/// <summary>The CLI flow end to end: a "browser" follows the sandbox's /authorize redirect to the loopback listener.</summary>
public class LoopbackAuthorizationTests
{
    private static LoopbackAuthorizationOptions Options(Func<Uri, Uri>? tamper = null) => new()
    {
        Port = 0,
        Output = TextWriter.Null,
        Timeout = TimeSpan.FromSeconds(20),
        OpenBrowser = async (url, cancellationToken) =>
        {
            // Stands in for the user's browser: open the authorize URL, follow the redirect back to the callback.
            _ = Task.Run(async () =>
            {
                using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
                using var consent = await browser.GetAsync(url, cancellationToken);
                var callback = consent.Headers.Location!;
                await browser.GetAsync(new Uri(callback.GetLeftPart(UriPartial.Authority) + "/favicon.ico"), cancellationToken);
                await browser.GetAsync(tamper?.Invoke(callback) ?? callback, cancellationToken);
            }, cancellationToken);
            await Task.CompletedTask;
        },
    };

    private static async Task<(AtlassianSandbox Sandbox, AtlassianOAuthApp App)> StartAsync()
    {
        var sandbox = await Sandboxes.CloudAsync();
        sandbox.CreateUser("Ada Lovelace");
        var client = sandbox.RegisterOAuthClient();
        return (sandbox, Sandboxes.OAuthApp(sandbox, client));
    }

    [Fact]
    public async Task The_flow_checks_state_exchanges_the_code_and_saves_working_tokens()
    {
        var (sandbox, app) = await StartAsync();
        await using var _ = sandbox;
        var store = new InMemoryTokenStore();

        var tokens = await LoopbackAuthorization.AuthorizeAsync(app, ["read:page:confluence", "offline_access"], store, Options());

        Assert.Same(tokens, store.Current);
        Assert.NotNull(tokens.RefreshToken);
        Assert.Contains("read:page:confluence", tokens.Scopes);
        var exchange = Assert.Single(sandbox.Requests, r => r.Path == "/oauth/token");
        Assert.Equal("POST", exchange.Method);

        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.OAuth(app, store)));
        await connection.SendAsync(Operations.Request(Operations.V2Pages));
    }

    [Fact]
    public async Task A_callback_with_another_state_is_refused_and_the_code_not_used()
    {
        var (sandbox, app) = await StartAsync();
        await using var _ = sandbox;

        var error = await Assert.ThrowsAsync<OAuthException>(() => LoopbackAuthorization.AuthorizeAsync(app, ["read:me"], null,
            Options(callback => new Uri(callback.AbsoluteUri.Replace("state=", "state=forged", StringComparison.Ordinal)))));

        Assert.Equal("state_mismatch", error.Error);
        Assert.DoesNotContain(sandbox.Requests, r => r.Path == "/oauth/token");
    }

    [Fact]
    public async Task A_declined_consent_says_so()
    {
        var (sandbox, app) = await StartAsync();
        await using var _ = sandbox;
        sandbox.DeclineConsent = true;

        var error = await Assert.ThrowsAsync<OAuthException>(() => LoopbackAuthorization.AuthorizeAsync(app, ["read:me"], null, Options()));

        Assert.Equal("access_denied", error.Error);
        Assert.Contains("declined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_client_secret_is_reported_without_the_secret()
    {
        var (sandbox, app) = await StartAsync();
        await using var _ = sandbox;
        var wrong = new AtlassianOAuthApp(app.ClientId, "wrong-secret-value", app.AuthorizationServer);

        var error = await Assert.ThrowsAsync<OAuthException>(() => LoopbackAuthorization.AuthorizeAsync(wrong, ["read:me"], null, Options()));

        Assert.NotEqual(HttpStatusCode.OK, error.StatusCode);
        Assert.DoesNotContain("wrong-secret-value", error.Message, StringComparison.Ordinal);
    }
}
