using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace Scopewise.CodeFixes;

/// <summary>
/// Applies many <see cref="GrantRequest"/>s at once: requests that target the same attribute are merged into one edit
/// (each scope added once), and a project without a declaration gets exactly one <c>[assembly: GrantedScopes]</c>.
/// </summary>
internal static class GrantedScopesEditor
{
    public static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<GrantRequest> requests, CancellationToken cancellationToken)
    {
        // Existing attributes, by document and span; scopes kept in first-seen order for a stable result.
        var extend = new Dictionary<DocumentId, Dictionary<TextSpan, List<string>>>();
        // Projects that need a new assembly attribute: the scopes, and the document to put it in.
        var create = new Dictionary<ProjectId, (Document Document, List<string> Scopes)>();

        foreach (var request in requests)
        {
            if (request.Attribute is { SourceTree: { } tree } attribute && FindDocument(solution, tree) is { } target)
            {
                if (!extend.TryGetValue(target.Id, out var spans))
                {
                    extend[target.Id] = spans = new Dictionary<TextSpan, List<string>>();
                }

                if (!spans.TryGetValue(attribute.SourceSpan, out var scopes))
                {
                    spans[attribute.SourceSpan] = scopes = new List<string>();
                }

                AddDistinct(scopes, request.Scopes);
            }
            else if (request.Attribute is null)
            {
                var projectId = request.Document.Project.Id;
                if (!create.TryGetValue(projectId, out var entry))
                {
                    entry = (request.Document, new List<string>());
                }
                else if (string.CompareOrdinal(request.Document.FilePath, entry.Document.FilePath) < 0)
                {
                    // The same file whatever order the diagnostics arrive in.
                    entry = (request.Document, entry.Scopes);
                }

                AddDistinct(entry.Scopes, request.Scopes);
                create[projectId] = entry;
            }
        }

        var documents = new HashSet<DocumentId>(extend.Keys.Concat(create.Values.Select(entry => entry.Document.Id)));
        foreach (var documentId in documents)
        {
            var document = solution.GetDocument(documentId);
            if (document is null || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root)
            {
                continue;
            }

            if (extend.TryGetValue(documentId, out var spans))
            {
                var nodes = new Dictionary<AttributeSyntax, List<string>>();
                foreach (var pair in spans)
                {
                    if (root.FindNode(pair.Key, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeSyntax>() is { } node)
                    {
                        nodes[node] = pair.Value;
                    }
                }

                root = root.ReplaceNodes(nodes.Keys, (original, _) => AddScopes(original, nodes[original]));
            }

            foreach (var entry in create.Values)
            {
                if (entry.Document.Id == documentId)
                {
                    root = root.AddAttributeLists(AssemblyAttribute(entry.Scopes));
                }
            }

            solution = solution.WithDocumentSyntaxRoot(documentId, root);
        }

        return solution;
    }

    private static Document? FindDocument(Solution solution, SyntaxTree tree)
    {
        if (solution.GetDocument(tree) is { } document)
        {
            return document;
        }

        // Diagnostics computed on another snapshot (command-line fixers): match by path.
        return string.IsNullOrEmpty(tree.FilePath)
            ? null
            : solution.GetDocumentIdsWithFilePath(tree.FilePath).Select(solution.GetDocument).FirstOrDefault(d => d is not null);
    }

    private static void AddDistinct(List<string> target, IEnumerable<string> scopes)
    {
        foreach (var scope in scopes)
        {
            if (!target.Contains(scope))
            {
                target.Add(scope);
            }
        }
    }

    /// <summary>Appends the scopes the attribute does not list yet, keeping the author's layout and separators.</summary>
    private static AttributeSyntax AddScopes(AttributeSyntax attribute, IReadOnlyList<string> scopes)
    {
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            CollectLiterals(argument.Expression, present);
        }

        var additions = scopes.Where(scope => present.Add(scope)).ToList();
        if (additions.Count == 0)
        {
            return attribute;
        }

        // GrantedScopes(new[] { "a" }) or GrantedScopes(["a"]): extend the array the author wrote.
        if (arguments.Count == 1 && arguments[0].NameEquals is null && arguments[0].NameColon is null)
        {
            var expression = arguments[0].Expression;
            var extended = expression switch
            {
                ArrayCreationExpressionSyntax { Initializer: { } initializer } array => (ExpressionSyntax)array.WithInitializer(Extend(initializer, additions)),
                ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.WithInitializer(Extend(implicitArray.Initializer, additions)),
                CollectionExpressionSyntax collection => collection.WithElements(Append(collection.Elements, additions.Select(scope => (CollectionElementSyntax)SyntaxFactory.ExpressionElement(Literal(scope))))),
                _ => null,
            };
            if (extended is not null)
            {
                return attribute.ReplaceNode(expression, extended);
            }
        }

        var positionalCount = arguments.TakeWhile(argument => argument.NameEquals is null).Count();
        var newArguments = additions.Select(scope => SyntaxFactory.AttributeArgument(Literal(scope)));
        var list = Insert(arguments, positionalCount, newArguments);
        var argumentList = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        return attribute.WithArgumentList(argumentList.WithArguments(list));
    }

    private static void CollectLiterals(ExpressionSyntax expression, HashSet<string> present)
    {
        foreach (var literal in expression.DescendantNodesAndSelf().OfType<LiteralExpressionSyntax>())
        {
            if (literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                present.Add(literal.Token.ValueText);
            }
        }
    }

    private static InitializerExpressionSyntax Extend(InitializerExpressionSyntax initializer, IEnumerable<string> scopes) =>
        initializer.WithExpressions(Append(initializer.Expressions, scopes.Select(scope => (ExpressionSyntax)Literal(scope))));

    private static SeparatedSyntaxList<T> Append<T>(SeparatedSyntaxList<T> list, IEnumerable<T> additions)
        where T : SyntaxNode => Insert(list, list.Count, additions);

    /// <summary>Inserts nodes at <paramref name="index"/>, separated by ", ", keeping the author's separators (and their trivia).</summary>
    private static SeparatedSyntaxList<T> Insert<T>(SeparatedSyntaxList<T> list, int index, IEnumerable<T> additions)
        where T : SyntaxNode
    {
        var items = new List<SyntaxNodeOrToken>();
        for (var j = 0; j < index; j++)
        {
            if (j > 0)
            {
                items.Add(list.GetSeparator(j - 1));
            }

            items.Add(list[j]);
        }

        foreach (var addition in additions)
        {
            if (items.Count > 0)
            {
                items.Add(NewComma());
            }

            items.Add(addition);
        }

        for (var j = index; j < list.Count; j++)
        {
            if (j > index)
            {
                items.Add(list.GetSeparator(j - 1));
            }
            else if (items.Count > 0)
            {
                items.Add(NewComma());
            }

            items.Add(list[j]);
        }

        return SyntaxFactory.SeparatedList<T>(items);
    }

    private static SyntaxToken NewComma() => SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);

    private static LiteralExpressionSyntax Literal(string scope) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(scope));

    private static AttributeListSyntax AssemblyAttribute(IEnumerable<string> scopes)
    {
        // Fully qualified and annotated: the simplifier shortens it to GrantedScopes where 'using Scopewise;' is in scope.
        var name = SyntaxFactory.ParseName("Scopewise.GrantedScopes").WithAdditionalAnnotations(Simplifier.Annotation);
        var arguments = SyntaxFactory.SeparatedList(scopes.Select(scope => SyntaxFactory.AttributeArgument(Literal(scope))));
        var attribute = SyntaxFactory.Attribute(name, SyntaxFactory.AttributeArgumentList(arguments));
        return SyntaxFactory.AttributeList(
                SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.AssemblyKeyword)),
                SyntaxFactory.SingletonSeparatedList(attribute))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }
}
