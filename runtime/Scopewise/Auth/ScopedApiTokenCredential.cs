namespace Scopewise;

/// <summary>A scoped Atlassian Cloud API token: Basic <c>email:token</c> to the gateway with the site's cloud id (from tenant_info).</summary>
internal sealed class ScopedApiTokenCredential(string email, string token, IReadOnlyCollection<string>? scopes) : BasicCredential(email, token)
{
    private readonly IReadOnlyCollection<string>? _scopes = scopes is { Count: > 0 } ? scopes : null;

    public override CredentialKind Kind => CredentialKind.ScopedApiToken;

    internal override string Description => "scoped API token";

    private protected override bool GoesThroughGateway => true;

    internal override string AdviceWhenRefused => ApiTokenCredential.ApiTokenAdvice;

    internal override void RequireUsableWith(AtlassianSite site) => RequireCloud(site);

    internal override ValueTask<IReadOnlyCollection<string>?> GetKnownScopesAsync(CredentialContext context, CancellationToken cancellationToken)
        => ValueTask.FromResult(_scopes);
}
