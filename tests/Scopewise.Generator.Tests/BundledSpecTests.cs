using System.Text.Json;
using Microsoft.CodeAnalysis;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>The four bundled Atlassian specs generate clients that compile cleanly, with every operation and its exact scopes.</summary>
public sealed class BundledSpecTests
{
    public static TheoryData<string> Specs => new() { "confluence-v1", "confluence-v2", "jira-v3", "confluence-dc" };

    private static GeneratorResult Generate(string name) => BundledGeneration.Generate(name);

    [Theory]
    [MemberData(nameof(Specs))]
    public void Generated_client_compiles_with_no_errors_and_no_warnings(string name)
    {
        var result = Generate(name);

        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var problems = result.CompilationDiagnostics.Take(20).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Every_operation_of_the_spec_has_a_method_or_an_SW1002(string name)
    {
        var result = Generate(name);
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(InputItem.BundledDirectory, name + ".openapi.json")));

        var expected = SpecJson.Operations(spec).Count;
        var generated = GeneratedSymbols.PrimaryOperationMethods(result.Compilation).Count();
        var leftOut = result.GeneratorDiagnostics.Count(d => d.Id == "SW1002" && d.GetMessage().Contains("operation was left out", StringComparison.Ordinal));

        Assert.Equal(expected, generated + leftOut);
    }

    [Theory]
    [InlineData("confluence-v1", "confluence")]
    [InlineData("confluence-v2", "confluence")]
    [InlineData("jira-v3", "jira")]
    public void Every_operation_carries_exactly_the_alternatives_the_spec_and_scope_table_name(string name, string product)
    {
        var result = Generate(name);
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(InputItem.BundledDirectory, name + ".openapi.json")));
        using var table = JsonDocument.Parse(File.ReadAllText(Path.Combine(InputItem.BundledDirectory, product + ".scopes.json")));
        var methods = GeneratedSymbols.PrimaryOperationMethods(result.Compilation).ToDictionary(GeneratedSymbols.OperationId);

        var checkedWithScopes = 0;
        foreach (var (operationId, method, path, operation) in SpecJson.Operations(spec))
        {
            var expected = SpecJson.ExpectedAlternatives(spec, operation, operationId, method, path, table);
            Assert.True(methods.TryGetValue(operationId, out var generated), $"no method for {operationId}");
            Assert.Equal(expected, GeneratedSymbols.Alternatives(generated!));
            checkedWithScopes += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(checkedWithScopes > 100, $"only {checkedWithScopes} operations with scopes were checked");
    }

    [Fact]
    public void Data_center_client_has_no_scope_attributes_and_keeps_rest_api_paths()
    {
        var result = Generate("confluence-dc");
        var methods = GeneratedSymbols.OperationMethods(result.Compilation).ToList();

        Assert.NotEmpty(methods);
        Assert.All(methods, m => Assert.Empty(GeneratedSymbols.Alternatives(m)));
        var paths = methods.Select(m => (string)m.GetAttributes().Single(a => a.AttributeClass?.Name == "ApiOperationAttribute").ConstructorArguments[1].Value!).ToList();
        Assert.All(paths, p => Assert.StartsWith("/rest/", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Confluence_v2_paths_include_the_server_path_so_the_runtime_sends_them_from_the_product_root()
    {
        var source = Generate("confluence-v2").Source(".Pages.g.cs");

        Assert.Contains("[global::Scopewise.ApiOperation(\"GET\", \"/wiki/api/v2/pages/{id}\", OperationId = \"getPageById\", Product = \"confluence\")]", source, StringComparison.Ordinal);
        Assert.Contains("[global::Scopewise.RequiresScopes(\"read:page:confluence\", Kind = global::Scopewise.ScopeKind.Granular)]", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("confluence-v2", "GetPagesAllAsync", "ConfluenceCursor")]
    [InlineData("confluence-v1", "GetAuditRecordsAllAsync", "ConfluenceOffset")]
    [InlineData("confluence-v1", "SearchByCQLAllAsync", "ConfluenceCursor")]
    [InlineData("jira-v3", "SearchAndReconsileIssuesUsingJqlAllAsync", "JiraToken")]
    [InlineData("jira-v3", "SearchProjectsAllAsync", "JiraOffset")]
    public void Paged_operations_also_get_a_method_that_yields_every_item_with_the_same_scopes(string spec, string method, string style)
    {
        var result = Generate(spec);

        var all = GeneratedSymbols.OperationMethods(result.Compilation).Single(m => m.Name == method);
        Assert.Equal("IAsyncEnumerable", all.ReturnType.Name);
        var operationId = GeneratedSymbols.OperationId(all);
        var primary = GeneratedSymbols.PrimaryOperationMethods(result.Compilation).Single(m => GeneratedSymbols.OperationId(m) == operationId);
        Assert.Equal(GeneratedSymbols.Alternatives(primary), GeneratedSymbols.Alternatives(all));
        var source = result.Sources.Single(s => s.SourceText.ToString().Contains(" " + method + "(", StringComparison.Ordinal)).SourceText.ToString();
        var body = source.Substring(source.IndexOf(" " + method + "(", StringComparison.Ordinal));
        Assert.Contains("global::Scopewise.PagingStyle." + style, body.Substring(0, body.IndexOf("\n        }", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Every_paged_variant_is_named_by_one_rule_and_leaves_out_the_parameter_the_runtime_drives(string name)
    {
        var compilation = Generate(name).Compilation;
        var primaries = GeneratedSymbols.PrimaryOperationMethods(compilation).ToDictionary(GeneratedSymbols.OperationId);
        var paged = GeneratedSymbols.OperationMethods(compilation).Where(m => m.ReturnType.Name == "IAsyncEnumerable").ToList();

        Assert.NotEmpty(paged);
        foreach (var all in paged)
        {
            var primary = primaries[GeneratedSymbols.OperationId(all)];
            Assert.Equal(primary.Name[..^"Async".Length] + "AllAsync", all.Name);
            var left = primary.Parameters.Select(p => p.Name).Except(all.Parameters.Select(p => p.Name)).ToList();
            Assert.True(left.Count == 1 && left[0] is "cursor" or "start" or "startAt" or "nextPageToken",
                $"{all.Name} leaves out [{string.Join(", ", left)}] of {primary.Name}'s parameters; expected exactly the paging parameter");
        }
    }
}
