using System.Net.Http.Headers;

namespace Scopewise;

/// <summary>
/// One OAuth 2.0 (3LO) grant: the current token pair, refreshed ahead of expiry. All refreshes of the grant run as one
/// shared flight, so N concurrent calls at expiry make one refresh; the rotated pair is saved to the store before the new
/// access token is handed out, and a pair that could not be saved is kept and saved again before anything else.
/// </summary>
internal sealed class OAuthCredential : OAuthTokenCredential
{
    private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(30);
    private readonly ITokenStore _store;
    private readonly TimeSpan _skew;
    private readonly object _sync = new();
    private OAuthTokens? _current;
    private OAuthTokens? _unsaved;
    private Task<OAuthTokens>? _flight;
    private HeaderForTokens? _header;

    public OAuthCredential(AtlassianOAuthApp app, ITokenStore store, TimeSpan skew)
        : base(app)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        if (skew < TimeSpan.Zero || skew > MaxSkew)
        {
            // Atlassian access tokens live an hour; a skew near that would refresh on every call.
            throw new ArgumentOutOfRangeException(nameof(skew), skew, $"The refresh skew must be between zero and {MaxSkew.TotalMinutes:0} minutes (access tokens live one hour).");
        }

        _skew = skew;
    }

    public override CredentialKind Kind => CredentialKind.OAuth;

    internal override string Description => "OAuth 2.0 token";

    internal override string AdviceWhenRefused => " The OAuth access token was refused even after a refresh; consent may have been revoked. Authorize again.";

    /// <summary>How many refreshes this grant has made (for logs and tests).</summary>
    public int RefreshCount;

    internal override async ValueTask<CredentialHeader?> GetHeaderAsync(CredentialContext context, string? rejectedToken, CancellationToken cancellationToken)
    {
        var tokens = await GetTokensAsync(context, rejectedToken, cancellationToken).ConfigureAwait(false);

        // One header per token pair, not per call: the access token lives an hour and every call in it sends the same header.
        if (Volatile.Read(ref _header) is { } known && ReferenceEquals(known.Tokens, tokens))
        {
            return known.Header;
        }

        var header = new CredentialHeader(new AuthenticationHeaderValue("Bearer", tokens.AccessToken), tokens.AccessToken);
        Volatile.Write(ref _header, new HeaderForTokens(tokens, header));
        return header;
    }

    internal override async ValueTask<IReadOnlyCollection<string>?> GetKnownScopesAsync(CredentialContext context, CancellationToken cancellationToken)
    {
        var tokens = await GetTokensAsync(context, rejectedToken: null, cancellationToken).ConfigureAwait(false);
        return tokens.Scopes.Count == 0 ? null : tokens.Scopes;
    }

    public async ValueTask<OAuthTokens> GetTokensAsync(CredentialContext context, string? rejectedToken, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && IsUsable(current, rejectedToken, context.TimeProvider))
        {
            return current;
        }

        Task<OAuthTokens> flight;
        lock (_sync)
        {
            if (_flight is null || _flight.IsCompleted)
            {
                // The flight runs detached from any one caller's cancellation: a refresh Atlassian has already answered
                // must still reach the store, or the rotated refresh token would be lost.
                _flight = Task.Run(() => RefreshFlightAsync(context, rejectedToken), CancellationToken.None);
            }

            flight = _flight;
        }

        return await flight.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private protected override bool IsNearExpiry(string token, TimeProvider timeProvider)
        => Volatile.Read(ref _current) is { } current
            && string.Equals(current.AccessToken, token, StringComparison.Ordinal)
            && current.ExpiresAt - timeProvider.GetUtcNow() <= _skew + _skew;

    private bool IsUsable(OAuthTokens tokens, string? rejectedToken, TimeProvider time)
        => !string.Equals(tokens.AccessToken, rejectedToken, StringComparison.Ordinal)
            && time.GetUtcNow() < tokens.ExpiresAt - _skew;

    private async Task<OAuthTokens> RefreshFlightAsync(CredentialContext context, string? rejectedToken)
    {
        var time = context.TimeProvider;

        // A pair that was refreshed but could not be saved goes to the store before anything uses it.
        if (_unsaved is { } pending)
        {
            await SaveAsync(pending).ConfigureAwait(false);
            _unsaved = null;
            Volatile.Write(ref _current, pending);
        }

        var current = Volatile.Read(ref _current);
        if (current is not null && IsUsable(current, rejectedToken, time))
        {
            return current;
        }

        // Another process, or another credential object on the same store, may have refreshed already.
        var stored = await _store.LoadAsync(CancellationToken.None).ConfigureAwait(false);
        if (stored is null && current is null)
        {
            throw new ReauthorizationRequiredException(
                $"The token store {_store} holds no OAuth tokens. Authorize first (for example with LoopbackAuthorization.AuthorizeAsync) and save the tokens to this store.");
        }

        if (stored is not null && (current is null || !string.Equals(stored.AccessToken, current.AccessToken, StringComparison.Ordinal) || !string.Equals(stored.RefreshToken, current.RefreshToken, StringComparison.Ordinal)))
        {
            current = stored;
            Volatile.Write(ref _current, current);
            if (IsUsable(current, rejectedToken, time))
            {
                return current;
            }
        }

        if (current!.RefreshToken is null)
        {
            throw new ReauthorizationRequiredException(
                "The OAuth access token has expired and there is no refresh token (the grant lacked the offline_access scope). Add offline_access to the scopes and authorize again.");
        }

        var fresh = await App.RefreshAsync(current, context.HttpClient(), time, CancellationToken.None).ConfigureAwait(false);
        Interlocked.Increment(ref RefreshCount);
        try
        {
            await SaveAsync(fresh).ConfigureAwait(false);
        }
        catch (TokenStoreException)
        {
            // Atlassian has already disabled the old refresh token: keep the new pair and save it before the next use.
            _unsaved = fresh;
            throw;
        }

        Volatile.Write(ref _current, fresh);
        context.Diagnostics.TokenRefreshed(fresh.ExpiresAt);
        return fresh;
    }

    private async Task SaveAsync(OAuthTokens tokens)
    {
        try
        {
            await _store.SaveAsync(tokens, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TokenStoreException)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new TokenStoreException($"Saving the rotated OAuth tokens to {_store} failed ({ex.GetType().Name}: {ex.Message}). The new tokens are kept in memory and saved before they are used.", ex);
        }
    }

    public override string ToString() => $"OAuth (client {App.ClientId}, tokens redacted)";

    private sealed record HeaderForTokens(OAuthTokens Tokens, CredentialHeader Header)
    {
        public override string ToString() => "header for the current tokens (redacted)";
    }
}
