using System.Collections.Concurrent;

namespace Scopewise.Sandbox;

/// <summary>
/// The sandbox's service accounts and their <c>client_credentials</c> grant. Tokens are issued by the same
/// <see cref="OAuthAuthority"/> as 3LO tokens (without <c>offline_access</c>, so without a refresh token), so the
/// gateway authenticates them and checks their scopes the same way.
/// </summary>
internal sealed class ServiceAccountRegistry(OAuthAuthority authority, SandboxOptions options)
{
    private const string OfflineAccess = "offline_access";
    private readonly ConcurrentDictionary<string, SandboxServiceAccount> _accounts = new(StringComparer.Ordinal);

    public SandboxServiceAccount Create(SandboxUser user, IEnumerable<string> scopes)
    {
        var fixedScopes = new HashSet<string>(scopes.Where(s => !string.Equals(s, OfflineAccess, StringComparison.Ordinal)), StringComparer.Ordinal);
        var client = authority.RegisterClient($"service account {user.DisplayName}", redirectUris: null);
        var account = new SandboxServiceAccount(user, client, fixedScopes);
        _accounts[client.ClientId] = account;
        return account;
    }

    /// <summary>The <c>client_credentials</c> grant of <c>POST /oauth/token</c>: a wrong id or secret is 401 <c>access_denied</c>, as for 3LO apps.</summary>
    public TokenEndpointResult IssueToken(string? clientId, string? clientSecret)
    {
        if (clientId is null || !_accounts.TryGetValue(clientId, out var account)
            || !string.Equals(account.ClientSecret, clientSecret, StringComparison.Ordinal))
        {
            return TokenEndpointResult.AccessDenied();
        }

        var tokens = authority.Issue(account.User, account.Client, account.Scopes, lifetime: null);
        return TokenEndpointResult.Success(tokens, options.TimeProvider.GetUtcNow());
    }
}
