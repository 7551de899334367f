namespace Scopewise;

/// <summary>
/// Where an OAuth grant's tokens live between calls and between runs. The runtime saves a rotated token pair here
/// before it sends the new tokens anywhere, because Atlassian disables the previous refresh token on every refresh.
/// </summary>
public interface ITokenStore
{
    /// <summary>Reads the current token pair, or null when the store is empty.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<OAuthTokens?> LoadAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the stored token pair. Must not return before the tokens are durable.</summary>
    /// <param name="tokens">The new tokens.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask SaveAsync(OAuthTokens tokens, CancellationToken cancellationToken = default);
}
