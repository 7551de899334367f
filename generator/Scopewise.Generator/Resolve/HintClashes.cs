using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Scopewise.Generator.Infrastructure;

namespace Scopewise.Generator.Resolve;

/// <summary>The file names one spec's client claims.</summary>
internal sealed record HintClaim(string FilePath, EquatableArray<string> HintNames)
{
    public static HintClaim Of(ClientPlan plan) => new(plan.FilePath, plan.HintNames.ToEquatableArray());
}

/// <summary>
/// Which specs cannot generate because an earlier spec (by path, ordinal) already claims one of their files: two specs
/// with the same namespace and client name. Hint names are compared ignoring case, as the compiler does.
/// </summary>
internal static class HintClashes
{
    /// <summary>The paths of the specs that lose a clash, sorted.</summary>
    public static EquatableArray<string> Find(ImmutableArray<HintClaim> claims)
    {
        if (claims.Length < 2)
        {
            return EquatableArray<string>.Empty;
        }

        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        List<string>? losers = null;
        foreach (var claim in claims.OrderBy(c => c.FilePath, StringComparer.Ordinal))
        {
            if (claim.HintNames.Any(taken.Contains))
            {
                (losers ??= new List<string>()).Add(claim.FilePath);
                continue;
            }

            foreach (var hint in claim.HintNames)
            {
                taken.Add(hint);
            }
        }

        return losers is null ? EquatableArray<string>.Empty : losers.ToEquatableArray();
    }
}
