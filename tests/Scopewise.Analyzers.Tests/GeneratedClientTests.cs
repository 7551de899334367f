using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Scopewise.Analyzers.Tests.Infrastructure;
using Scopewise.Generator;

namespace Scopewise.Analyzers.Tests;

/// <summary>The analyzer on a real client: the generator runs on the bundled Confluence v2 spec, then user code calls it.</summary>
public sealed class GeneratedClientTests
{
    [Fact]
    public async Task CreatePageAsync_under_a_read_only_grant_is_reported_and_GetPageByIdAsync_is_not()
    {
        var items = ImmutableArray.Create(
            new InMemoryAdditionalText(
                "/specs/confluence-v2.openapi.json",
                BundledSpecs.Read("confluence-v2.openapi.json"),
                new Dictionary<string, string>
                {
                    ["ScopewiseKind"] = "spec",
                    ["ScopewiseClientName"] = "ConfluenceV2Client",
                    ["ScopewiseNamespace"] = "Scopewise.Confluence.V2",
                    ["ScopewiseProduct"] = "confluence",
                    ["ScopewiseDeployment"] = "Cloud",
                    // Only the Page operations: the same code path, a smaller compilation to analyze.
                    ["ScopewiseIncludeTags"] = "Page",
                }),
            new InMemoryAdditionalText(
                "/specs/confluence.scopes.json",
                BundledSpecs.Read("confluence.scopes.json"),
                new Dictionary<string, string> { ["ScopewiseKind"] = "scopes" }));
        var options = new ItemMetadataOptions(items);
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var references = (await ScopewiseAttributes.GetFrameworkAsync())
            .Add(MetadataReference.CreateFromFile(typeof(ApiConnection).Assembly.Location));

        var generated = Generate(CSharpCompilation.Create(
            "Consumer",
            Array.Empty<SyntaxTree>(),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)), items, options, parseOptions);

        // Build the user's calls from the generated symbols, so the test follows the generator's parameter lists.
        var create = FindMethod(generated, "CreatePageAsync");
        var read = FindMethod(generated, "GetPageByIdAsync");
        var user = $$"""
            using Scopewise;
            [assembly: GrantedScopes("read:page:confluence")]

            public static class Worker
            {
                public static async System.Threading.Tasks.Task Run(global::{{create.ContainingType.ToDisplayString()}} pages, global::{{read.ContainingType.ToDisplayString()}} reader)
                {
                    await reader.GetPageByIdAsync({{Arguments(read)}});
                    await pages.CreatePageAsync({{Arguments(create)}});
                }
            }
            """;
        var compilation = generated.AddSyntaxTrees(CSharpSyntaxTree.ParseText(user, parseOptions, path: "Worker.cs"));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ScopeAnalyzer()), new AnalyzerOptions(items.CastArray<AdditionalText>(), options))
            .GetAnalyzerDiagnosticsAsync();

        var diagnostic = Assert.Single(diagnostics.Where(d => d.Id is "SW2001" or "SW2003"));
        Assert.Equal("SW2001", diagnostic.Id);
        Assert.Equal("Worker.cs", diagnostic.Location.SourceTree?.FilePath);
        Assert.Equal(
            "'createPage' needs scope 'write:page:confluence', which [GrantedScopes] on the assembly (Worker.cs:2) does not grant",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Compilation Generate(Compilation compilation, ImmutableArray<InMemoryAdditionalText> items, AnalyzerConfigOptionsProvider options, CSharpParseOptions parseOptions)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new ScopewiseGenerator().AsSourceGenerator() },
            items.CastArray<AdditionalText>(),
            parseOptions,
            options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        return output;
    }

    private static IMethodSymbol FindMethod(Compilation compilation, string name) =>
        compilation.GetSymbolsWithName(name, SymbolFilter.Member).OfType<IMethodSymbol>()
            .Single(m => m.ContainingNamespace.ToDisplayString().StartsWith("Scopewise.Confluence.V2", StringComparison.Ordinal));

    private static string Arguments(IMethodSymbol method) => string.Join(
        ", ",
        method.Parameters.Where(p => !p.IsOptional).Select(p => p.Name + ": default!"));
}
