using System.Net;

namespace Scopewise;

/// <summary>
/// What the OAuth 2.0 kinds (3LO grants and service accounts) share: a short-lived Bearer token from Atlassian's token
/// endpoint, sent to the gateway with a cloud id found in the token's accessible resources, and worth one fresh token
/// when the gateway refuses it as if it had expired.
/// </summary>
internal abstract class OAuthTokenCredential(AtlassianOAuthApp app) : AtlassianCredential
{
    public AtlassianOAuthApp App { get; } = app ?? throw new ArgumentNullException(nameof(app));

    public override string? Scheme => "Bearer";

    private protected override bool GoesThroughGateway => true;

    internal override void RequireUsableWith(AtlassianSite site) => RequireCloud(site);

    internal override void RequireSecureEndpoints() => TransportGuard.RequireSecureForSecrets(App.AuthorizationServer, "the OAuth authorization server");

    internal override Task<string> DiscoverCloudIdAsync(CloudIdLookup lookup, CredentialContext context)
        => lookup.FromAccessibleResourcesAsync(this, context);

    internal override bool MayBeCuredByFreshToken(HttpResponseMessage response, CredentialHeader sent, TimeProvider timeProvider)
        => response.StatusCode switch
        {
            // A missing scope stays missing however fresh the token.
            HttpStatusCode.Unauthorized => !ResponseHeaders.IsScopeCheckFailure(response),

            // The gateway has been seen answering an expired token with 404 (v2) or 403 (v1): worth it only near expiry.
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound => IsNearExpiry(sent.Token, timeProvider),
            _ => false,
        };

    /// <summary>Whether <paramref name="token"/> is the current token and at or near its expiry.</summary>
    private protected abstract bool IsNearExpiry(string token, TimeProvider timeProvider);
}
