using System;
using System.Collections.Generic;

namespace Scopewise.Build.Analysis;

/// <summary>
/// The <c>[GrantedScopes]</c> that applies to a calling method: the method's own, else its innermost type's, else the
/// assembly's (the analyzer's rule, so the manifest and SW2001 judge a call against the same grant).
/// </summary>
internal sealed class GrantInEffect
{
    public GrantInEffect(IReadOnlyList<string> scopes, string declaredOn)
    {
        Scopes = new HashSet<string>(scopes, StringComparer.Ordinal);
        DeclaredOn = declaredOn;
    }

    /// <summary>The granted scope names.</summary>
    public HashSet<string> Scopes { get; }

    /// <summary>Where it is declared, as messages say it: <c>[GrantedScopes] on the assembly</c>.</summary>
    public string DeclaredOn { get; }

    /// <summary>Whether every scope of <paramref name="alternative"/> is granted.</summary>
    public bool Covers(ScopeAlternativeInfo alternative)
    {
        foreach (var scope in alternative.Scopes)
        {
            if (!Scopes.Contains(scope))
            {
                return false;
            }
        }

        return true;
    }
}
