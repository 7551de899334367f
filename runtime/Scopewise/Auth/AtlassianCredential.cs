using System.Net.Http.Headers;

namespace Scopewise;

/// <summary>
/// What the runtime authenticates with. Create one with the static factories; the runtime picks the header and the base
/// URL from it and the site. Secrets are never shown by <see cref="object.ToString"/>.
/// </summary>
public abstract class AtlassianCredential
{
    private protected AtlassianCredential()
    {
    }

    /// <summary>No credential: requests go to the site anonymously.</summary>
    public static AtlassianCredential Anonymous { get; } = new AnonymousCredential();

    /// <summary>The kind of credential.</summary>
    public abstract CredentialKind Kind { get; }

    /// <summary>The HTTP authentication scheme sent (<c>Basic</c>, <c>Bearer</c>), or null when anonymous.</summary>
    public abstract string? Scheme { get; }

    /// <summary>Whether requests go through the <c>api.atlassian.com/ex/{product}/{cloudId}</c> gateway rather than the site.</summary>
    public bool UsesGateway => GoesThroughGateway;

    /// <summary>A classic Atlassian Cloud API token: Basic <c>email:token</c> sent to the site.</summary>
    /// <param name="email">The Atlassian account's email address.</param>
    /// <param name="apiToken">The API token from id.atlassian.com.</param>
    public static AtlassianCredential ApiToken(string email, string apiToken)
        => new ApiTokenCredential(RequireEmail(email), RequireSecret(apiToken, nameof(apiToken)));

    /// <summary>A scoped Atlassian Cloud API token: Basic <c>email:token</c> sent to the gateway with the site's cloud id.</summary>
    /// <param name="email">The Atlassian account's email address.</param>
    /// <param name="apiToken">The scoped API token.</param>
    /// <param name="scopes">The scopes chosen when the token was created, when known: calls that need others then fail before sending.</param>
    public static AtlassianCredential ScopedApiToken(string email, string apiToken, IEnumerable<string>? scopes = null)
        => new ScopedApiTokenCredential(RequireEmail(email), RequireSecret(apiToken, nameof(apiToken)), scopes?.ToArray());

    /// <summary>A Data Center personal access token (Confluence 7.9+, Jira 8.14+): Bearer.</summary>
    /// <param name="token">The token.</param>
    public static AtlassianCredential PersonalAccessToken(string token)
        => new PersonalAccessTokenCredential(RequireSecret(token, nameof(token)));

    /// <summary>A Data Center user name and password: Basic. Deprecated on Cloud, where it is refused.</summary>
    /// <param name="username">The user name.</param>
    /// <param name="password">The password.</param>
    public static AtlassianCredential Password(string username, string password)
    {
        if (string.IsNullOrWhiteSpace(username) || username.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("Give the Data Center user name (it cannot be empty or contain ':').", nameof(username));
        }

        return new PasswordCredential(username, RequireSecret(password, nameof(password)));
    }

    /// <summary>An OAuth 2.0 (3LO) grant. Tokens are read from and rotated into <paramref name="tokenStore"/>; share one
    /// credential object among everything that uses the same grant, so that refreshes are collapsed into one.</summary>
    /// <param name="app">The OAuth app (client id and secret).</param>
    /// <param name="tokenStore">Where the grant's tokens live; rotated refresh tokens are saved here before they are used.</param>
    /// <param name="refreshSkew">How long before expiry the access token is refreshed; 60 seconds when null, at most 30 minutes.</param>
    public static AtlassianCredential OAuth(AtlassianOAuthApp app, ITokenStore tokenStore, TimeSpan? refreshSkew = null)
        => new OAuthCredential(app, tokenStore, refreshSkew ?? TimeSpan.FromSeconds(60));

    /// <summary>
    /// A Cloud service account's OAuth 2.0 credential (Atlassian Administration &gt; Directory &gt; Service accounts &gt;
    /// Create credentials &gt; OAuth 2.0): access tokens come from the <c>client_credentials</c> grant on first use and
    /// again before they expire, one fetch shared by concurrent calls; there is no refresh token and no user consent.
    /// Calls go through the gateway with the site's cloud id (from the site's <c>/_edge/tenant_info</c>, or
    /// <see cref="ScopewiseOptions.CloudId"/>); the token's scopes, fixed when the credential was created, are checked
    /// before each call.
    /// </summary>
    /// <param name="clientId">The credential's client id.</param>
    /// <param name="clientSecret">The credential's client secret.</param>
    /// <param name="authorizationServer">The token server; <see cref="AtlassianOAuthApp.DefaultAuthorizationServer"/> when null (a sandbox in tests).</param>
    /// <param name="refreshSkew">How long before expiry a new token is fetched; 60 seconds when null, at most 30 minutes.</param>
    public static AtlassianCredential ServiceAccount(string clientId, string clientSecret, Uri? authorizationServer = null, TimeSpan? refreshSkew = null)
        => new ServiceAccountCredential(new AtlassianOAuthApp(clientId, clientSecret, authorizationServer), refreshSkew ?? TimeSpan.FromSeconds(60));

