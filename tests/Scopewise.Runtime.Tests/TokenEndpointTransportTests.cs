using System.Net;
using System.Net.Sockets;
using Scopewise.Runtime.Tests.Support;

namespace Scopewise.Runtime.Tests;

/// <summary>
/// Token requests go through the app's own handler, yet keep what an application passes an HttpClient or a handler
/// configuration for: its timeout, and its proxy, certificate or connection settings.
/// </summary>
public class TokenEndpointTransportTests
{
    [Fact]
    public async Task The_timeout_of_the_application_client_bounds_a_token_request()
    {
        // A token endpoint that accepts the request and never answers.
        await using var silent = await LocalServer.StartAsync(async http => await Task.Delay(Timeout.Infinite, http.RequestAborted));
        var app = new AtlassianOAuthApp("client-id", "client-secret", silent.Address);
        using var userClient = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };

        // HttpClient's own timeout, measured on the wall clock like any socket wait (no TimeProvider involved).
        var error = await Assert.ThrowsAsync<TaskCanceledException>(() => app.ExchangeCodeAsync("code", new Uri("http://localhost:13131/callback"), userClient));

        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task The_app_handler_configuration_is_used_and_cannot_switch_redirects_back_on()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        await using var elsewhere = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var client = sandbox.RegisterOAuthClient();
        var issued = sandbox.IssueOAuthTokens(user, client, ["read:page:confluence", "offline_access"]);
        var connections = 0;
        var app = new AtlassianOAuthApp(client.ClientId, client.ClientSecret, sandbox.AuthorizationServerAddress)
        {
            ConfigureTokenHandler = handler =>
            {
                handler.AllowAutoRedirect = true;
                handler.ConnectCallback = async (context, cancellationToken) =>
                {
                    // Stands in for what an application sets here (proxy, certificates): proof that its handler is used.
                    Interlocked.Increment(ref connections);
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                };
            },
        };

        var refreshed = await app.RefreshAsync(Sandboxes.ToTokens(issued), httpClient: null, TimeProvider.System, CancellationToken.None);
        Assert.NotEqual(issued.RefreshToken, refreshed.RefreshToken);
        Assert.True(connections >= 1, "The configured handler was not used for the token request.");

        sandbox.Redirect("/oauth/token", new Uri(elsewhere.AuthorizationServerAddress, "oauth/token"), 307, "POST");
        var error = await Assert.ThrowsAsync<OAuthException>(() => app.RefreshAsync(refreshed, httpClient: null, TimeProvider.System, CancellationToken.None));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, error.StatusCode);
        Assert.Empty(elsewhere.Requests);
    }
}
