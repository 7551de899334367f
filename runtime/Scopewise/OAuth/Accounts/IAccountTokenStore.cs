namespace Scopewise;

/// <summary>
/// Where a multi-user app keeps each user's OAuth tokens, keyed by Atlassian account id (one registered app, one grant
/// per user). Like <see cref="ITokenStore"/>, a rotated pair is saved here before the new access token is used.
/// </summary>
public interface IAccountTokenStore
{
    /// <summary>Reads the token pair of <paramref name="accountId"/>, or null when the user has not signed in.</summary>
    /// <param name="accountId">The Atlassian account id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<OAuthTokens?> LoadAsync(string accountId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the token pair of <paramref name="accountId"/>. Must not return before the tokens are durable.</summary>
    /// <param name="accountId">The Atlassian account id.</param>
    /// <param name="tokens">The new tokens.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask SaveAsync(string accountId, OAuthTokens tokens, CancellationToken cancellationToken = default);
}
