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
/// Fixes SW2001 by granting the missing scopes of one alternative (one fix per alternative, granular first) in the
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
            foreach (var alternative in alternatives)
            {
                var key = GrantEquivalenceKey.Create(alternative.Kind, ordinals[(int)alternative.Kind]++);
                var title = Title(alternative, declaration);
                var request = GrantRequest.For(diagnostic, context.Document, key);
                if (request is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        cancellationToken => GrantedScopesEditor.ApplyAsync(context.Document.Project.Solution, new[] { request }, cancellationToken),
                        key),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static string Title(MissingScopeProperties.MissingAlternative alternative, string? declaration)
    {
        var scopes = string.Join(", ", alternative.Missing);
        var kind = MissingScopeProperties.KindName(alternative.Kind);
        return declaration is null
            ? string.Format(CultureInfo.InvariantCulture, "Declare [assembly: GrantedScopes] with {0} ({1})", scopes, kind)
            : string.Format(CultureInfo.InvariantCulture, "Grant {0} ({1}) in {2}", scopes, kind, declaration);
    }

    /// <summary>"[GrantedScopes] on type 'Worker' (Worker.cs:5)" reads better in a light-bulb menu without the position.</summary>
    private static string StripLocation(string description)
    {
        var open = description.LastIndexOf(" (", System.StringComparison.Ordinal);
        return open > 0 ? description.Substring(0, open) : description;
    }
}
