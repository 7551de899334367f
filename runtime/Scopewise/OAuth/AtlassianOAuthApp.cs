using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Scopewise;

/// <summary>
/// An OAuth 2.0 (3LO) app registered in the Atlassian developer console: builds authorize URLs, exchanges codes and
/// refreshes tokens at <c>https://auth.atlassian.com</c> (or the server given, such as a local sandbox).
/// The client secret is never shown by <see cref="ToString"/> or put in messages.
/// </summary>
/// <remarks>
/// <para>
/// Token requests carry the client secret and the code or refresh token, so they never follow a redirect: a 3xx from
/// the token endpoint ends the request with an <see cref="OAuthException"/> and nothing is sent to the other location.
/// To make that hold whatever <see cref="HttpClient"/> the application passes (one that follows redirects included),
/// token requests always go through a handler Scopewise owns, never through the application's client. From the
/// application's client only <see cref="HttpClient.Timeout"/> is taken; its handlers and default headers are not used.
/// </para>
/// <para>
/// The handler uses <see cref="HttpClient.DefaultProxy"/> (the HTTPS_PROXY / NO_PROXY variables or the system
/// settings, or whatever the application assigns to it). For a proxy, client certificate or TLS setting of its own,
/// set <see cref="ConfigureTokenHandler"/>. Tests point token requests at a local server (such as Scopewise.Sandbox)
/// with the <c>authorizationServer</c> argument, not with an HTTP client.
/// </para>
/// </remarks>
public sealed class AtlassianOAuthApp
{
    /// <summary>Atlassian's authorization server.</summary>
    public static readonly Uri DefaultAuthorizationServer = new("https://auth.atlassian.com");

    private readonly string _clientSecret;
    private readonly Lazy<TokenEndpointTransport> _transport;

    /// <summary>Creates the app.</summary>
    /// <param name="clientId">The app's client id.</param>
    /// <param name="clientSecret">The app's client secret (Atlassian requires it for both code exchange and refresh).</param>
    /// <param name="authorizationServer">The authorization server; <see cref="DefaultAuthorizationServer"/> when null.</param>
    public AtlassianOAuthApp(string clientId, string clientSecret, Uri? authorizationServer = null)
    {
        if (string.IsNullOrWhiteSpace(clientId))
        {
            throw new ArgumentException("Give the OAuth app's client id from the Atlassian developer console.", nameof(clientId));
        }

        if (string.IsNullOrWhiteSpace(clientSecret))
        {
            throw new ArgumentException("Give the OAuth app's client secret; Atlassian requires it for code exchange and refresh.", nameof(clientSecret));
        }

        ClientId = clientId.Trim();
        _clientSecret = clientSecret.Trim();
        AuthorizationServer = authorizationServer ?? DefaultAuthorizationServer;
        TransportGuard.RequireSecureForSecrets(AuthorizationServer, "the OAuth authorization server");

        // Built on first use, after ConfigureTokenHandler (an init property) has been set.
        _transport = new Lazy<TokenEndpointTransport>(() => ConfigureTokenHandler is { } configure
            ? TokenEndpointTransport.Configured(configure)
            : TokenEndpointTransport.Default);
    }

    /// <summary>
    /// Adjusts the handler that token requests (code exchange, refresh) are sent with, for example to set a proxy, a
    /// client certificate or TLS options. It runs once, on a new <see cref="SocketsHttpHandler"/> the app then keeps;
    /// <see cref="SocketsHttpHandler.AllowAutoRedirect"/> is switched off after it, whatever it set. When null, a
    /// shared handler with the default proxy is used.
    /// </summary>
    public Action<SocketsHttpHandler>? ConfigureTokenHandler { get; init; }

    /// <summary>The client id.</summary>
    public string ClientId { get; }

    /// <summary>The authorization server's root.</summary>
    public Uri AuthorizationServer { get; }

    /// <summary>The token endpoint (<c>/oauth/token</c>).</summary>
    public Uri TokenEndpoint => UriPaths.Append(AuthorizationServer, "/oauth/token");

    /// <summary>Builds an authorize URL with a new random <c>state</c>.</summary>
    /// <param name="scopes">The scopes to ask for; add <c>offline_access</c> to get a refresh token.</param>
    /// <param name="redirectUri">The callback URL registered for the app.</param>
    public OAuthAuthorizationRequest CreateAuthorizationRequest(IEnumerable<string> scopes, Uri redirectUri)
    {
        var state = NewState();
        return new OAuthAuthorizationRequest(BuildAuthorizeUrl(scopes, redirectUri, state), state, redirectUri);
    }

