using System;
using System.Collections.Generic;
using System.Linq;
using Scopewise.Build.Analysis;
using Scopewise.Build.Metadata;

namespace Scopewise.Build.Manifest;

/// <summary>
/// SW3011: calls made under a <c>[GrantedScopes]</c> that covers none of the operation's alternatives. The analyzer
/// reports the same calls as SW2001 while you type; the build repeats them so that a command-line build, and calls
/// reached through referenced libraries, cannot slip past: the manifest would list scopes the app says it lacks.
/// </summary>
internal static class UncoveredCalls
{
    private const int MaxCallSitesNamed = 3;

    /// <summary>Adds one warning per operation and grant that does not cover it, naming the calling methods.</summary>
    /// <param name="operations">The uses of each operation (one list per operation).</param>
    /// <param name="diagnostics">Where the warnings go.</param>
    public static void Report(IReadOnlyList<IReadOnlyList<OperationUse>> operations, List<ManifestDiagnostic> diagnostics)
    {
        foreach (var uses in operations)
        {
            var first = uses[0];
            foreach (var byGrant in uses.Where(use => use.Grant != null).GroupBy(use => use.Grant!))
            {
                var grant = byGrant.Key;
                if (first.Declaration.Alternatives.Any(grant.Covers))
                {
                    continue;
                }

                var callSites = byGrant.Select(use => use.CallSite).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
                diagnostics.Add(ManifestDiagnostic.Warning(ManifestDiagnostic.CallNotGranted, Describe(first, grant, callSites)));
            }
        }
    }

    private static string Describe(OperationUse use, GrantInEffect grant, List<string> callSites)
    {
        var api = use.Declaration.Operation;
        var name = api?.OperationId ?? CallerNames.Describe(use.Operation.Assembly.Reader, use.Operation.Handle);
        var where = api?.Method != null && api.Path != null ? " (" + api.Method + " " + api.Path + ")" : string.Empty;
        var callers = string.Join(", ", callSites.Take(MaxCallSitesNamed))
            + (callSites.Count > MaxCallSitesNamed ? " and " + (callSites.Count - MaxCallSitesNamed) + " more" : string.Empty);
        var alternatives = string.Join(" or ", use.Declaration.Alternatives
            .Select(a => "'" + string.Join("', '", a.Scopes.Where(scope => !grant.Scopes.Contains(scope))) + "' (" + a.Kind + ")"));
        return $"'{name}'{where} is called by {callers}, but {grant.DeclaredOn} grants none of its alternatives: it still needs {alternatives}. "
            + "Grant one of them in that [GrantedScopes] and in the app's registration (the SW2001 code fix adds the first), or Atlassian refuses the call with 401.";
    }
}
