using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>
/// Generated files switch nullable warnings off for their own bodies (consumers' build speed) but keep annotations
/// on: a consumer with nullable enabled must still be warned when it dereferences a member that may be null.
/// </summary>
public sealed class NullableAnnotationTests
{
    [Fact]
    public void A_consumer_is_warned_when_it_dereferences_a_property_the_spec_leaves_optional()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "operations.json");
        var result = GeneratorHarness.Run([InputItem.Spec("/specs/operations.json", File.ReadAllText(path), ("ScopewiseNamespace", "Demo"))]);
        var consumer = CSharpSyntaxTree.ParseText("""
            #nullable enable
            static class Consumer
            {
                static int NameLength(Demo.Thing thing) => thing.Name.Length;
            }
            """, GeneratorHarness.ParseOptions, path: "Consumer.cs");

        var compilation = result.Compilation.AddSyntaxTrees(consumer);

        var warnings = compilation.GetSemanticModel(consumer).GetDiagnostics().Select(d => d.Id).ToList();
        Assert.Contains("CS8602", warnings);
    }
}
