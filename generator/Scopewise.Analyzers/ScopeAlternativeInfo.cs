using System.Collections.Generic;
using System.Collections.Immutable;

namespace Scopewise.Analyzers;

/// <summary>Mirrors <c>Scopewise.ScopeKind</c>; the analyzer cannot reference the runtime assembly.</summary>
internal enum AlternativeKind
{
    Other = 0,
    Classic = 1,
    Granular = 2,
}

/// <summary>One <c>[RequiresScopes]</c> attribute: every scope in it is needed together.</summary>
internal sealed class ScopeAlternativeInfo
{
    public ScopeAlternativeInfo(AlternativeKind kind, ImmutableArray<string> scopes)
    {
        Kind = kind;
        Scopes = scopes;
    }

    public AlternativeKind Kind { get; }

    public ImmutableArray<string> Scopes { get; }

    /// <summary>Whether <paramref name="granted"/> holds every scope of this alternative (the hot path: no allocation).</summary>
    public bool IsSatisfiedBy(ISet<string> granted)
    {
        foreach (var scope in Scopes)
        {
            if (!granted.Contains(scope))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The scopes of this alternative that <paramref name="granted"/> lacks, in declaration order.</summary>
    public ImmutableArray<string> MissingFrom(ISet<string> granted)
    {
        var missing = ImmutableArray.CreateBuilder<string>();
        foreach (var scope in Scopes)
        {
            if (!granted.Contains(scope) && !missing.Contains(scope))
            {
                missing.Add(scope);
            }
        }

        return missing.ToImmutable();
    }
}

/// <summary>All alternatives of a member; any one satisfied is enough.</summary>
internal sealed class ScopeRequirementInfo
{
    public static readonly ScopeRequirementInfo None = new(string.Empty, ImmutableArray<ScopeAlternativeInfo>.Empty);

    public ScopeRequirementInfo(string operationName, ImmutableArray<ScopeAlternativeInfo> alternatives)
    {
        OperationName = operationName;
        Alternatives = alternatives;
    }

    /// <summary>The <c>[ApiOperation]</c> OperationId of the member that declared the scopes, else its C# name.</summary>
    public string OperationName { get; }

    public ImmutableArray<ScopeAlternativeInfo> Alternatives { get; }

    public bool IsEmpty => Alternatives.IsEmpty;
}
