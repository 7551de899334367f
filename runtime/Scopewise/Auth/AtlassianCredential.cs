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
    public bool UsesGateway => Kind is CredentialKind.ScopedApiToken or CredentialKind.OAuth;

    /// <summary>A classic Atlassian Cloud API token: Basic <c>email:token</c> sent to the site.</summary>
    /// <param name="email">The Atlassian account's email address.</param>
    /// <param name="apiToken">The API token from id.atlassian.com.</param>
    public static AtlassianCredential ApiToken(string email, string apiToken)
        => new BasicCredential(CredentialKind.ApiToken, RequireEmail(email), RequireSecret(apiToken, nameof(apiToken)), scopes: null);

    /// <summary>A scoped Atlassian Cloud API token: Basic <c>email:token</c> sent to the gateway with the site's cloud id.</summary>
    /// <param name="email">The Atlassian account's email address.</param>
    /// <param name="apiToken">The scoped API token.</param>
    /// <param name="scopes">The scopes chosen when the token was created, when known: calls that need others then fail before sending.</param>
    public static AtlassianCredential ScopedApiToken(string email, string apiToken, IEnumerable<string>? scopes = null)
        => new BasicCredential(CredentialKind.ScopedApiToken, RequireEmail(email), RequireSecret(apiToken, nameof(apiToken)), scopes?.ToArray());

    /// <summary>A Data Center personal access token (Confluence 7.9+, Jira 8.14+): Bearer.</summary>
    /// <param name="token">The token.</param>
    public static AtlassianCredential PersonalAccessToken(string token)
        => new BearerCredential(CredentialKind.PersonalAccessToken, RequireSecret(token, nameof(token)));

    /// <summary>A Data Center user name and password: Basic. Deprecated on Cloud, where it is refused.</summary>
    /// <param name="username">The user name.</param>
    /// <param name="password">The password.</param>
    public static AtlassianCredential Password(string username, string password)
    {
        if (string.IsNullOrWhiteSpace(username) || username.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("Give the Data Center user name (it cannot be empty or contain ':').", nameof(username));
        }

        return new BasicCredential(CredentialKind.Password, username, RequireSecret(password, nameof(password)), scopes: null);
    }

    /// <summary>An OAuth 2.0 (3LO) grant. Tokens are read from and rotated into <paramref name="tokenStore"/>; share one
    /// credential object among everything that uses the same grant, so that refreshes are collapsed into one.</summary>
    /// <param name="app">The OAuth app (client id and secret).</param>
    /// <param name="tokenStore">Where the grant's tokens live; rotated refresh tokens are saved here before they are used.</param>
    /// <param name="refreshSkew">How long before expiry the access token is refreshed; 60 seconds when null, at most 30 minutes.</param>
    public static AtlassianCredential OAuth(AtlassianOAuthApp app, ITokenStore tokenStore, TimeSpan? refreshSkew = null)
        => new OAuthCredential(app, tokenStore, refreshSkew ?? TimeSpan.FromSeconds(60));

    /// <summary>A fixed Authorization header, for a product the runtime has no rules for.</summary>
    /// <param name="authorization">The header to send.</param>
    public static AtlassianCredential FromHeader(AuthenticationHeaderValue authorization)
        => new FixedHeaderCredential(authorization ?? throw new ArgumentNullException(nameof(authorization)));

    /// <summary>The header for one attempt. <paramref name="rejectedToken"/> is the token the server just refused, if any.</summary>
    internal abstract ValueTask<CredentialHeader?> GetHeaderAsync(CredentialContext context, string? rejectedToken, CancellationToken cancellationToken);

    /// <summary>The scopes the credential is known to hold, or null when unknown (then nothing is checked before sending).</summary>
    internal virtual ValueTask<IReadOnlyCollection<string>?> GetKnownScopesAsync(CredentialContext context, CancellationToken cancellationToken)
        => ValueTask.FromResult<IReadOnlyCollection<string>?>(null);

    /// <summary>
    /// Whether <paramref name="token"/> is at or near its expiry, so that a 403 or 404 for it may really mean "expired"
    /// (Atlassian's gateway has been seen answering expired OAuth tokens that way). False for credentials that do not expire.
    /// </summary>
    internal virtual bool MayHaveExpired(string token, TimeProvider timeProvider) => false;

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
