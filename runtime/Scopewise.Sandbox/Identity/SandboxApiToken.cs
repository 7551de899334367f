namespace Scopewise.Sandbox;

/// <summary>
/// An Atlassian API token the sandbox issued. A classic token works on the site; a scoped token works only through
/// the gateway (<c>/ex/{product}/{cloudId}</c>) and only for operations its scopes allow.
/// </summary>
public sealed class SandboxApiToken
{
    internal SandboxApiToken(SandboxUser user, string token, IReadOnlySet<string>? scopes)
    {
        User = user;
        Token = token;
        Scopes = scopes;
    }

    /// <summary>The account the token belongs to.</summary>
    public SandboxUser User { get; }

    /// <summary>The secret token value.</summary>
    public string Token { get; }

    /// <summary>The scopes of a scoped token; null for a classic (unscoped) token.</summary>
    public IReadOnlySet<string>? Scopes { get; }

    /// <summary>Whether this is a scoped token (gateway only).</summary>
    public bool IsScoped => Scopes is not null;

    /// <summary>The Authorization header value: <c>Basic base64(email:token)</c>.</summary>
    public string BasicAuthorization => Scopewise.Sandbox.BasicAuthorization.Encode(User.Email, Token);

    /// <inheritdoc />
    public override string ToString() => $"{(IsScoped ? "scoped" : "classic")} API token of {User.Email}";
}
