using System.Net.Http.Headers;

namespace Scopewise;

/// <summary>A fixed Bearer token: Data Center personal access tokens.</summary>
internal sealed class BearerCredential(CredentialKind kind, string token) : AtlassianCredential
{
    private readonly CredentialHeader _header = new(new AuthenticationHeaderValue("Bearer", token), token);

    public override CredentialKind Kind { get; } = kind;

    public override string? Scheme => "Bearer";

    internal override ValueTask<CredentialHeader?> GetHeaderAsync(CredentialContext context, string? rejectedToken, CancellationToken cancellationToken)
        => ValueTask.FromResult<CredentialHeader?>(_header);

    public override string ToString() => $"{Kind} (token redacted)";
}
