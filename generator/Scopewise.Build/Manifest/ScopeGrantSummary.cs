using System;
using System.Collections.Generic;
using System.Linq;
using Scopewise.Build.Analysis;

namespace Scopewise.Build.Manifest;

/// <summary>
/// The scopes the code needs against the scopes its <c>[GrantedScopes]</c> declarations hold: what SW2001 and SW2002
/// know, in one line a command-line build shows at normal verbosity (SW2002 is only info, so a build never shows it).
/// </summary>
public sealed class ScopeGrantSummary
{
    private const string OfflineAccessScope = "offline_access";
    private const int MaxNamesShown = 5;

    private ScopeGrantSummary(IReadOnlyList<string> needed, IReadOnlyList<string>? granted, IReadOnlyList<string> notNeeded, IReadOnlyList<string> notGranted)
    {
        Needed = needed;
        Granted = granted;
        NotNeeded = notNeeded;
        NotGranted = notGranted;
    }

    /// <summary>The scopes the manifest lists, <c>offline_access</c> left out (no call needs it).</summary>
    public IReadOnlyList<string> Needed { get; }

    /// <summary>Every scope some <c>[GrantedScopes]</c> of the assembly names; null when it declares none.</summary>
    public IReadOnlyList<string>? Granted { get; }

    /// <summary>Granted scopes no call needs (what SW2002 reports), <c>offline_access</c> left out.</summary>
    public IReadOnlyList<string> NotNeeded { get; }

    /// <summary>Needed scopes no declaration grants (what SW2001 and SW3011 report).</summary>
    public IReadOnlyList<string> NotGranted { get; }

    /// <summary>
    /// One line: <c>needs 3 scopes; granted 4; not needed 1 (read:jira-user); not granted 0</c>, or
    /// <c>needs 3 scopes; no [GrantedScopes] declared</c>.
    /// </summary>
    public override string ToString()
    {
        var needs = "needs " + Needed.Count + (Needed.Count == 1 ? " scope" : " scopes");
        if (Granted is null)
        {
            return needs + "; no [GrantedScopes] declared, so none is checked";
        }

        return needs + "; granted " + Granted.Count + "; not needed " + Counted(NotNeeded) + "; not granted " + Counted(NotGranted);
    }

    internal static ScopeGrantSummary Of(ScopeManifest manifest, IReadOnlyList<GrantInEffect>? declarations)
    {
        var needed = manifest.Scopes.Select(scope => scope.Name).Where(name => name != OfflineAccessScope).Distinct(StringComparer.Ordinal)
            .OrderBy(name => name, StringComparer.Ordinal).ToList();
        if (declarations is null || declarations.Count == 0)
        {
            return new ScopeGrantSummary(needed, null, Array.Empty<string>(), Array.Empty<string>());
        }

        var granted = new SortedSet<string>(declarations.SelectMany(grant => grant.Scopes), StringComparer.Ordinal);
        var notNeeded = granted.Where(name => name != OfflineAccessScope && !needed.Contains(name, StringComparer.Ordinal)).ToList();
        var notGranted = needed.Where(name => !granted.Contains(name)).ToList();
        return new ScopeGrantSummary(needed, granted.ToList(), notNeeded, notGranted);
    }

    private static string Counted(IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return "0";
        }

        var shown = string.Join(", ", names.Take(MaxNamesShown));
        return names.Count + " (" + shown + (names.Count > MaxNamesShown ? ", …" : string.Empty) + ")";
    }
}
