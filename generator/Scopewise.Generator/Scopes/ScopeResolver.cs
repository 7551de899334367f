using System;
using System.Collections.Generic;
using System.Linq;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;

namespace Scopewise.Generator.Scopes;

/// <summary>
/// Works out an operation's final alternatives: the spec's (Atlassian extension or security requirement), then the
/// scope table's correction for that operation. If any alternative is empty the operation needs no scope.
/// The sandbox applies the same rules (specs/README.md), so what compiles is what it enforces.
/// </summary>
internal static class ScopeResolver
{
    public static EquatableArray<ResolvedAlternative> Resolve(OperationModel operation, ScopeTable? table)
    {
        var alternatives = operation.SpecAlternatives.ToList();
        var correction = table?.Operations.FirstOrDefault(o => Matches(o, operation));
        if (correction is not null)
        {
            if (correction.Replace)
            {
                alternatives.Clear();
            }

            foreach (var alternative in correction.Alternatives)
            {
                if (!alternatives.Contains(alternative))
                {
                    alternatives.Add(alternative);
                }
            }
        }

        if (alternatives.Count == 0 || alternatives.Any(a => a.Count == 0))
        {
            return EquatableArray<ResolvedAlternative>.Empty;
        }

        return alternatives.Select(a => new ResolvedAlternative(a, KindOf(a, table))).ToEquatableArray();
    }

    /// <summary><c>Classic</c> or <c>Granular</c> when every scope is of that kind, else <c>Other</c>.</summary>
    public static ScopeAlternativeKind KindOf(IEnumerable<string> scopes, ScopeTable? table)
    {
        var kinds = scopes.Select(s => KindOf(s, table)).Distinct().ToList();
        return kinds.Count == 1 ? kinds[0] : ScopeAlternativeKind.Other;
    }

    private static ScopeAlternativeKind KindOf(string scope, ScopeTable? table)
    {
        var entry = table?.Scopes.FirstOrDefault(s => s.Name == scope);
        return entry?.Kind switch
        {
            "classic" => ScopeAlternativeKind.Classic,
            "granular" => ScopeAlternativeKind.Granular,
            _ => ScopeAlternativeKind.Other,
        };
    }

    private static bool Matches(OperationOverride correction, OperationModel operation)
        => correction.OperationId == operation.OperationId
           && (correction.Method is null || correction.Method == operation.HttpMethod)
           && (correction.Path is null || correction.Path == operation.Path);
}
