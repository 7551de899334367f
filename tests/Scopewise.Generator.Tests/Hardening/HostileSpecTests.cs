using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests.Hardening;

/// <summary>
/// Specs written to break the generator: each gives a clear diagnostic or compiling code, never a generator
/// exception, and never stops the other spec of the run from generating.
/// </summary>
public sealed class HostileSpecTests
{
    private const string Bystander = """
        {"openapi":"3.0.1","info":{"title":"Bystander","version":"1"},
         "paths":{"/b":{"get":{"operationId":"getB","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/B"}}}}}}}},
         "components":{"schemas":{"B":{"type":"object","properties":{"name":{"type":"string"}}}}}}
        """;

    private static GeneratorResult RunWithBystander(string path, string spec, params (string Key, string Value)[] metadata)
    {
        var result = GeneratorHarness.Run([
            InputItem.Spec(path, spec, metadata.Append(("ScopewiseClientName", "HostileClient")).ToArray()),
            InputItem.Spec("/specs/bystander.json", Bystander, ("ScopewiseClientName", "BystanderClient"), ("ScopewiseNamespace", "Bystander")),
        ]);
        Assert.All(result.Run.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "CS8784");
        Assert.Contains(result.Sources, s => s.HintName.StartsWith("Bystander.BystanderClient", StringComparison.Ordinal));
        return result;
    }

    private static string Operations(string schemas, string responseSchema = """{"$ref":"#/components/schemas/A"}""", string extraParameters = "")
        => """
        {"openapi":"3.0.1","info":{"title":"Zoo","version":"1"},
         "paths":{"/a":{"get":{"operationId":"getA","parameters":[@parameters@],"responses":{"200":{"description":"ok","content":{"application/json":{"schema":@response@}}}}}}},
         "components":{"schemas":@schemas@}}
        """.Replace("@parameters@", extraParameters, StringComparison.Ordinal).Replace("@response@", responseSchema, StringComparison.Ordinal).Replace("@schemas@", schemas, StringComparison.Ordinal);

    /// <summary>A0 inherits A1 through allOf, A1 inherits A2, …, each adding one property; getA returns A0.</summary>
    private static string AllOfChain(int length)
    {
        var schemas = new StringBuilder("{");
        for (var i = 0; i < length; i++)
        {
            schemas.Append("\"A" + i + "\":{\"type\":\"object\",\"allOf\":[{\"$ref\":\"#/components/schemas/A" + (i + 1) + "\"}],\"properties\":{\"p" + i + "\":{\"type\":\"string\"}}},");
        }

        schemas.Append("\"A" + length + "\":{\"type\":\"object\",\"properties\":{\"last\":{\"type\":\"string\"}}}}");
        return Operations(schemas.ToString(), """{"$ref":"#/components/schemas/A0"}""");
    }

    private static void AssertCompiles(GeneratorResult result)
        => Assert.True(!result.CompilationDiagnostics.Any(), string.Join("\n", result.CompilationDiagnostics.Take(5)));

    private static IReadOnlyList<Diagnostic> Ids(GeneratorResult result, string id) => result.GeneratorDiagnostics.Where(d => d.Id == id).ToList();

    [Theory]
    [InlineData("""{"A":{"$ref":"#/components/schemas/A"}}""")]
    [InlineData("""{"A":{"$ref":"#/components/schemas/B"},"B":{"$ref":"#/components/schemas/A"}}""")]
    [InlineData("""{"A":{"allOf":[{"$ref":"#/components/schemas/B"}]},"B":{"allOf":[{"$ref":"#/components/schemas/A"}]}}""")]
    public void A_reference_cycle_returned_from_an_operation_is_free_form_JSON_with_an_SW1002(string schemas)
    {
        var result = RunWithBystander("/specs/cycle.json", Operations(schemas));

        Assert.NotEmpty(Ids(result, "SW1002"));
        Assert.Contains("Task<global::System.Text.Json.JsonElement> GetAAsync", result.Source("HostileClient.g.cs"), StringComparison.Ordinal);
        AssertCompiles(result);
    }

    [Theory]
    [InlineData("""{"A":{"type":"object","allOf":[{"$ref":"#/components/schemas/A"}],"properties":{"x":{"type":"string"}}}}""")]
    [InlineData("""{"A":{"type":"object","allOf":[{"$ref":"#/components/schemas/B"}],"properties":{"a":{"type":"string"}}},"B":{"type":"object","allOf":[{"$ref":"#/components/schemas/A"}],"properties":{"b":{"type":"string"}}}}""")]
    public void An_allOf_cycle_is_flattened_with_an_SW1002_and_no_class_inherits_from_itself(string schemas)
    {
        var result = RunWithBystander("/specs/allof-cycle.json", Operations(schemas));

        Assert.Contains(Ids(result, "SW1002"), d => d.GetMessage().Contains("cycle", StringComparison.Ordinal));
        AssertCompiles(result);
    }

