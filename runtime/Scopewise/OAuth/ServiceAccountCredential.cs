using System.Net.Http.Headers;

namespace Scopewise;

/// <summary>
/// A Cloud service account's OAuth 2.0 credential: <c>client_credentials</c> access tokens, fetched on first use and
/// again within the skew of their expiry (or after the gateway refused one), in a single flight; no refresh token, no
/// token store. The cloud id comes from the site's tenant_info, which needs no credential: no source shows the
/// accessible-resources list answering a client-credentials token.
/// </summary>
internal sealed class ServiceAccountCredential : OAuthTokenCredential
{
    private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(30);
    private readonly TimeSpan _skew;
    private readonly object _sync = new();
    private Current? _current;
    private Task<Current>? _flight;

    public ServiceAccountCredential(AtlassianOAuthApp app, TimeSpan skew)
        : base(app)
    {
        if (skew < TimeSpan.Zero || skew > MaxSkew)
        {
            throw new ArgumentOutOfRangeException(nameof(skew), skew, $"The refresh skew must be between zero and {MaxSkew.TotalMinutes:0} minutes (access tokens live one hour).");
        }

        _skew = skew;
    }

    public override CredentialKind Kind => CredentialKind.ServiceAccount;

    internal override string Description => "service account OAuth 2.0 credential";

    internal override string AdviceWhenRefused =>
        " The service account's access token was refused even after a new one was fetched: the credential may have been revoked, or the account has no access to this product. Check it in Atlassian Administration > Directory > Service accounts.";

    /// <summary>How many tokens the credential has fetched (for logs and tests).</summary>
    public int FetchCount;

    internal override Task<string> DiscoverCloudIdAsync(CloudIdLookup lookup, CredentialContext context)
        => lookup.FromTenantInfoAsync(context);

    internal override async ValueTask<CredentialHeader?> GetHeaderAsync(CredentialContext context, string? rejectedToken, CancellationToken cancellationToken)
        => (await GetCurrentAsync(context, rejectedToken, cancellationToken).ConfigureAwait(false)).Header;

    internal override async ValueTask<IReadOnlyCollection<string>?> GetKnownScopesAsync(CredentialContext context, CancellationToken cancellationToken)
    {
        var tokens = (await GetCurrentAsync(context, rejectedToken: null, cancellationToken).ConfigureAwait(false)).Tokens;
        return tokens.Scopes.Count == 0 ? null : tokens.Scopes;
    }

    private protected override bool IsNearExpiry(string token, TimeProvider timeProvider)
        => Volatile.Read(ref _current) is { } current
            && string.Equals(current.Tokens.AccessToken, token, StringComparison.Ordinal)
            && current.Tokens.ExpiresAt - timeProvider.GetUtcNow() <= _skew + _skew;

    private async ValueTask<Current> GetCurrentAsync(CredentialContext context, string? rejectedToken, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is { } current && IsUsable(current, rejectedToken, context.TimeProvider))
        {
            return current;
        }

        Task<Current> flight;
        lock (_sync)
        {
            if (_flight is null || _flight.IsCompleted)
            {
                // Detached from any one caller's cancellation: the other callers waiting on it still want the token.
                _flight = Task.Run(() => FetchAsync(context, rejectedToken), CancellationToken.None);
            }

            flight = _flight;
        }

        return await flight.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Current> FetchAsync(CredentialContext context, string? rejectedToken)
    {
        // A caller that queued behind a flight that has just finished finds the fresh token here.
        if (Volatile.Read(ref _current) is { } current && IsUsable(current, rejectedToken, context.TimeProvider))
        {
            return current;
        }

        var tokens = await App.RequestClientCredentialsAsync(context.HttpClient(), context.TimeProvider, CancellationToken.None).ConfigureAwait(false);
        Interlocked.Increment(ref FetchCount);
        var fresh = new Current(tokens, new CredentialHeader(new AuthenticationHeaderValue("Bearer", tokens.AccessToken), tokens.AccessToken));
        Volatile.Write(ref _current, fresh);
        context.Diagnostics.TokenRefreshed(tokens.ExpiresAt);
        return fresh;
    }

    private bool IsUsable(Current current, string? rejectedToken, TimeProvider time)
        => !string.Equals(current.Tokens.AccessToken, rejectedToken, StringComparison.Ordinal)
            && time.GetUtcNow() < current.Tokens.ExpiresAt - _skew;

    public override string ToString() => $"ServiceAccount (client {App.ClientId}, secret redacted)";

    /// <summary>The current token and its header, formatted once per token.</summary>
    private sealed record Current(OAuthTokens Tokens, CredentialHeader Header)
    {
        public override string ToString() => "service account token (redacted)";
    }
}
