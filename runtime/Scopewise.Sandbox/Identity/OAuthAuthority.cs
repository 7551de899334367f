using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Scopewise.Sandbox;

/// <summary>
/// The sandbox's auth.atlassian.com: registered clients, authorization codes, grants, access tokens and rotating
/// refresh tokens. One lock guards the token state so that concurrent refreshes behave as one server would.
/// </summary>
internal sealed class OAuthAuthority
{
    private const string OfflineAccess = "offline_access";

    private readonly SandboxOptions _options;
    private readonly object _gate = new();
    private readonly ConcurrentDictionary<string, SandboxOAuthClient> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuthorizationCode> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccessToken> _accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RefreshToken> _refreshTokens = new(StringComparer.Ordinal);
    private readonly List<Grant> _grants = [];
    private int _omitRefreshTokens;

    public OAuthAuthority(SandboxOptions options)
    {
        _options = options;
    }

    private DateTimeOffset Now => _options.TimeProvider.GetUtcNow();

    public SandboxOAuthClient RegisterClient(string name, IEnumerable<string>? redirectUris)
    {
        var client = new SandboxOAuthClient(name, SecretGenerator.Create("sbx", 16), SecretGenerator.Create("ATOA", 32), redirectUris?.ToArray() ?? []);
        _clients[client.ClientId] = client;
        return client;
    }

