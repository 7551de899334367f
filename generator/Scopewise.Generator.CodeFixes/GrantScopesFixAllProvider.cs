using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Scopewise.Analyzers;

namespace Scopewise.CodeFixes;

/// <summary>
/// Fix All for SW2001. The batch fixer would merge text changes per document and drop conflicting edits when two
/// call sites extend the same attribute, and cannot edit an attribute in another document than the diagnostic's;
/// this provider gathers every request first and lets <see cref="GrantedScopesEditor"/> merge them per attribute.
/// </summary>
internal sealed class GrantScopesFixAllProvider : FixAllProvider
{
    public static readonly GrantScopesFixAllProvider Instance = new();

    private GrantScopesFixAllProvider()
    {
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var solution = fixAllContext.Solution;
        var projects = fixAllContext.Scope switch
        {
            FixAllScope.Solution => solution.Projects.ToList(),
            _ => new List<Project> { fixAllContext.Project },
        };

        var requests = new List<GrantRequest>();
        foreach (var project in projects)
        {
            var documents = fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document is { } only
                ? new[] { only }
                : project.Documents.ToArray();
            foreach (var document in documents)
            {
                var diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                foreach (var diagnostic in diagnostics)
                {
                    if (diagnostic.Id == ScopeDiagnostics.MissingScopesId
                        && GrantRequest.For(diagnostic, document, fixAllContext.CodeActionEquivalenceKey) is { } request)
                    {
                        requests.Add(request);
                    }
                }
            }
        }

        if (requests.Count == 0)
        {
            return null;
        }

        return CodeAction.Create(
            "Grant the missing scopes of every call",
            cancellationToken => GrantedScopesEditor.ApplyAsync(solution, requests, cancellationToken),
            fixAllContext.CodeActionEquivalenceKey);
    }
}