    [Theory]
    [InlineData("""{"A":{"type":"array","items":{"$ref":"#/components/schemas/A"}}}""")]
    [InlineData("""{"A":{"type":"object","additionalProperties":{"$ref":"#/components/schemas/A"}}}""")]
    public void An_array_or_map_that_contains_itself_ends_in_free_form_JSON_with_an_SW1002(string schemas)
    {
        var result = RunWithBystander("/specs/self-container.json", Operations(schemas));

        Assert.Contains(Ids(result, "SW1002"), d => d.GetMessage().Contains("contains itself", StringComparison.Ordinal));
        Assert.Empty(Ids(result, "SW1001"));
        AssertCompiles(result);
    }

    [Fact]
    public void A_parameter_without_a_name_is_left_out_with_an_SW1002_and_the_rest_compiles()
    {
        var result = RunWithBystander("/specs/nameless.json", Operations(
            """{"A":{"type":"object","properties":{"x":{"type":"string"}}}}""",
            extraParameters: """{"in":"query","schema":{"type":"string"}},{"name":"ok","in":"query","schema":{"type":"string"}}"""));

        Assert.Contains(Ids(result, "SW1002"), d => d.GetMessage().Contains("no 'name'", StringComparison.Ordinal));
        Assert.Contains("string? ok = null", result.Source("HostileClient.g.cs"), StringComparison.Ordinal);
        AssertCompiles(result);
    }

