using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Scopewise.Analyzers;

namespace Scopewise.CodeFixes;

/// <summary>
/// Fixes SW2001 by granting the missing scopes of one alternative (one labelled fix per alternative, the one the message
/// names first; the others by kind: the project's <c>ScopewiseScopeStyle</c>, then the other family) in the
/// innermost <c>[GrantedScopes]</c> in effect, or by creating <c>[assembly: GrantedScopes(...)]</c> when none exists.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GrantScopesCodeFixProvider))]
[Shared]
public sealed class GrantScopesCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(ScopeDiagnostics.MissingScopesId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => GrantScopesFixAllProvider.Instance;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var alternatives = MissingScopeProperties.Decode(diagnostic.Properties);
            var declaration = diagnostic.Properties.TryGetValue(MissingScopeProperties.HasDeclaration, out var has) && has == "true"
                && diagnostic.Properties.TryGetValue(MissingScopeProperties.DeclarationDescription, out var description) && description is not null
                ? StripLocation(description)
                : null;

            var ordinals = new int[3];
            for (var i = 0; i < alternatives.Length; i++)
            {
                var alternative = alternatives[i];
                var kindKey = GrantEquivalenceKey.Create(alternative.Kind, ordinals[(int)alternative.Kind]++);
                var key = i == 0 ? GrantEquivalenceKey.Named : kindKey;
                var request = GrantRequest.For(diagnostic, context.Document, key);
                if (request is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title(alternative, declaration, named: i == 0 && alternatives.Length > 1),
                        cancellationToken => GrantedScopesEditor.ApplyAsync(context.Document.Project.Solution, new[] { request }, cancellationToken),
                        key),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>"Grant the classic scope write:jira-work (the alternative SW2001 names) in [GrantedScopes] on the assembly".</summary>
    private static string Title(MissingScopeProperties.MissingAlternative alternative, string? declaration, bool named)
    {
        var kind = alternative.Kind == AlternativeKind.Other ? string.Empty : MissingScopeProperties.KindName(alternative.Kind) + " ";
        var what = "the " + kind + (alternative.Missing.Length == 1 ? "scope " : "scopes ") + string.Join(", ", alternative.Missing)
            + (named ? " (the alternative SW2001 names)" : string.Empty);
        return declaration is null
            ? string.Format(CultureInfo.InvariantCulture, "Declare [assembly: GrantedScopes] with {0}", what)
            : string.Format(CultureInfo.InvariantCulture, "Grant {0} in {1}", what, declaration);
    }

    /// <summary>"[GrantedScopes] on type 'Worker' (Worker.cs:5)" reads better in a light-bulb menu without the position.</summary>
    private static string StripLocation(string description)
    {
        var open = description.LastIndexOf(" (", System.StringComparison.Ordinal);
        return open > 0 ? description.Substring(0, open) : description;
    }
}
