using System.Net.Http.Headers;

namespace Scopewise;

/// <summary>A Data Center personal access token: a fixed Bearer token to the Data Center host. Cloud has no such tokens.</summary>
internal sealed class PersonalAccessTokenCredential(string token) : AtlassianCredential
{
    private readonly CredentialHeader _header = new(new AuthenticationHeaderValue("Bearer", token), token);

    public override CredentialKind Kind => CredentialKind.PersonalAccessToken;

    public override string? Scheme => "Bearer";

    internal override string Description => "personal access token";

    internal override string AdviceWhenRefused => " The personal access token is expired, revoked or for another Data Center instance.";

    internal override void RequireUsableWith(AtlassianSite site)
    {
        if (site.IsCloud)
        {
            throw new ArgumentException(
                $"{site.Host} is Atlassian Cloud, where personal access tokens do not exist. Use AtlassianCredential.ApiToken(email, token), ScopedApiToken or OAuth. If the site is Data Center, set Deployment = SiteDeployment.DataCenter.");
        }
    }

    internal override ValueTask<CredentialHeader?> GetHeaderAsync(CredentialContext context, string? rejectedToken, CancellationToken cancellationToken)
        => ValueTask.FromResult<CredentialHeader?>(_header);

    public override string ToString() => $"{Kind} (token redacted)";
}
