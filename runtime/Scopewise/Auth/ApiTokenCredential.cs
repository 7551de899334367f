namespace Scopewise;

/// <summary>A classic Atlassian Cloud API token: Basic <c>email:token</c> to the site.</summary>
internal sealed class ApiTokenCredential(string email, string token) : BasicCredential(email, token)
{
    public override CredentialKind Kind => CredentialKind.ApiToken;

    internal override string Description => "API token";

    internal override string AdviceWhenRefused => ApiTokenAdvice;

    /// <summary>Shared with scoped tokens, which expire and are revoked the same way.</summary>
    internal const string ApiTokenAdvice =
        " The API token is expired, revoked or wrong, or the email does not match it (tokens expire after at most a year). Create a new one at https://id.atlassian.com/manage-profile/security/api-tokens.";

    internal override void RequireUsableWith(AtlassianSite site) => RequireCloud(site);
}
