using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Scopewise.Analyzers;

namespace Scopewise.CodeFixes;

/// <summary>
/// One SW2001 fix: add <see cref="Scopes"/> to the <c>[GrantedScopes]</c> at <see cref="Attribute"/>,
/// or, when that is null, create <c>[assembly: GrantedScopes]</c> in <see cref="Document"/>'s project.
/// </summary>
internal sealed class GrantRequest
{
    private GrantRequest(Document document, Location? attribute, ImmutableArray<string> scopes)
    {
        Document = document;
        Attribute = attribute;
        Scopes = scopes;
    }

    /// <summary>The document the diagnostic is in.</summary>
    public Document Document { get; }

    public Location? Attribute { get; }

    public ImmutableArray<string> Scopes { get; }

    /// <summary>
    /// The request for <paramref name="diagnostic"/> under the fix <paramref name="equivalenceKey"/>: the alternative of that
    /// kind and ordinal, else the diagnostic's first alternative, the one its message names (so Fix All "classic" still fixes
    /// a granular-only call).
    /// </summary>
    public static GrantRequest? For(Diagnostic diagnostic, Document document, string? equivalenceKey)
    {
        var alternatives = MissingScopeProperties.Decode(diagnostic.Properties);
        if (alternatives.IsEmpty)
        {
            return null;
        }

        var chosen = alternatives[0];
        if (equivalenceKey != GrantEquivalenceKey.Named && GrantEquivalenceKey.TryParse(equivalenceKey, out var kind, out var ordinal))
        {
            var seen = 0;
            foreach (var alternative in alternatives)
            {
                if (alternative.Kind == kind && seen++ == ordinal)
                {
                    chosen = alternative;
                    break;
                }
            }
        }

        var attribute = diagnostic.Properties.TryGetValue(MissingScopeProperties.HasDeclaration, out var has) && has == "true"
            && diagnostic.AdditionalLocations.Count > 0
            ? diagnostic.AdditionalLocations[0]
            : null;
        return new GrantRequest(document, attribute, chosen.Missing);
    }
}
