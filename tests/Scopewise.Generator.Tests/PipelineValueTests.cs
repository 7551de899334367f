using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>
/// Every value a pipeline step caches is plain data: no symbol, syntax node, compilation or source text (they would keep
/// a whole compilation alive between runs and defeat the value comparison that keeps steps cached), and no NSwag,
/// NJsonSchema or Newtonsoft object (the parser's types stay inside the parse step). As System.Text.Json's generator
/// tests do, the object graph of every tracked output is walked field by field.
/// </summary>
public sealed class PipelineValueTests
{
    private static readonly Type[] Forbidden = [typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(SourceText), typeof(SemanticModel), typeof(SyntaxTree)];
    private static readonly string[] ForbiddenNamespaces = ["NSwag", "NJsonSchema", "Newtonsoft"];

    [Fact]
    public void No_cached_pipeline_value_holds_a_compiler_or_parser_object()
    {
        var items = new[]
        {
            InputItem.Bundled("confluence-v2"),
            InputItem.BundledTable("confluence"),
            InputItem.Spec("/specs/broken.json", """{"openapi":"3.0.1","info":{"title":"Broken","version":"1"},"paths":{"/a":{"get":{"responses":{"200":{"$ref":"#/components/responses/Missing"}}}}}}"""),
        };
        var compilation = GeneratorHarness.CreateCompilation("[assembly: Scopewise.GrantedScopes(\"read:page:confluence\")]");
        var result = GeneratorHarness.CreateDriver(items, trackSteps: true).RunGenerators(compilation).GetRunResult().Results.Single();

        var steps = result.TrackedSteps.Where(s => s.Key.StartsWith("Scopewise", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, steps.Count);
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (name, runs) in steps)
        {
            foreach (var (value, _) in runs.SelectMany(r => r.Outputs))
            {
                Walk(value, name, visited);
            }
        }

        Assert.Contains(visited, v => v is Resolve.ClientPlan);
    }

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is Pointer)
        {
            return;
        }

        var type = value.GetType();
        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.FullName}");
        Assert.False(ForbiddenNamespaces.Any(n => type.Namespace?.StartsWith(n, StringComparison.Ordinal) == true), $"{path} holds a {type.FullName}");
        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable sequence and not string)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                Walk(item, $"{path}[{index++}]", visited);
            }
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer)
                {
                    continue;
                }

                Walk(field.GetValue(value), $"{path}.{field.Name}", visited);
            }
        }
    }
}
