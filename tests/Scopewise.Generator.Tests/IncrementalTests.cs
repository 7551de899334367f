using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>Editing an unrelated C# file never re-parses a spec: every spec-derived step stays Cached or Unchanged.</summary>
public sealed class IncrementalTests
{
    [Fact]
    public void An_unrelated_edit_leaves_every_spec_step_cached()
    {
        var items = new[] { InputItem.Bundled("confluence-v2"), InputItem.BundledTable("confluence") };
        var compilation = GeneratorHarness.CreateCompilation("class A { }", "class B { }");
        var driver = GeneratorHarness.CreateDriver(items, trackSteps: true).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("class A { int x; }", GeneratorHarness.ParseOptions, path: compilation.SyntaxTrees.First().FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var steps = new[] { ScopewiseGenerator.Steps.Inputs, ScopewiseGenerator.Steps.ParsedSpecs, ScopewiseGenerator.Steps.ScopeTables, ScopewiseGenerator.Steps.Clients };
        foreach (var step in steps)
        {
            Assert.True(result.TrackedSteps.TryGetValue(step, out var runs), $"step {step} was not tracked");
            var reasons = runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} ran: {reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_spec_reparses_only_that_spec()
    {
        var pets = InputItem.Spec("/specs/pets.json", """{"openapi":"3.0.1","info":{"title":"Pets","version":"1"},"paths":{"/pets":{"get":{"operationId":"listPets","responses":{"204":{"description":"none"}}}}}}""");
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver([InputItem.Bundled("confluence-v2"), pets], trackSteps: true, out var texts).RunGenerators(compilation);

        var original = texts.Single(t => t.Path == pets.Path);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(pets.Path, pets.Text.Replace("listPets", "listAllPets", StringComparison.Ordinal)));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parses = result.TrackedSteps[ScopewiseGenerator.Steps.ParsedSpecs].SelectMany(r => r.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parses.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, parses.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }
}