    [Fact]
    public void Names_of_100000_characters_become_capped_stable_identifiers()
    {
        var longName = new string('a', 100_000);
        var spec = """
            {"openapi":"3.0.1","info":{"title":"@long@","version":"1"},
             "paths":{"/a/{@long@}":{"get":{"operationId":"@long@","tags":["@long@"],
               "parameters":[{"name":"@long@","in":"path","required":true,"schema":{"type":"string"}}],
               "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/@long@"}}}}}}}},
             "components":{"schemas":{"@long@":{"type":"object","properties":{"@long@":{"type":"string","enum":["@long@","b"]}}}}}}
            """.Replace("@long@", longName, StringComparison.Ordinal);
        var first = GeneratorHarness.Run([InputItem.Spec("/specs/long.json", spec)]);
        var second = GeneratorHarness.Run([InputItem.Spec("/specs/long.json", spec)]);

        Assert.All(first.Run.Results, r => Assert.Null(r.Exception));
        AssertCompiles(first);
        Assert.Equal(first.Sources.Select(s => s.HintName), second.Sources.Select(s => s.HintName));
        var longest = first.Compilation.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantTokens()).Where(t => t.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken)).Max(t => t.ValueText.Length);
        Assert.InRange(longest, 1, 200);
    }

    [Theory]
    [InlineData("ZooClient")]
    [InlineData("ZooJson")]
    [InlineData("ZooPetsClient")]
    public void A_model_named_like_one_of_the_clients_types_is_renamed(string modelName)
    {
        var spec = """
            {"openapi":"3.0.1","info":{"title":"Zoo","version":"1"},
             "paths":{"/pets":{"get":{"operationId":"listPets","tags":["Pet"],"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/@model@"}}}}}}}},
             "components":{"schemas":{"@model@":{"type":"object","properties":{"name":{"type":"string"}}}}}}
            """.Replace("@model@", modelName, StringComparison.Ordinal);
        var result = GeneratorHarness.Run([InputItem.Spec("/specs/zoo.json", spec)]);

        AssertCompiles(result);
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Scopewise.Generated.Zoo." + modelName + "2"));
        Assert.Contains(Ids(result, "SW1002"), d => d.GetMessage().Contains(modelName + "2", StringComparison.Ordinal));
        Assert.Contains($"Task<{modelName}2> ListPetsAsync", result.Source("ZooClient.Pets.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Object_and_array_valued_enum_values_compile_and_keep_their_JSON_text()
    {
        var result = RunWithBystander("/specs/enum.json", Operations(
            """{"A":{"type":"string","enum":["plain",{"multi":"line\nobject"},[1,2],null,"x\ny"]}}"""));

        AssertCompiles(result);
        var models = string.Concat(result.Sources.Where(s => s.HintName.Contains("HostileClient.Models", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()));
        Assert.Contains(""" = new("{\"multi\":\"line\\nobject\"}");""", models, StringComparison.Ordinal);
        Assert.Contains(""" = new("[1,2]");""", models, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_of_thousands_of_values_checks_IsKnown_with_one_string_switch()
    {
        var values = string.Join(",", Enumerable.Range(0, 3000).Select(i => "\"value-" + i + "\""));
        var result = RunWithBystander("/specs/many.json", Operations("""{"A":{"type":"string","enum":[""" + values + "]}}"));

        AssertCompiles(result);
        var models = string.Concat(result.Sources.Where(s => s.HintName.Contains("HostileClient.Models", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()));
        Assert.Contains("switch (Value)", models, StringComparison.Ordinal);
        Assert.Contains("case \"value-2999\":", models, StringComparison.Ordinal);
        Assert.DoesNotContain("|| Value ==", models, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_file_that_holds_JSON_is_read_as_JSON()
    {
        var result = GeneratorHarness.Run([InputItem.Spec("/specs/pets.yaml", Bystander)]);

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(result.Sources, s => s.HintName.EndsWith("BystanderClient.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_1000_deep_allOf_chain_is_SW1005_naming_the_budget_and_how_to_raise_it()
    {
        var result = RunWithBystander("/specs/deep-allof.json", AllOfChain(1000));

        var diagnostic = Assert.Single(Ids(result, "SW1005"));
        Assert.Contains("allOf depth", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("MaxAllOfDepth", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Sources, s => s.HintName.Contains("HostileClient", StringComparison.Ordinal));
    }

    [Fact]
    public void A_7000_long_alias_chain_is_SW1005_without_the_quadratic_walk()
    {
        var schemas = new StringBuilder();
        for (var i = 0; i < 7000; i++)
        {
            schemas.Append(i > 0 ? "," : "").Append("\"A" + i + "\":{\"$ref\":\"#/components/schemas/A" + (i + 1) + "\"}");
        }

        schemas.Append(""","A7000":{"type":"string"}""");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = RunWithBystander("/specs/alias-chain.json", Operations("{" + schemas + "}", """{"$ref":"#/components/schemas/A0"}"""));

        var diagnostic = Assert.Single(Ids(result, "SW1005"));
        Assert.Contains("MaxReferenceChain", diagnostic.GetMessage(), StringComparison.Ordinal);

        // A guard against the quadratic walk coming back, not a timing target: it took 39 s of CPU before.
        Assert.True(Process.GetCurrentProcess().TotalProcessorTime - cpu < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void A_budget_raised_in_item_metadata_lets_the_spec_through()
    {
        var spec = AllOfChain(40);

        Assert.Single(Ids(RunWithBystander("/specs/allof40.json", spec), "SW1005"));
        var raised = RunWithBystander("/specs/allof40.json", spec, ("ScopewiseMaxAllOfDepth", "64"));
        Assert.Empty(Ids(raised, "SW1005"));
        AssertCompiles(raised);
    }

    [Fact]
    public void Generated_code_over_its_budget_adds_no_file_of_that_spec()
    {
        var result = RunWithBystander("/specs/small.json", Operations("""{"A":{"type":"object","properties":{"x":{"type":"string"}}}}"""), ("ScopewiseMaxGeneratedChars", "5000"));

        var diagnostic = Assert.Single(Ids(result, "SW1005"));
        Assert.Contains("generated C#", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Sources, s => s.HintName.Contains("HostileClient", StringComparison.Ordinal));
        AssertCompiles(result);
    }

    [Fact]
    public void A_budget_that_is_not_a_number_is_reported_and_the_default_is_used()
    {
        var result = RunWithBystander("/specs/small.json", Operations("""{"A":{"type":"object","properties":{"x":{"type":"string"}}}}"""), ("ScopewiseMaxNestingDepth", "deep"));

        Assert.Contains(Ids(result, "SW1002"), d => d.GetMessage().Contains("MaxNestingDepth", StringComparison.Ordinal) && d.GetMessage().Contains("'deep'", StringComparison.Ordinal));
        Assert.Contains(result.Sources, s => s.HintName.Contains("HostileClient", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public void Nesting_10000_deep_is_SW1005_at_its_position_not_a_dead_compiler(string format)
    {
        const int depth = 10_000;
        var text = format == "json"
            ? Operations("""{"A":""" + string.Concat(Enumerable.Repeat("""{"type":"object","properties":{"p":""", depth)) + "{}" + string.Concat(Enumerable.Repeat("}}", depth)) + "}")
            : "openapi: 3.0.1\ninfo: {title: Zoo, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: " + new string('[', depth) + new string(']', depth) + "\n";
        GeneratorResult? result = null;
        var thread = new Thread(() => result = RunWithBystander("/specs/deep." + format, text), 1024 * 1024);
        thread.Start();
        thread.Join();

        var diagnostic = Assert.Single(Ids(result!, "SW1005"));
        Assert.Contains("nesting depth", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.True(diagnostic.Location.GetLineSpan().StartLinePosition != default, "the diagnostic points at where the nesting goes too deep");
    }

    [Fact]
    public void A_yaml_billion_laughs_is_SW1005_before_anything_expands_it()
    {
        var yaml = new StringBuilder("openapi: 3.0.1\ninfo: {title: Zoo, version: '1'}\npaths: {}\nx-laughs:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append($"  a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }

        var result = RunWithBystander("/specs/laughs.yaml", yaml.ToString());

        var diagnostic = Assert.Single(Ids(result, "SW1005"));
        Assert.Contains("MaxAliasExpansion", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
