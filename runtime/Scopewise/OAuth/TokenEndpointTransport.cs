namespace Scopewise;

/// <summary>
/// Sends token-endpoint requests (code exchange, refresh) through a handler Scopewise owns and that never follows a
/// redirect. HttpClient has no per-request redirect switch, and a client the application supplies may follow them: a
/// 307 would then make .NET post the body again, client_secret and refresh_token included, to wherever it points.
/// So token requests never go through the application's client; only its <see cref="HttpClient.Timeout"/> is taken.
/// </summary>
internal sealed class TokenEndpointTransport
{
    /// <summary>HttpClient's own default, used when the caller passes no client.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(100);

    private static readonly Lazy<TokenEndpointTransport> SharedDefault = new(() => new TokenEndpointTransport(configure: null));

    // One handler for the process (or per app that configures its own): connections to auth.atlassian.com are pooled
    // and recycled, as they would be in a long-lived HttpClient.
    private readonly SocketsHttpHandler _handler;

    private TokenEndpointTransport(Action<SocketsHttpHandler>? configure)
    {
        // The connection's own handler settings (no redirects, pooled connections recycled, no cookies).
        _handler = ApiConnection.CreateHandler();
        configure?.Invoke(_handler);

        // Set after the application's configuration, so that no configuration can turn following back on.
        _handler.AllowAutoRedirect = false;
    }

    /// <summary>The transport shared by every app without a handler configuration. Its proxy is <see cref="HttpClient.DefaultProxy"/>.</summary>
    public static TokenEndpointTransport Default => SharedDefault.Value;

    /// <summary>A transport whose handler <paramref name="configure"/> adjusted (proxy, certificates, TLS); redirects stay off.</summary>
    /// <param name="configure">Adjusts the new handler.</param>
    public static TokenEndpointTransport Configured(Action<SocketsHttpHandler> configure) => new(configure);

    /// <summary>Sends <paramref name="request"/> and reads the whole answer, within <paramref name="timeout"/>.</summary>
    /// <param name="request">The token request.</param>
    /// <param name="timeout">The timeout of the application's client, or <see cref="DefaultTimeout"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // A throwaway HttpClient over the shared handler gives HttpClient's timeout behaviour and buffered content
        // without owning the handler; creating one is cheap.
        using var client = new HttpClient(_handler, disposeHandler: false) { Timeout = timeout };
        return await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
    }
}
