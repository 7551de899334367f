namespace Scopewise;

/// <summary>One OAuth 2.0 token pair and what Atlassian said about it. <see cref="ToString"/> never shows the tokens.</summary>
public sealed class OAuthTokens
{
    /// <summary>Creates a token pair.</summary>
    /// <param name="accessToken">The access token (sent as Bearer).</param>
    /// <param name="refreshToken">The refresh token; null when the grant did not include <c>offline_access</c>.</param>
    /// <param name="expiresAt">When the access token expires.</param>
    /// <param name="scopes">The scopes the token holds, when the token endpoint said; empty when unknown.</param>
    public OAuthTokens(string accessToken, string? refreshToken, DateTimeOffset expiresAt, IEnumerable<string>? scopes = null)
    {
        if (string.IsNullOrWhiteSpace(accessToken))
        {
            throw new ArgumentException("The access token is empty.", nameof(accessToken));
        }

        AccessToken = accessToken;
        RefreshToken = string.IsNullOrWhiteSpace(refreshToken) ? null : refreshToken;
        ExpiresAt = expiresAt;
        Scopes = scopes?.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).ToArray() ?? [];
    }

    /// <summary>The access token.</summary>
    public string AccessToken { get; }

    /// <summary>The refresh token, or null.</summary>
    public string? RefreshToken { get; }

    /// <summary>When the access token expires.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>The scopes the token holds; empty when unknown.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <inheritdoc />
    public override string ToString()
        => $"OAuthTokens(access token ***, refresh token {(RefreshToken is null ? "none" : "***")}, expires {ExpiresAt:O}, scopes: {(Scopes.Count == 0 ? "unknown" : string.Join(' ', Scopes))})";
}
