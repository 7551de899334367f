using System.Text.Json.Serialization;

namespace Scopewise;

// The JSON shapes the runtime itself reads and writes (token endpoint, cloud id endpoints, token file).
// Source-generated through ScopewiseJsonContext so the runtime stays trimming- and AOT-safe.

internal sealed class TokenRequestBody
{
    [JsonPropertyName("grant_type")]
    public required string GrantType { get; init; }

    [JsonPropertyName("client_id")]
    public required string ClientId { get; init; }

    [JsonPropertyName("client_secret")]
    public required string ClientSecret { get; init; }

    [JsonPropertyName("code")]
    public string? Code { get; init; }

    [JsonPropertyName("redirect_uri")]
    public string? RedirectUri { get; init; }

    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }
}

internal sealed class TokenResponseBody
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; init; }

    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }
}

internal sealed class TokenErrorBody
{
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; init; }
}

internal sealed class AccessibleResourceBody
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("url")]
    public string? Url { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("scopes")]
    public List<string>? Scopes { get; init; }
}

internal sealed class TenantInfoBody
{
    [JsonPropertyName("cloudId")]
    public string? CloudId { get; init; }
}

internal sealed class StoredTokensBody
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    [JsonPropertyName("expires_at")]
    public DateTimeOffset ExpiresAt { get; init; }

    [JsonPropertyName("scopes")]
    public List<string>? Scopes { get; init; }
}

/// <summary>The identity endpoint's answer (<c>GET https://api.atlassian.com/me</c>): whose a 3LO token is.</summary>
internal sealed class MeBody
{
    [JsonPropertyName("account_id")]
    public string? AccountId { get; init; }
}
