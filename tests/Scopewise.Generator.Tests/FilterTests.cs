using Microsoft.CodeAnalysis;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>IncludeTags/IncludePaths/IncludeOperations keep only the models the kept operations reach.</summary>
public class FilterTests
{
    private static GeneratorResult Jira(params (string Key, string Value)[] filters)
    {
        var jira = InputItem.Bundled("jira-v3");
        var metadata = jira.Metadata.Concat(filters.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))).ToDictionary(p => p.Key, p => p.Value);
        return GeneratorHarness.Run([jira with { Metadata = metadata }, InputItem.BundledTable("jira")]);
    }

    private static int ModelCount(GeneratorResult result)
        => result.Compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type)
            .OfType<INamedTypeSymbol>()
            .Count(t => t.ContainingNamespace.ToDisplayString() == "Scopewise.Jira" && t.ContainingType is null && !t.Name.EndsWith("Client", StringComparison.Ordinal));

    [Fact]
    public void A_tag_filter_generates_only_reachable_models_and_the_client_still_compiles_cleanly()
    {
        var unfiltered = Jira();
        var filtered = Jira(("ScopewiseIncludeTags", "Issues"));

        Assert.Empty(filtered.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(filtered.CompilationDiagnostics);
        Assert.NotNull(filtered.Compilation.GetTypeByMetadataName("Scopewise.Jira.IssueBean"));      // getIssue's response
        Assert.NotNull(filtered.Compilation.GetTypeByMetadataName("Scopewise.Jira.UserDetails"));    // reached through IssueBean's properties
        Assert.Null(filtered.Compilation.GetTypeByMetadataName("Scopewise.Jira.Dashboard"));         // only dashboard operations use it
        Assert.NotNull(unfiltered.Compilation.GetTypeByMetadataName("Scopewise.Jira.Dashboard"));
        Assert.True(ModelCount(filtered) * 3 < ModelCount(unfiltered), $"filtered {ModelCount(filtered)} vs all {ModelCount(unfiltered)} models");
    }

    [Fact]
    public void An_operation_filter_keeps_the_models_of_its_body_and_response()
    {
        var result = Jira(("ScopewiseIncludeOperations", "createIssue"));

        Assert.Empty(result.CompilationDiagnostics);
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Scopewise.Jira.IssueUpdateDetails"));   // request body
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Scopewise.Jira.CreatedIssue"));         // response
        Assert.Null(result.Compilation.GetTypeByMetadataName("Scopewise.Jira.IssueBean"));
    }
}
