namespace Scopewise.Sandbox;

/// <summary>An OAuth 2.0 token pair the sandbox issued directly (as if the user had consented and the code been exchanged).</summary>
public sealed class SandboxOAuthTokens
{
    internal SandboxOAuthTokens(string accessToken, string? refreshToken, DateTimeOffset expiresAt, IReadOnlySet<string> scopes)
    {
        AccessToken = accessToken;
        RefreshToken = refreshToken;
        ExpiresAt = expiresAt;
        Scopes = scopes;
    }

    /// <summary>The access token (send as <c>Bearer</c> to the gateway).</summary>
    public string AccessToken { get; }

    /// <summary>The refresh token; null unless the scopes include <c>offline_access</c>.</summary>
    public string? RefreshToken { get; }

    /// <summary>When the access token stops working, by the sandbox's clock.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>The granted scopes.</summary>
    public IReadOnlySet<string> Scopes { get; }

    /// <summary>The Authorization header value: <c>Bearer access_token</c>.</summary>
    public string BearerAuthorization => "Bearer " + AccessToken;

    /// <inheritdoc />
    public override string ToString() => $"OAuth tokens ({string.Join(' ', Scopes)}), expire {ExpiresAt:O}";
}
