using System.Net.Http.Headers;

namespace Scopewise;

/// <summary>An Authorization header the caller built.</summary>
internal sealed class FixedHeaderCredential(AuthenticationHeaderValue authorization) : AtlassianCredential
{
    private readonly CredentialHeader _header = new(authorization, authorization.Parameter ?? string.Empty);

    public override CredentialKind Kind => CredentialKind.FixedHeader;

    public override string? Scheme => authorization.Scheme;

    internal override string Description => "fixed Authorization header";

    internal override ValueTask<CredentialHeader?> GetHeaderAsync(CredentialContext context, string? rejectedToken, CancellationToken cancellationToken)
        => ValueTask.FromResult<CredentialHeader?>(_header);

    public override string ToString() => $"{authorization.Scheme} header (value redacted)";
}