    /// <summary>
    /// Builds an authorize URL for the scopes the application declares with <c>[assembly: GrantedScopes(...)]</c> — the
    /// set the analyzer checked every call against — with a new random <c>state</c>.
    /// </summary>
    /// <param name="redirectUri">The callback URL registered for the app.</param>
    /// <exception cref="InvalidOperationException">The entry assembly declares no granted scopes.</exception>
    public OAuthAuthorizationRequest CreateAuthorizationRequest(Uri redirectUri)
        => CreateAuthorizationRequest(DeclaredScopes.OfEntryAssembly(), redirectUri);

    /// <summary>Builds the authorize URL: audience, client id, space-separated scopes, redirect URI, state, <c>response_type=code</c>, <c>prompt=consent</c>.</summary>
    /// <param name="scopes">The scopes to ask for.</param>
    /// <param name="redirectUri">The callback URL registered for the app.</param>
    /// <param name="state">A random value the callback must return unchanged.</param>
    public Uri BuildAuthorizeUrl(IEnumerable<string> scopes, Uri redirectUri, string state)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(redirectUri);
        var scopeList = scopes.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToArray();
        if (scopeList.Length == 0)
        {
            throw new ArgumentException("Ask for at least one scope (the build's .scopes.txt lists the ones your code needs; add offline_access for a refresh token).", nameof(scopes));
        }

        if (string.IsNullOrWhiteSpace(state))
        {
            throw new ArgumentException("The state must be a random value; use CreateAuthorizationRequest to get one.", nameof(state));
        }

        if (!redirectUri.IsAbsoluteUri)
        {
            throw new ArgumentException($"The redirect URI must be absolute, like http://localhost:13131/callback; got '{redirectUri}'.", nameof(redirectUri));
        }

