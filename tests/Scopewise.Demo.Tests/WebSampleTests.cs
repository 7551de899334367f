using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Scopewise.Sandbox;
using Scopewise.WebSample;

namespace Scopewise.Demo.Tests;

/// <summary>
/// The web sample over HTTP against the sandbox: two users sign in through /login, the sandbox's consent and
/// /callback, and each sees the Confluence spaces their own permissions allow (Ada is a member of a space Grace is not).
/// </summary>
public sealed class WebSampleTests
{
    /// <summary>A browser: keeps cookies, follows redirects itself so the test sees each hop.</summary>
    private sealed class Browser : IDisposable
    {
        private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() });

        public async Task<(HttpStatusCode Status, string Body, Uri At)> GetAsync(Uri uri)
        {
            for (var hop = 0; hop < 10; hop++)
            {
                using var response = await _http.GetAsync(uri);
                if (response.Headers.Location is not { } location)
                {
                    return (response.StatusCode, await response.Content.ReadAsStringAsync(), uri);
                }

                uri = new Uri(uri, location);
            }

            throw new InvalidOperationException($"more than 10 redirects, last to {uri}");
        }

        public void Dispose() => _http.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task Each_signed_in_user_sees_the_spaces_their_permissions_allow()
    {
        await using var sandbox = await AtlassianSandbox.StartAsync();
        var ada = sandbox.CreateUser("Ada Lovelace");
        var grace = sandbox.CreateUser("Grace Hopper");
        sandbox.Store.AddSpace("TEAM", "Team space");
        sandbox.Store.AddSpace("ADAONLY", "Ada's notes", members: [ada]);
        var publicAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var client = sandbox.RegisterOAuthClient("Web sample", [new Uri(publicAddress, "/callback").AbsoluteUri]);
        var settings = new WebSampleSettings(sandbox.BaseAddress.AbsoluteUri, client.ClientId, client.ClientSecret, publicAddress,
            AtlassianEndpoints.AllAt(sandbox.GatewayBaseAddress), SiteDeployment.Cloud);
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(publicAddress.AbsoluteUri);
        await using var app = WebSampleApp.Build(builder, settings);
        await app.StartAsync();

        sandbox.AuthorizingUser = ada;
        using var adaBrowser = new Browser();
        var adaHome = await adaBrowser.GetAsync(new Uri(publicAddress, "/login"));
        sandbox.AuthorizingUser = grace;
        using var graceBrowser = new Browser();
        var graceHome = await graceBrowser.GetAsync(new Uri(publicAddress, "/login"));

        Assert.Equal(HttpStatusCode.OK, adaHome.Status);
        Assert.Equal(new Uri(publicAddress, "/"), adaHome.At);
        Assert.Contains(ada.AccountId, adaHome.Body, StringComparison.Ordinal);
        Assert.Contains("TEAM: Team space", adaHome.Body, StringComparison.Ordinal);
        Assert.Contains("ADAONLY: Ada&#x27;s notes", adaHome.Body, StringComparison.Ordinal);
        Assert.Contains(grace.AccountId, graceHome.Body, StringComparison.Ordinal);
        Assert.Contains("TEAM: Team space", graceHome.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("ADAONLY", graceHome.Body, StringComparison.Ordinal);

        // Ada's session still shows Ada's spaces after Grace signed in: the tokens are kept per account.
        Assert.Contains("ADAONLY", (await adaBrowser.GetAsync(publicAddress)).Body, StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public async Task A_callback_this_browser_did_not_start_is_refused_without_exchanging_the_code()
    {
        await using var sandbox = await AtlassianSandbox.StartAsync();
        var publicAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var client = sandbox.RegisterOAuthClient("Web sample", [new Uri(publicAddress, "/callback").AbsoluteUri]);
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(publicAddress.AbsoluteUri);
        await using var app = WebSampleApp.Build(builder, new WebSampleSettings(sandbox.BaseAddress.AbsoluteUri, client.ClientId, client.ClientSecret, publicAddress,
            AtlassianEndpoints.AllAt(sandbox.GatewayBaseAddress), SiteDeployment.Cloud));
        await app.StartAsync();
        using var browser = new Browser();

        var page = await browser.GetAsync(new Uri(publicAddress, "/callback?code=stolen&state=forged"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("does not belong to this browser", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(sandbox.Requests, r => r.Path == "/oauth/token");
        await app.StopAsync();
    }
}
