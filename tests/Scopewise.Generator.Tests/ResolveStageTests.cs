using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>
/// The resolve stage decides everything before emit: which item's metadata a spec gets, which of two specs that would
/// generate the same client loses, and the incremental pipeline keeps an edit of one spec away from the others.
/// </summary>
public sealed class ResolveStageTests
{
    private const string Pets = """
        {"openapi":"3.0.1","info":{"title":"Pets","version":"1"},
         "paths":{"/pets/{id}":{"get":{"operationId":"getPet","tags":["Pet"],"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],
           "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}}}}}}}},
         "components":{"schemas":{"Pet":{"type":"object","properties":{"name":{"type":"string"}}}}}}
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_specs_generating_the_same_client_the_later_by_path_is_SW1001_whatever_the_item_order(bool reversed)
    {
        InputItem[] items =
        [
            InputItem.Spec("/specs/a-pets.json", Pets, ("ScopewiseClientName", "PetsClient")),
            InputItem.Spec("/specs/b-pets.json", Pets.Replace("getPet", "fetchPet", StringComparison.Ordinal), ("ScopewiseClientName", "PetsClient")),
        ];
        var result = GeneratorHarness.Run(reversed ? items.Reverse() : items);

        var clash = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "SW1001");
        Assert.Equal("/specs/b-pets.json", clash.Location.GetLineSpan().Path);
        Assert.Contains("another spec already generates Scopewise.Generated.Pets.PetsClient", clash.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("GetPetAsync", result.Source("Scopewise.Generated.Pets.PetsClient.Pets.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Sources, s => s.SourceText.ToString().Contains("FetchPetAsync", StringComparison.Ordinal));
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Fact]
    public void Specs_whose_files_clash_only_ignoring_case_are_SW1001_too()
    {
        var result = GeneratorHarness.Run([
            InputItem.Spec("/specs/a.json", Pets, ("ScopewiseClientName", "PetsClient"), ("ScopewiseNamespace", "Zoo")),
            InputItem.Spec("/specs/b.json", Pets, ("ScopewiseClientName", "PetsClient"), ("ScopewiseNamespace", "ZOO")),
        ]);

        var clash = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "SW1001");
        Assert.Equal("/specs/b.json", clash.Location.GetLineSpan().Path);
        Assert.Contains("ZOO.PetsClient", clash.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_spec_named_twice_is_SW1001_for_the_second_item_and_generates_once_with_the_first_items_metadata()
    {
        var first = new InMemoryAdditionalText("/specs/pets.json", Pets);
        var second = new InMemoryAdditionalText("/specs/pets.json", Pets);
        var options = new PerTextOptions(new Dictionary<AdditionalText, Dictionary<string, string>>(ReferenceEqualityComparer.Instance)
        {
            [first] = new() { ["ScopewiseKind"] = "spec", ["ScopewiseNamespace"] = "First" },
            [second] = new() { ["ScopewiseKind"] = "spec", ["ScopewiseNamespace"] = "Second" },
        });
        var driver = CSharpGeneratorDriver.Create([new ScopewiseGenerator().AsSourceGenerator()], [first, second], GeneratorHarness.ParseOptions, options);
        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SW1001", diagnostic.Id);
        Assert.Contains("the same spec is named twice", diagnostic.GetMessage(), StringComparison.Ordinal);
        var sources = result.Results.Single().GeneratedSources;
        Assert.Contains(sources, s => s.HintName == "First.PetsClient.g.cs");
        Assert.DoesNotContain(sources, s => s.HintName.StartsWith("Second.", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_one_spec_resolves_and_emits_only_that_spec()
    {
        var pets = InputItem.Spec("/specs/pets.json", Pets, ("ScopewiseClientName", "PetsClient"));
        var cats = InputItem.Spec("/specs/cats.json", Pets.Replace("Pet", "Cat", StringComparison.Ordinal), ("ScopewiseClientName", "CatsClient"));
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver([cats, pets], trackSteps: true, out var texts).RunGenerators(compilation);

        var original = texts.Single(t => t.Path == pets.Path);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(pets.Path, pets.Text.Replace("getPet", "getOnePet", StringComparison.Ordinal)));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var plans = result.TrackedSteps[ScopewiseGenerator.Steps.Clients].SelectMany(r => r.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, plans.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, plans.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        // The clash check is shared, but its result did not change: only the edited spec's output runs, the cats
        // client is not printed again.
        var ran = result.TrackedOutputSteps.SelectMany(s => s.Value).Where(step => step.Outputs.Any(o => o.Reason != IncrementalStepRunReason.Cached)).ToList();
        Assert.Single(ran);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Scopewise.Generated.Cats.CatsClient.g.cs");
    }

    [Fact]
    public void The_plan_decides_every_name_and_pairs_each_operation_with_its_scopes()
    {
        const string table = """
            {"product":"pets","scopes":[{"name":"read:pet","kind":"granular","description":"Read pets."}],
             "operations":[{"operationId":"getPet","mode":"replace","alternatives":[["read:pet"]]}]}
            """;
        var api = Spec.SpecParser.Parse(new Spec.SpecSource("/specs/pets.json", Microsoft.CodeAnalysis.Text.SourceText.From(Pets)), CancellationToken.None);
        var tables = ImmutableArray.Create(Scopes.ScopeTableParser.Parse("/specs/pets.scopes.json", table));
        var options = new Model.SpecOptions("/specs/pets.json", "PetsClient", "Zoo", "pets", null, null, null, default, default, default, Spec.Budgets.SpecBudgets.Default);

        var plan = Resolve.ClientPlanner.Plan(api, options, tables);

        Assert.Equal("Zoo.PetsClient.g.cs", plan.HintName);
        Assert.Empty(plan.Operations);
        var sub = Assert.Single(plan.SubClients);
        Assert.Equal(("Pet", "Pets", "PetsPetsClient", "Zoo.PetsClient.Pets.g.cs"), (sub.Tag, sub.Property, sub.ClassName, sub.HintName));
        var operation = Assert.Single(sub.Operations);
        Assert.Equal(("getPet", "s_getPet", "Pet"), (operation.Operation.OperationId, operation.InfoField, operation.ResponseAccessor));
        var alternative = Assert.Single(operation.Scopes);
        Assert.Equal(Scopes.ScopeAlternativeKind.Granular, alternative.Kind);
        Assert.Equal(["read:pet"], alternative.Scopes);
        Assert.Equal("PetsJson", plan.Json.ClassName);
        var types = plan.Json.Batches.SelectMany(b => b.Types).ToList();
        Assert.Equal(plan.Json.TypeCount, types.Count);
        Assert.Equal(types.Select(t => t.Id).Order(StringComparer.Ordinal), types.Select(t => t.Id));
        Assert.Equal(plan.HintNames.Count(), plan.HintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(plan, Resolve.ClientPlanner.Plan(api, options, tables));
    }

    private sealed class PerTextOptions(Dictionary<AdditionalText, Dictionary<string, string>> items) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options([]);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => items.TryGetValue(textFile, out var metadata) ? new Options(metadata.ToDictionary(p => "build_metadata.AdditionalFiles." + p.Key, p => p.Value)) : GlobalOptions;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
