using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Scopewise;

/// <summary>
/// Individual access for a multi-user app: one registered OAuth 2.0 (3LO) app, one grant per Atlassian account, the
/// tokens in an <see cref="IAccountTokenStore"/> keyed by account id, and one credential per user, so that Atlassian
/// applies each user's own permissions. Sign a user in with <see cref="AtlassianOAuthApp.CreateAuthorizationRequest(IEnumerable{string}, Uri)"/>
/// (ask for <c>read:me</c> too) and <see cref="CompleteSignInAsync"/> on the callback; then call with
/// <see cref="GetCredential"/> of the signed-in account.
/// </summary>
public sealed class OAuthAccounts
{
    private readonly IAccountTokenStore _store;
    private readonly AtlassianEndpoints _endpoints;
    private readonly TimeSpan? _refreshSkew;
    private readonly ConcurrentDictionary<string, AtlassianCredential> _credentials = new(StringComparer.Ordinal);

    /// <summary>Creates the set of accounts of one app.</summary>
    /// <param name="app">The registered app.</param>
    /// <param name="store">Where each account's tokens live.</param>
    /// <param name="endpoints">The gateway that answers <c>/me</c>; <see cref="AtlassianEndpoints.Default"/> when null (a sandbox in tests).</param>
    /// <param name="refreshSkew">How long before expiry access tokens are refreshed; see <see cref="AtlassianCredential.OAuth"/>.</param>
    public OAuthAccounts(AtlassianOAuthApp app, IAccountTokenStore store, AtlassianEndpoints? endpoints = null, TimeSpan? refreshSkew = null)
    {
        App = app ?? throw new ArgumentNullException(nameof(app));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _endpoints = endpoints ?? AtlassianEndpoints.Default;
        _refreshSkew = refreshSkew;
        TransportGuard.RequireSecureForSecrets(_endpoints.Gateway, "the API gateway");
    }

    /// <summary>The app the users consent to.</summary>
    public AtlassianOAuthApp App { get; }

    /// <summary>
    /// The callback step: trades the code for the user's tokens, asks the gateway's <c>/me</c> whose they are (the grant
    /// needs the <c>read:me</c> scope), saves them under that account id and returns it. Compare the callback's
    /// <c>state</c> with the one you issued before calling this.
    /// </summary>
    /// <param name="code">The <c>code</c> of the callback.</param>
    /// <param name="redirectUri">The callback URL, exactly as in the authorize URL.</param>
    /// <param name="httpClient">Sends the <c>/me</c> call (its timeout also bounds the code exchange); a shared one when null.</param>
    /// <param name="timeProvider">The clock for the tokens' expiry; the system clock when null.</param>
    /// <param name="cancellationToken">Cancels the sign-in.</param>
    /// <returns>The signed-in user's Atlassian account id.</returns>
    /// <exception cref="OAuthException">The code was refused, or <c>/me</c> did not say whose the tokens are.</exception>
    public async Task<string> CompleteSignInAsync(string code, Uri redirectUri, HttpClient? httpClient = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        var tokens = await App.ExchangeCodeAsync(code, redirectUri, httpClient, timeProvider, cancellationToken).ConfigureAwait(false);
        var accountId = await GetAccountIdAsync(tokens, httpClient ?? SharedClient.Value, cancellationToken).ConfigureAwait(false);
        await _store.SaveAsync(accountId, tokens, cancellationToken).ConfigureAwait(false);
        return accountId;
    }

    /// <summary>
    /// The credential of one signed-in user, the same object on every call for that account so that its refreshes are
    /// one flight. A call with it before the user signed in fails with <see cref="ReauthorizationRequiredException"/>.
    /// </summary>
    /// <param name="accountId">The Atlassian account id <see cref="CompleteSignInAsync"/> returned.</param>
    public AtlassianCredential GetCredential(string accountId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        return _credentials.GetOrAdd(accountId, id => AtlassianCredential.OAuth(App, new AccountTokenStoreView(_store, id), _refreshSkew));
    }

    private static readonly Lazy<HttpClient> SharedClient = new(ApiConnection.CreateHttpClient);

    private async Task<string> GetAccountIdAsync(OAuthTokens tokens, HttpClient httpClient, CancellationToken cancellationToken)
    {
        var uri = UriPaths.Append(_endpoints.Gateway, "/me");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        MeBody? me = null;
        if (response.IsSuccessStatusCode)
        {
            try
            {
                me = JsonSerializer.Deserialize(bytes, ScopewiseJsonContext.Default.MeBody);
            }
            catch (JsonException)
            {
                me = null;
            }
        }

        return string.IsNullOrWhiteSpace(me?.AccountId)
            ? throw new OAuthException(
                $"Could not tell whose tokens these are: {uri} answered {(int)response.StatusCode} {response.ReasonPhrase} without an account_id. Add the read:me scope to the authorize request and sign in again.",
                null, null, response.StatusCode)
            : me.AccountId;
    }

    /// <inheritdoc />
    public override string ToString() => $"OAuthAccounts({App}, {_store})";
}
