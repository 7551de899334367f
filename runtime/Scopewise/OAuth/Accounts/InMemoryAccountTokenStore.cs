using System.Collections.Concurrent;

namespace Scopewise;

/// <summary>Each user's tokens in memory, for tests and for apps whose users sign in again after a restart.</summary>
public sealed class InMemoryAccountTokenStore : IAccountTokenStore
{
    private readonly ConcurrentDictionary<string, OAuthTokens> _tokens = new(StringComparer.Ordinal);

    /// <summary>The account ids that have tokens.</summary>
    public IReadOnlyCollection<string> AccountIds => _tokens.Keys.ToArray();

    /// <inheritdoc />
    public ValueTask<OAuthTokens?> LoadAsync(string accountId, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(_tokens.GetValueOrDefault(accountId));

    /// <inheritdoc />
    public ValueTask SaveAsync(string accountId, OAuthTokens tokens, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        _tokens[accountId] = tokens ?? throw new ArgumentNullException(nameof(tokens));
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString() => $"in-memory account token store ({_tokens.Count} accounts, tokens redacted)";
}