    /// <summary>A fixed Authorization header, for a product the runtime has no rules for.</summary>
    /// <param name="authorization">The header to send.</param>
    public static AtlassianCredential FromHeader(AuthenticationHeaderValue authorization)
        => new FixedHeaderCredential(authorization ?? throw new ArgumentNullException(nameof(authorization)));

    /// <summary>The header for one attempt. <paramref name="rejectedToken"/> is the token the server just refused, if any.</summary>
    internal abstract ValueTask<CredentialHeader?> GetHeaderAsync(CredentialContext context, string? rejectedToken, CancellationToken cancellationToken);

    // What each kind decides for itself. Adding a kind means a class overriding these, a factory above and an enum value;
    // the route table, the request steps, the cloud id lookup and the error messages ask the credential instead of
    // switching on its kind.

    /// <summary>How the kind is named in messages ("API token", "OAuth 2.0 token").</summary>
    internal abstract string Description { get; }

    /// <summary>Whether calls go to the gateway with the cloud id (true) or to the site (false).</summary>
    private protected virtual bool GoesThroughGateway => false;

    /// <summary>What to do when Atlassian refused the credential itself (401, not a missing scope); one or more sentences, each starting with a space.</summary>
    internal virtual string AdviceWhenRefused => " The credential was refused.";

    /// <summary>Throws <see cref="ArgumentException"/> when the credential cannot work with <paramref name="site"/> (Cloud-only kinds on Data Center and the reverse).</summary>
    internal virtual void RequireUsableWith(AtlassianSite site)
    {
    }

    /// <summary>Throws <see cref="InsecureTransportException"/> when an endpoint of the credential's own (a token server) would get a secret over plain http.</summary>
    internal virtual void RequireSecureEndpoints()
    {
    }

    /// <summary>Where the site's cloud id comes from for this credential: by default the site's <c>/_edge/tenant_info</c>, which needs no credential.</summary>
    internal virtual Task<string> DiscoverCloudIdAsync(CloudIdLookup lookup, CredentialContext context)
        => lookup.FromTenantInfoAsync(context);

    /// <summary>The scopes the credential is known to hold, or null when unknown (then nothing is checked before sending).</summary>
    internal virtual ValueTask<IReadOnlyCollection<string>?> GetKnownScopesAsync(CredentialContext context, CancellationToken cancellationToken)
        => ValueTask.FromResult<IReadOnlyCollection<string>?>(null);

    /// <summary>
    /// Whether <paramref name="response"/> (an error from the configured origin) may mean that <paramref name="sent"/>
    /// expired or was revoked early, so that one more attempt with a fresh token is worth it. False for credentials
    /// that cannot get a fresh token.
    /// </summary>
    internal virtual bool MayBeCuredByFreshToken(HttpResponseMessage response, CredentialHeader sent, TimeProvider timeProvider) => false;

    /// <summary>Cloud-only kinds: refuses a Data Center site with what to use there.</summary>
    private protected void RequireCloud(AtlassianSite site)
    {
        if (!site.IsCloud)
        {
            throw new ArgumentException(
                $"{site.Host} looks like Data Center, where a {Description} does not work; use AtlassianCredential.PersonalAccessToken(token) or Password(user, password). If it is a Cloud site on a custom domain, set Deployment = SiteDeployment.Cloud.");
        }
    }

    private static string RequireEmail(string email)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal) || email.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("API tokens are sent with the Atlassian account's email address; give it (for example me@example.com).", nameof(email));
        }

        return email.Trim();
    }

    private static string RequireSecret(string secret, string name)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new ArgumentException($"The {name} is empty.", name);
        }

        return secret.Trim();
    }
}

/// <summary>An Authorization header and the token inside it (kept to recognise a refused token).</summary>
internal sealed record CredentialHeader(AuthenticationHeaderValue Value, string Token)
{
    /// <summary>
    /// The header as sent, formatted once: a request given the typed <see cref="Value"/> formats it again on every send.
    /// A secret: never logged or shown.
    /// </summary>
    public string Text { get; } = Value.ToString();

    public override string ToString() => $"{Value.Scheme} ***";
}
