using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>
/// Generated models read and write real JSON through the generated (reflection-free) metadata: every model of every
/// bundled spec, the specs' own response examples, unknown enum values and properties, nulls and Jira's dates.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Specs => new() { "confluence-v1", "confluence-v2", "jira-v3", "confluence-dc" };

    [Theory]
    [MemberData(nameof(Specs))]
    public void Every_type_has_generated_metadata_that_reads_and_writes_an_empty_value(string name)
    {
        var assembly = BundledGeneration.Load(name);
        var jsonClass = assembly.GetTypes().Single(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Json", StringComparison.Ordinal));
        var options = (JsonSerializerOptions)jsonClass.GetProperty("Options")!.GetValue(null)!;
        var models = assembly.GetTypes()
            .Where(t => t.IsPublic && t.Namespace == jsonClass.Namespace && t != jsonClass)
            .Where(t => !t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(ApiConnection))))
            .ToList();

        Assert.NotEmpty(models);
        foreach (var model in models)
        {
            var info = options.GetTypeInfo(model);
            Assert.NotNull(info);
            var empty = info.Kind switch
            {
                JsonTypeInfoKind.Object => "{}",
                _ => model.IsValueType ? "\"value\"" : "{}",
            };
            var value = JsonSerializer.Deserialize(empty, info);
            Assert.NotNull(value);
            JsonSerializer.Serialize(value, info);
        }
    }

    // Examples that contradict their own spec: checked by hand against the schema, left out with the reason.
    private static readonly Dictionary<string, string> ContradictoryExamples = new()
    {
        ["findAssignableUsers"] = "the schema is an array of users; the example is one user",
        ["getUserGroups"] = "the schema is an array of group names; the example is one group",
        ["getDynamicWebhooksForApp"] = "expirationDate is int64 in the schema; the example writes a date string",
        ["refreshWebhooks"] = "expirationDate is int64 in the schema; the example writes a date string",
    };

    [Theory]
    [InlineData("jira-v3", 300)]
    [InlineData("confluence-v1", 2)]
    [InlineData("confluence-dc", 1)]
    public void The_specs_own_response_examples_round_trip_without_inventing_anything(string name, int atLeast)
    {
        var assembly = BundledGeneration.Load(name);
        var jsonClass = assembly.GetTypes().Single(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Json", StringComparison.Ordinal));
        var options = (JsonSerializerOptions)jsonClass.GetProperty("Options")!.GetValue(null)!;
        var returnTypes = assembly.GetTypes().SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<ApiOperationAttribute>() is not null && m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Task<>))
            .ToDictionary(m => m.GetCustomAttribute<ApiOperationAttribute>()!.OperationId!, m => m.ReturnType.GetGenericArguments()[0]);
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(InputItem.BundledDirectory, name + ".openapi.json")));

        var checkedExamples = 0;
        var failures = new List<string>();
        foreach (var (operationId, _, _, operation) in SpecJson.Operations(spec))
        {
            if (!returnTypes.TryGetValue(operationId, out var resultType) || resultType == typeof(Stream) || !operation.TryGetProperty("responses", out var responses) || ContradictoryExamples.ContainsKey(operationId))
            {
                continue;
            }

            foreach (var example in SuccessExamples(responses).Where(e => e.ValueKind != JsonValueKind.String || resultType.IsValueType || resultType == typeof(string)))
            {
                var info = options.GetTypeInfo(resultType);
                try
                {
                    var value = JsonSerializer.Deserialize(example.GetRawText(), info);
                    using var written = JsonDocument.Parse(JsonSerializer.Serialize(value, info));
                    if (JsonSubset.FirstDifference(example, written.RootElement) is { } difference)
                    {
                        failures.Add($"{operationId}: {difference}");
                    }
                }
                catch (JsonException exception)
                {
                    failures.Add($"{operationId}: {exception.Message}");
                }

                checkedExamples++;
            }
        }

        // Schema-level examples: the component's own model reads them.
        foreach (var schema in spec.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            var model = assembly.GetType(jsonClass.Namespace + "." + PascalCase(schema.Name));
            if (model is null || !schema.Value.TryGetProperty("example", out var example) || Parsed(example).ValueKind == JsonValueKind.String && !model.IsValueType)
            {
                // No example, or prose rather than JSON.
                continue;
            }

            var info = options.GetTypeInfo(model);
            try
            {
                using var written = JsonDocument.Parse(JsonSerializer.Serialize(JsonSerializer.Deserialize(Parsed(example).GetRawText(), info), info));
                if (JsonSubset.FirstDifference(Parsed(example), written.RootElement) is { } difference)
                {
                    failures.Add($"{schema.Name}: {difference}");
                }
            }
            catch (JsonException exception)
            {
                failures.Add($"{schema.Name}: {exception.Message}");
            }

            checkedExamples++;
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedExamples} examples failed:\n" + string.Join("\n", failures.Take(15)));
        Assert.True(checkedExamples >= atLeast, $"only {checkedExamples} examples checked");
    }

    [Fact]
    public void Unknown_enum_values_unknown_properties_and_nulls_are_tolerated()
    {
        var result = GeneratorHarness.Run([
            InputItem.Spec("/specs/enums.yaml", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "enums.yaml")), ("ScopewiseNamespace", "Enums")),
            InputItem.Spec("/specs/composition.json", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "composition.json")), ("ScopewiseNamespace", "Shapes")),
        ]);
        var assembly = BundledGeneration.LoadCompilation(result.Compilation, "tolerance");
        var item = TypeInfo(assembly, "Enums.EnumShopJson", "Item");
        var shape = TypeInfo(assembly, "Shapes.CompositionJson", "Shape");

        var read = JsonSerializer.Deserialize("""{"status":"brand-new","priority":null,"unexpected":{"deep":[1,2]}}""", item)!;
        var status = read.GetType().GetProperty("Status")!.GetValue(read)!;
        Assert.Equal("brand-new", status.ToString());
        Assert.False((bool)status.GetType().GetProperty("IsKnown")!.GetValue(status)!);
        Assert.Null(read.GetType().GetProperty("Priority")!.GetValue(read));
        Assert.Equal("""{"status":"brand-new"}""", JsonSerializer.Serialize(read, item));

        const string shapeJson = """{"id":"7","kind":"circle","labels":[],"createdAt":"2024-01-15T10:30:00.000+0000","note":null,"geometry":{"radius":2.5},"_links":{"self":"/s/7"},"extra":true}""";
        var readShape = JsonSerializer.Deserialize(shapeJson, shape)!;
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.Zero), readShape.GetType().GetProperty("CreatedAt")!.GetValue(readShape));
        var geometry = readShape.GetType().GetProperty("Geometry")!.GetValue(readShape)!;
        var circle = geometry.GetType().GetMethod("AsCircle")!.Invoke(geometry, null)!;
        Assert.Equal(2.5f, circle.GetType().GetProperty("Radius")!.GetValue(circle));
        using var written = JsonDocument.Parse(JsonSerializer.Serialize(readShape, shape));
        using var original = JsonDocument.Parse(shapeJson);
        Assert.Null(JsonSubset.FirstDifference(original.RootElement, written.RootElement));
        Assert.Equal("7", written.RootElement.GetProperty("id").GetString());
    }

    private static string PascalCase(string name)
        => string.Concat(name.Split(['-', '_', ' ', '.'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static JsonTypeInfo TypeInfo(Assembly assembly, string jsonClass, string accessor)
        => (JsonTypeInfo)assembly.GetType(jsonClass, throwOnError: true)!.GetProperty(accessor)!.GetValue(null)!;

    private static IEnumerable<JsonElement> SuccessExamples(JsonElement responses)
    {
        foreach (var response in responses.EnumerateObject().Where(r => r.Name.StartsWith('2')))
        {
            if (!response.Value.TryGetProperty("content", out var content))
            {
                continue;
            }

            foreach (var media in content.EnumerateObject().Where(m => m.Name.Contains("json", StringComparison.Ordinal)))
            {
                if (media.Value.TryGetProperty("example", out var example))
                {
                    yield return Parsed(example);
                }

                if (media.Value.TryGetProperty("examples", out var examples))
                {
                    foreach (var named in examples.EnumerateObject())
                    {
                        if (named.Value.TryGetProperty("value", out var value))
                        {
                            yield return Parsed(value);
                        }
                    }
                }
            }
        }
    }

    // Atlassian's specs often store an example as a JSON string holding the JSON.
    private static JsonElement Parsed(JsonElement example)
    {
        if (example.ValueKind == JsonValueKind.String)
        {
            try
            {
                return JsonDocument.Parse(example.GetString()!).RootElement;
            }
            catch (JsonException)
            {
                return example;
            }
        }

        return example;
    }
}
