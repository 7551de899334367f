using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;
using Scopewise.Generator.Scopes;

namespace Scopewise.Generator.Resolve;

/// <summary>
/// One operation with its resolved scope alternatives (empty: no scope needed) and the names its code uses: the
/// static info field and the JSON class accessors of its response and JSON body.
/// </summary>
internal sealed record OperationPlan(
    OperationModel Operation,
    EquatableArray<ResolvedAlternative> Scopes,
    string InfoField,
    string? ResponseAccessor,
    string? BodyAccessor)
{
    /// <summary>The generated method (with HTTP method and path) that replaces this deprecated or removed operation, when the spec or changelog names one.</summary>
    public string? Replacement { get; init; }
}