        var query = new StringBuilder()
            .Append("audience=api.atlassian.com")
            .Append("&client_id=").Append(Uri.EscapeDataString(ClientId))
            .Append("&scope=").Append(Uri.EscapeDataString(string.Join(' ', scopeList)))
            .Append("&redirect_uri=").Append(Uri.EscapeDataString(redirectUri.OriginalString))
            .Append("&state=").Append(Uri.EscapeDataString(state))
            .Append("&response_type=code&prompt=consent");
        return new UriBuilder(UriPaths.Append(AuthorizationServer, "/authorize")) { Query = query.ToString() }.Uri;
    }

    /// <summary>Exchanges an authorization code for tokens.</summary>
    /// <param name="code">The <c>code</c> from the callback.</param>
    /// <param name="redirectUri">The same redirect URI the authorize URL named.</param>
    /// <param name="httpClient">
    /// Only its <see cref="HttpClient.Timeout"/> is used (100 seconds when null): the request goes through the app's own
    /// handler, which never follows redirects (see the class remarks).
    /// </param>
    /// <param name="timeProvider">The clock for the expiry time; the system clock when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="OAuthException">The token endpoint refused the code, or answered with a redirect (which is not followed).</exception>
    public async Task<OAuthTokens> ExchangeCodeAsync(string code, Uri redirectUri, HttpClient? httpClient = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ArgumentException("The authorization code is empty.", nameof(code));
        }

        ArgumentNullException.ThrowIfNull(redirectUri);
        var body = new TokenRequestBody
        {
            GrantType = "authorization_code",
            ClientId = ClientId,
            ClientSecret = _clientSecret,
            Code = code,
            RedirectUri = redirectUri.OriginalString,
        };
        return await PostTokenRequestAsync(body, previous: null, httpClient, timeProvider ?? TimeProvider.System, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Trades <paramref name="current"/>'s refresh token for a new pair; keeps the old refresh token and scopes when the
    /// answer omits them. <paramref name="httpClient"/> (the connection's) lends only its timeout, as in <see cref="ExchangeCodeAsync"/>.
    /// </summary>
    internal Task<OAuthTokens> RefreshAsync(OAuthTokens current, HttpClient? httpClient, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var body = new TokenRequestBody
        {
            GrantType = "refresh_token",
            ClientId = ClientId,
            ClientSecret = _clientSecret,
            RefreshToken = current.RefreshToken,
        };
        return PostTokenRequestAsync(body, current, httpClient, timeProvider, cancellationToken);
    }

    /// <summary>
    /// The <c>client_credentials</c> grant of a service account's OAuth 2.0 credential: an access token for the account
    /// itself, with the scopes fixed when the credential was created and no refresh token.
    /// </summary>
    internal Task<OAuthTokens> RequestClientCredentialsAsync(HttpClient? httpClient, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var body = new TokenRequestBody
        {
            GrantType = "client_credentials",
            ClientId = ClientId,
            ClientSecret = _clientSecret,
        };
        return PostTokenRequestAsync(body, previous: null, httpClient, timeProvider, cancellationToken);
    }

    private async Task<OAuthTokens> PostTokenRequestAsync(TokenRequestBody body, OAuthTokens? previous, HttpClient? httpClient, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using var content = JsonContent.Create(body, ScopewiseJsonContext.Default.TokenRequestBody);
        using var request = new HttpRequestMessage(HttpMethod.Post, TokenEndpoint) { Content = content };
        request.Headers.Accept.ParseAdd("application/json");
        var timeout = httpClient?.Timeout ?? TokenEndpointTransport.DefaultTimeout;
        using var response = await _transport.Value.SendAsync(request, timeout, cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode is >= 300 and <= 399)
        {
            throw CreateRedirectError(response, body.GrantType);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw CreateError(response.StatusCode, bytes, body.GrantType);
        }

        var answer = TryDeserialize(bytes, ScopewiseJsonContext.Default.TokenResponseBody);
        if (answer?.AccessToken is null)
        {
            throw new OAuthException($"The token endpoint {TokenEndpoint} answered {(int)response.StatusCode} without an access_token.", null, null, response.StatusCode);
        }

        var expiresIn = TimeSpan.FromSeconds(answer.ExpiresIn is > 0 ? answer.ExpiresIn.Value : 3600);
        var scopes = answer.Scope is null ? previous?.Scopes : answer.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        // Atlassian occasionally leaves refresh_token out of a refresh answer; the old one then stays valid.
        var refreshToken = answer.RefreshToken ?? previous?.RefreshToken;
        return new OAuthTokens(answer.AccessToken, refreshToken, timeProvider.GetUtcNow() + expiresIn, scopes);
    }

    private OAuthException CreateRedirectError(HttpResponseMessage response, string grantType)
    {
        // Only scheme, host and port of the target, and the status name rather than the reason phrase: a hostile
        // server could echo into those whatever it was sent, and a Location can carry user info or a query.
        var location = response.Headers.Location;
        var target = location is null
            ? string.Empty
            : " to " + new Uri(TokenEndpoint, location).GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);
        var status = (int)response.StatusCode;
        return new OAuthException(
            $"The token endpoint {TokenEndpoint} answered {status} ({response.StatusCode}), a redirect{target}. "
            + $"Scopewise never follows redirects from the token endpoint, so the {grantType} request and its client secret were not re-sent anywhere. "
            + "Check the authorization server address: it must serve /oauth/token itself (https://auth.atlassian.com for Atlassian Cloud).",
            "token_endpoint_redirect",
            null,
            response.StatusCode);
    }

    private OAuthException CreateError(HttpStatusCode status, byte[] bytes, string grantType)
    {
        var error = TryDeserialize(bytes, ScopewiseJsonContext.Default.TokenErrorBody);
        var code = error?.Error;
        var description = error?.ErrorDescription;
        var said = code is null ? $"{(int)status}" : $"{(int)status} {code}" + (description is null ? string.Empty : $": {description}");
        if (code is "invalid_grant" || (code is "unauthorized_client" && grantType == "refresh_token"))
        {
            var what = grantType == "refresh_token"
                ? "The refresh token was refused. Refresh tokens stop working 90 days after their last use, 365 days after consent, when reused after rotation, or when consent is revoked."
                : "The authorization code was refused (it is single-use and short-lived, and the redirect URI must match exactly).";
            return new ReauthorizationRequiredException($"{what} Authorize again (for example with LoopbackAuthorization.AuthorizeAsync). The authorization server said: {said}.", code, description, status);
        }

        if (grantType == "client_credentials" && (code is "access_denied" or "invalid_client" or "unauthorized_client" or "invalid_grant" || status == HttpStatusCode.Unauthorized))
        {
            return new OAuthException(
                $"The token endpoint refused the service account's OAuth 2.0 credential ({said}). Check client id {ClientId} and its secret in Atlassian Administration > Directory > Service accounts; a credential can be revoked or expire.",
                code, description, status);
        }

        if (code is "access_denied" || status == HttpStatusCode.Unauthorized)
        {
            return new OAuthException($"The token endpoint refused the app's credentials ({said}). Check the client id and secret of app {ClientId} in the Atlassian developer console.", code, description, status);
        }

        return new OAuthException($"The token endpoint {TokenEndpoint} refused the {grantType} request: {said}.", code, description, status);
    }

    private static T? TryDeserialize<T>(byte[] bytes, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, typeInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string NewState()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <inheritdoc />
    public override string ToString() => $"AtlassianOAuthApp({ClientId}, secret redacted, {AuthorizationServer})";
}
