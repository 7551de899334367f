namespace Scopewise.Sandbox;

/// <summary>Who a request acts as: a user (or anonymous), the credential kind, and the scopes when the credential is scoped.</summary>
internal sealed record Principal(SandboxUser? User, CredentialKind Kind, IReadOnlySet<string>? Scopes)
{
    public static readonly Principal Anonymous = new(null, CredentialKind.Anonymous, null);

    public bool IsAnonymous => User is null;
}
