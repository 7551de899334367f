namespace Scopewise;

/// <summary>One account's slot of an <see cref="IAccountTokenStore"/>, as the <see cref="ITokenStore"/> an OAuth credential reads and rotates.</summary>
internal sealed class AccountTokenStoreView(IAccountTokenStore store, string accountId) : ITokenStore
{
    public ValueTask<OAuthTokens?> LoadAsync(CancellationToken cancellationToken = default) => store.LoadAsync(accountId, cancellationToken);

    public ValueTask SaveAsync(OAuthTokens tokens, CancellationToken cancellationToken = default) => store.SaveAsync(accountId, tokens, cancellationToken);

    public override string ToString() => $"{store}, account {accountId}";
}
