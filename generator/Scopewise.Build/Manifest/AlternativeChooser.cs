using System;
using System.Collections.Generic;
using System.Linq;
using Scopewise.Build.Analysis;

namespace Scopewise.Build.Manifest;

/// <summary>
/// Picks one alternative per operation so that the union of scopes stays small.
/// </summary>
/// <remarks>
/// Where the code declares <c>[GrantedScopes]</c>, the grant decides first: the candidates are the alternatives that
/// every grant in effect at the operation's call sites covers (else those some grant covers), so the manifest lists
/// what the app said it holds and SW2001 accepted. Among those, or when no grant covers any, the style decides:
/// candidates are the alternatives of the preferred kind (granular or classic); where an operation has none, those of
/// the other kind; where it has neither, all of them. Operations with a single candidate are settled first, since
/// their scopes are needed anyway. Then, repeatedly, the cheapest remaining choice is taken: the alternative adding
/// the fewest scopes not yet in the union (ties: fewer scopes in all, then the first in ordinal order), so an
/// alternative already covered costs nothing. Greedy, not optimal, but deterministic and good for the few dozen
/// operations an app calls.
/// </remarks>
internal static class AlternativeChooser
{
    /// <summary>The chosen scopes for each operation, in the order of <paramref name="operations"/>.</summary>
    public static IReadOnlyList<string>[] Choose(IReadOnlyList<IReadOnlyList<ScopeAlternativeInfo>> operations, ScopeStyle style)
        => Choose(operations, style, grants: null);

    /// <summary>
    /// The chosen scopes for each operation, in the order of <paramref name="operations"/>, preferring for each operation
    /// the alternatives its grants (<paramref name="grants"/>, same order; empty where no grant is in effect) cover.
    /// </summary>
    public static IReadOnlyList<string>[] Choose(IReadOnlyList<IReadOnlyList<ScopeAlternativeInfo>> operations, ScopeStyle style,
        IReadOnlyList<IReadOnlyList<GrantInEffect>>? grants)
    {
        var preferred = style == ScopeStyle.Classic ? "classic" : "granular";
        var fallback = style == ScopeStyle.Classic ? "granular" : "classic";
        var candidates = operations
            .Select((alternatives, i) => Candidates(Covered(alternatives, grants is null ? null : grants[i]), preferred, fallback))
            .ToArray();
        var chosen = new IReadOnlyList<string>[operations.Count];
        var union = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < candidates.Length; i++)
        {
            if (candidates[i].Count == 1)
            {
                chosen[i] = candidates[i][0];
                union.UnionWith(chosen[i]);
            }
        }

        while (true)
        {
            var bestOperation = -1;
            IReadOnlyList<string>? bestAlternative = null;
            var bestCost = int.MaxValue;
            for (var i = 0; i < candidates.Length; i++)
            {
                if (chosen[i] != null)
                {
                    continue;
                }

                foreach (var alternative in candidates[i])
                {
                    var cost = alternative.Count(scope => !union.Contains(scope));
                    if (cost < bestCost)
                    {
                        bestCost = cost;
                        bestOperation = i;
                        bestAlternative = alternative;
                    }
                }
            }

            if (bestOperation < 0)
            {
                return chosen;
            }

            chosen[bestOperation] = bestAlternative!;
            union.UnionWith(bestAlternative!);
        }
    }

    /// <summary>The alternatives every grant covers, else those any grant covers, else (or without grants) all of them.</summary>
    private static IReadOnlyList<ScopeAlternativeInfo> Covered(IReadOnlyList<ScopeAlternativeInfo> alternatives, IReadOnlyList<GrantInEffect>? grants)
    {
        if (grants is null || grants.Count == 0)
        {
            return alternatives;
        }

        var byAll = alternatives.Where(a => grants.All(g => g.Covers(a))).ToList();
        if (byAll.Count > 0)
        {
            return byAll;
        }

        var byAny = alternatives.Where(a => grants.Any(g => g.Covers(a))).ToList();
        return byAny.Count > 0 ? byAny : alternatives;
    }

    private static List<IReadOnlyList<string>> Candidates(IReadOnlyList<ScopeAlternativeInfo> alternatives, string preferred, string fallback)
    {
        var ofKind = alternatives.Where(a => a.Kind == preferred).ToList();
        if (ofKind.Count == 0)
        {
            ofKind = alternatives.Where(a => a.Kind == fallback).ToList();
        }

        if (ofKind.Count == 0)
        {
            ofKind = alternatives.ToList();
        }

        // Distinct sorted scope sets, smallest first, so ties between equal costs resolve the same way every build.
        return ofKind
            .Select(a => (IReadOnlyList<string>)a.Scopes.Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList())
            .GroupBy(scopes => string.Join(" ", scopes), StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(scopes => scopes.Count)
            .ThenBy(scopes => string.Join(" ", scopes), StringComparer.Ordinal)
            .ToList();
    }
}
