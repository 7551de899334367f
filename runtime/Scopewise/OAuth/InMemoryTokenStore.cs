namespace Scopewise;

/// <summary>Keeps tokens in memory only: for tests and for apps that keep tokens elsewhere and seed them here.</summary>
public sealed class InMemoryTokenStore : ITokenStore
{
    private OAuthTokens? _tokens;

    /// <summary>Creates a store, optionally holding <paramref name="tokens"/>.</summary>
    /// <param name="tokens">The initial tokens.</param>
    public InMemoryTokenStore(OAuthTokens? tokens = null)
    {
        _tokens = tokens;
    }

    /// <summary>The tokens held now.</summary>
    public OAuthTokens? Current => Volatile.Read(ref _tokens);

    /// <inheritdoc />
    public ValueTask<OAuthTokens?> LoadAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Current);

    /// <inheritdoc />
    public ValueTask SaveAsync(OAuthTokens tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Volatile.Write(ref _tokens, tokens);
        return ValueTask.CompletedTask;
    }
}
