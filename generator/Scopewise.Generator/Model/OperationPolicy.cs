using Scopewise.Generator.Infrastructure;
using Scopewise.Shared.Permissions;

namespace Scopewise.Generator.Model;

/// <summary>
/// What an operation asks of the account and how long it will last, beyond its scopes: the permissions its
/// description states, Atlassian's announced removal, whether it is experimental, and the operation the spec names
/// as its replacement. Plain values, so the pipeline can cache it.
/// </summary>
internal sealed record OperationPolicy(PermissionModel? Permissions, RemovalModel? Removal, bool Experimental, string? ReplacementOperationId)
{
    public static readonly OperationPolicy None = new(null, null, false, null);
}

/// <summary>The "Permissions required" text, read (<see cref="Level"/> not Unknown) or kept as <see cref="Text"/>.</summary>
internal sealed record PermissionModel(SpecPermissionLevel Level, EquatableArray<string> Named, bool AnyOf, bool AnonymousAccess, string? Text);

/// <summary>An <c>x-changes</c> entry of type <c>removed</c>: dates as <c>yyyy-MM-dd</c>, the changelog link and its id.</summary>
internal sealed record RemovalModel(string Effective, string? Announced, string? ChangeId, string? Details);
