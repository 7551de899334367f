using System.Collections.Concurrent;

namespace Scopewise.Sandbox;

/// <summary>Users, API tokens and personal access tokens of one sandbox. Thread-safe.</summary>
internal sealed class IdentityRegistry
{
    private readonly ConcurrentDictionary<string, SandboxUser> _usersByAccountId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SandboxApiToken> _apiTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SandboxPersonalAccessToken> _personalAccessTokens = new(StringComparer.Ordinal);
    private int _nextUser;

    public IEnumerable<SandboxUser> Users => _usersByAccountId.Values.OrderBy(u => u.AccountId, StringComparer.Ordinal);

    public SandboxUser CreateUser(string displayName, string? email, string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            throw new ArgumentException("Give the user a display name, for example \"Ada Lovelace\".", nameof(displayName));
        }

        var number = Interlocked.Increment(ref _nextUser);
        var slug = new string(displayName.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
        slug = slug.Length == 0 ? "user" + number : slug;
        email ??= slug + "@example.com";
        userName ??= slug;
        if (_usersByAccountId.Values.Any(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase) || string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"A user with e-mail '{email}' or user name '{userName}' already exists; pass a different email or userName.", nameof(email));
        }

        var user = new SandboxUser($"557058:{Guid.NewGuid():D}", displayName, email, userName, password);
        _usersByAccountId[user.AccountId] = user;
        return user;
    }

    public SandboxUser? FindByAccountId(string accountId) => _usersByAccountId.GetValueOrDefault(accountId);

    public SandboxApiToken IssueApiToken(SandboxUser user, IEnumerable<string>? scopes)
    {
        EnsureKnown(user);
        var scopeSet = scopes is null ? null : new HashSet<string>(scopes, StringComparer.Ordinal);
        var token = new SandboxApiToken(user, SecretGenerator.Create("ATATT3x"), scopeSet);
        _apiTokens[token.Token] = token;
        return token;
    }

    public SandboxPersonalAccessToken IssuePersonalAccessToken(SandboxUser user)
    {
        EnsureKnown(user);
        var token = new SandboxPersonalAccessToken(user, SecretGenerator.Create("NjQ", 33));
        _personalAccessTokens[token.Token] = token;
        return token;
    }

    public bool RevokeApiToken(SandboxApiToken token) => _apiTokens.TryRemove(token.Token, out _);

    /// <summary>Finds the API token for <c>email:token</c>; the e-mail must be the token owner's, as at Atlassian.</summary>
    public SandboxApiToken? FindApiToken(string email, string token)
        => _apiTokens.TryGetValue(token, out var found) && string.Equals(found.User.Email, email, StringComparison.OrdinalIgnoreCase) ? found : null;

    public SandboxPersonalAccessToken? FindPersonalAccessToken(string token) => _personalAccessTokens.GetValueOrDefault(token);

    /// <summary>Finds the user whose user name (or e-mail) and password match.</summary>
    public SandboxUser? FindByPassword(string user, string password)
        => _usersByAccountId.Values.FirstOrDefault(u => u.Password is not null
            && (string.Equals(u.UserName, user, StringComparison.OrdinalIgnoreCase) || string.Equals(u.Email, user, StringComparison.OrdinalIgnoreCase))
            && string.Equals(u.Password, password, StringComparison.Ordinal));

    public void EnsureKnown(SandboxUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!_usersByAccountId.TryGetValue(user.AccountId, out var known) || !ReferenceEquals(known, user))
        {
            throw new ArgumentException($"User '{user.DisplayName}' was not created by this sandbox; create users with sandbox.CreateUser.", nameof(user));
        }
    }
}