    public void EnsureKnown(SandboxOAuthClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!_clients.TryGetValue(client.ClientId, out var known) || !ReferenceEquals(known, client))
        {
            throw new ArgumentException($"{client} was not registered with this sandbox; use sandbox.RegisterOAuthClient.", nameof(client));
        }
    }

    /// <summary>Issues a token pair as if the user had consented to <paramref name="scopes"/>.</summary>
    public SandboxOAuthTokens Issue(SandboxUser user, SandboxOAuthClient client, IEnumerable<string> scopes, TimeSpan? lifetime)
    {
        lock (_gate)
        {
            var grant = new Grant(user, client, new HashSet<string>(scopes, StringComparer.Ordinal), Now, lifetime ?? _options.AccessTokenLifetime);
            _grants.Add(grant);
            return IssuePair(grant);
        }
    }

    /// <summary>The auto-consent of <c>/authorize</c>: a single-use code for the redirect.</summary>
    public string CreateCode(SandboxOAuthClient client, SandboxUser user, IEnumerable<string> scopes, string redirectUri)
    {
        lock (_gate)
        {
            var code = SecretGenerator.Create("code-", 24);
            _codes[code] = new AuthorizationCode(client, user, new HashSet<string>(scopes, StringComparer.Ordinal), redirectUri, Now + TimeSpan.FromMinutes(10));
            return code;
        }
    }

    /// <summary>The next <paramref name="count"/> refreshes answer without a new refresh token and leave the old one valid.</summary>
    public void OmitRefreshTokenNext(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            _omitRefreshTokens = count;
        }
    }

    public SandboxOAuthClient? FindClient(string? clientId) => clientId is null ? null : _clients.GetValueOrDefault(clientId);

    /// <summary>The <c>authorization_code</c> grant of <c>POST /oauth/token</c>.</summary>
    public TokenEndpointResult ExchangeCode(string? clientId, string? clientSecret, string? code, string? redirectUri)
    {
        if (Authenticate(clientId, clientSecret) is not { } client)
        {
            return TokenEndpointResult.AccessDenied();
        }

        lock (_gate)
        {
            if (code is null || !_codes.Remove(code, out var stored) || stored.Client != client || stored.ExpiresAt <= Now
                || !string.Equals(stored.RedirectUri, redirectUri, StringComparison.Ordinal))
            {
                return TokenEndpointResult.Error(403, "invalid_grant", "Invalid authorization code");
            }

            var grant = new Grant(stored.User, client, stored.Scopes, Now, _options.AccessTokenLifetime);
            _grants.Add(grant);
            return TokenEndpointResult.Success(IssuePair(grant), Now);
        }
    }

    /// <summary>The <c>refresh_token</c> grant: rotates the refresh token; the old one works for the reuse interval only.</summary>
    public TokenEndpointResult Refresh(string? clientId, string? clientSecret, string? refreshToken)
    {
        if (Authenticate(clientId, clientSecret) is not { } client)
        {
            return TokenEndpointResult.AccessDenied();
        }

        lock (_gate)
        {
            var now = Now;
            if (refreshToken is null || !_refreshTokens.TryGetValue(refreshToken, out var stored) || stored.Grant.Client != client
                || now >= stored.Grant.FirstGrantedAt + _options.RefreshTokenAbsoluteLifetime
                || now >= stored.LastUsedAt + _options.RefreshTokenInactivityLifetime
                || (stored.SpentAt is { } spent && now >= spent + _options.RefreshTokenReuseInterval))
            {
                return TokenEndpointResult.Error(403, "invalid_grant", "Unknown or invalid refresh token.");
            }

            // Atlassian occasionally answers a refresh without refresh_token; the client must keep the old one, which stays valid.
            var omitRefreshToken = _omitRefreshTokens > 0;
            if (omitRefreshToken)
            {
                _omitRefreshTokens--;
            }
            else
            {
                stored.SpentAt ??= now;
            }

            stored.Grant.Refreshes++;
            if (_options.RevokeAccessTokenOnRefresh)
            {
                foreach (var access in _accessTokens.Values.Where(a => a.Grant == stored.Grant))
                {
                    access.Revoked = true;
                }
            }

            return TokenEndpointResult.Success(IssuePair(stored.Grant, includeRefreshToken: !omitRefreshToken), now);
        }
    }

    /// <summary>Checks a bearer access token: the principal, or why it is refused.</summary>
    public AccessTokenCheck CheckAccessToken(string token)
    {
        lock (_gate)
        {
            if (!_accessTokens.TryGetValue(token, out var access) || access.Revoked)
            {
                return new AccessTokenCheck(null, Expired: false);
            }

            if (Now >= access.ExpiresAt)
            {
                return new AccessTokenCheck(null, Expired: true);
            }

            return new AccessTokenCheck(new Principal(access.Grant.User, CredentialKind.OAuthAccessToken, access.Grant.Scopes), Expired: false);
        }
    }

    private SandboxOAuthClient? Authenticate(string? clientId, string? clientSecret)
        => FindClient(clientId) is { } client && string.Equals(client.ClientSecret, clientSecret, StringComparison.Ordinal) ? client : null;

    private SandboxOAuthTokens IssuePair(Grant grant, bool includeRefreshToken = true)
    {
        var now = Now;
        var access = new AccessToken(grant, now + grant.AccessTokenLifetime);
        var accessValue = SecretGenerator.Create("eyJsandbox.", 32);
        _accessTokens[accessValue] = access;
        string? refreshValue = null;
        if (includeRefreshToken && grant.Scopes.Contains(OfflineAccess))
        {
            refreshValue = SecretGenerator.Create("eyJrefresh.", 32);
            _refreshTokens[refreshValue] = new RefreshToken(grant, now);
        }

        return new SandboxOAuthTokens(accessValue, refreshValue, access.ExpiresAt, grant.Scopes);
    }

    private sealed record AuthorizationCode(SandboxOAuthClient Client, SandboxUser User, IReadOnlySet<string> Scopes, string RedirectUri, DateTimeOffset ExpiresAt);

    /// <summary>What the sandbox issued: every grant, oldest first, with its refresh count (for tests that check rotation).</summary>
    public IReadOnlyList<SandboxGrantReport> Grants()
    {
        lock (_gate)
        {
            return _grants.Select((grant, index) =>
            {
                var tokens = _refreshTokens.Values.Where(t => t.Grant == grant).ToList();
                return new SandboxGrantReport(GrantId(index), grant.User.Email, grant.Client.ClientId, grant.Scopes.Order(StringComparer.Ordinal).ToArray(), grant.FirstGrantedAt, grant.Refreshes, tokens.Count, tokens.Count(t => t.SpentAt is not null));
            }).ToArray();
        }
    }

    /// <summary>Whether a refresh token is known, spent, and would still be accepted now, and why not.</summary>
    public SandboxRefreshTokenState DescribeRefreshToken(string refreshToken)
    {
        lock (_gate)
        {
            if (!_refreshTokens.TryGetValue(refreshToken, out var stored))
            {
                return new SandboxRefreshTokenState(false, null, null, false, null, false, "The sandbox never issued this refresh token.");
            }

            var now = Now;
            var refusal = now >= stored.Grant.FirstGrantedAt + _options.RefreshTokenAbsoluteLifetime ? $"The grant is older than {_options.RefreshTokenAbsoluteLifetime.TotalDays:0} days (absolute lifetime)."
                : now >= stored.LastUsedAt + _options.RefreshTokenInactivityLifetime ? $"Unused for {_options.RefreshTokenInactivityLifetime.TotalDays:0} days or more (inactivity lifetime)."
                : stored.SpentAt is { } spent && now >= spent + _options.RefreshTokenReuseInterval ? $"Spent, and the reuse interval of {_options.RefreshTokenReuseInterval.TotalMinutes:0.##} minutes has passed."
                : null;
            return new SandboxRefreshTokenState(true, GrantId(_grants.IndexOf(stored.Grant)), stored.LastUsedAt, stored.SpentAt is not null, stored.SpentAt, refusal is null, refusal);
        }
    }

    private static string GrantId(int index) => "grant-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Grant(SandboxUser User, SandboxOAuthClient Client, IReadOnlySet<string> Scopes, DateTimeOffset FirstGrantedAt, TimeSpan AccessTokenLifetime)
    {
        /// <summary>Successful refreshes of this grant.</summary>
        public int Refreshes { get; set; }
    }

    private sealed class AccessToken(Grant grant, DateTimeOffset expiresAt)
    {
        public Grant Grant { get; } = grant;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public bool Revoked { get; set; }
    }

    private sealed class RefreshToken(Grant grant, DateTimeOffset issuedAt)
    {
        public Grant Grant { get; } = grant;

        /// <summary>When the token was issued; the inactivity clock starts here and restarts with each new token.</summary>
        public DateTimeOffset LastUsedAt { get; } = issuedAt;

        /// <summary>When the token was first used to refresh; from then on only the reuse interval keeps it alive.</summary>
        public DateTimeOffset? SpentAt { get; set; }
    }
}

/// <summary>The result of checking an access token.</summary>
internal sealed record AccessTokenCheck(Principal? Principal, bool Expired);

/// <summary>What <c>POST /oauth/token</c> answers: status and JSON body.</summary>
internal sealed record TokenEndpointResult(int StatusCode, JsonObject Body)
{
    public static TokenEndpointResult Success(SandboxOAuthTokens tokens, DateTimeOffset now)
    {
        var body = new JsonObject
        {
            ["access_token"] = tokens.AccessToken,
            ["expires_in"] = (long)Math.Round((tokens.ExpiresAt - now).TotalSeconds),
            ["token_type"] = "Bearer",
            ["scope"] = string.Join(' ', tokens.Scopes.Order(StringComparer.Ordinal)),
        };
        if (tokens.RefreshToken is not null)
        {
            body["refresh_token"] = tokens.RefreshToken;
        }

        return new TokenEndpointResult(200, body);
    }

    public static TokenEndpointResult Error(int status, string error, string description)
        => new(status, new JsonObject { ["error"] = error, ["error_description"] = description });

    /// <summary>A wrong client id or secret (reported by clients as 401 access_denied).</summary>
    public static TokenEndpointResult AccessDenied() => Error(401, "access_denied", "Unauthorized");
}
