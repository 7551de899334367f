namespace Scopewise;

/// <summary>No credential.</summary>
internal sealed class AnonymousCredential : AtlassianCredential
{
    public override CredentialKind Kind => CredentialKind.Anonymous;

    public override string? Scheme => null;

    internal override string Description => "anonymous connection";

    internal override string AdviceWhenRefused => " The resource needs a credential: set ScopewiseOptions.Credential.";

    internal override ValueTask<CredentialHeader?> GetHeaderAsync(CredentialContext context, string? rejectedToken, CancellationToken cancellationToken)
        => ValueTask.FromResult<CredentialHeader?>(null);

    public override string ToString() => "Anonymous";
}
