using System.Text.Json;
using System.Text.Json.Nodes;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>
/// Issue 15, item 6: a schema that says <c>additionalProperties: true</c> beside its properties keeps unknown
/// properties in its extension-data bag, as schema-valued <c>additionalProperties</c> does, so a round trip through
/// the generated JSON code loses nothing. Without the keyword, unknown properties are still ignored.
/// </summary>
public sealed class ExtensionDataTests
{
    [Fact]
    public void Confluence_v1_ContentMetadata_keeps_mediaType_through_a_round_trip()
    {
        var assembly = BundledGeneration.Load("confluence-v1");
        var jsonClass = assembly.GetTypes().Single(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Json", StringComparison.Ordinal));
        var options = (JsonSerializerOptions)jsonClass.GetProperty("Options")!.GetValue(null)!;
        var info = options.GetTypeInfo(assembly.GetTypes().Single(t => t.Name == "ContentMetadata"));
        const string json = """{"mediaType":"image/png","comment":"a screenshot","labels":{"results":[],"size":0}}""";

        var written = JsonNode.Parse(JsonSerializer.Serialize(JsonSerializer.Deserialize(json, info), info))!;

        Assert.Equal("image/png", written["mediaType"]!.GetValue<string>());
        Assert.Equal("a screenshot", written["comment"]!.GetValue<string>());
        Assert.Equal(0, written["labels"]!["size"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("\"additionalProperties\": true,", true)]
    [InlineData("\"additionalProperties\": {},", true)]
    [InlineData("", false)]
    [InlineData("\"additionalProperties\": false,", false)]
    public void Only_an_explicit_open_schema_gets_the_bag(string additionalProperties, bool keepsUnknown)
    {
        var spec = """
            {"openapi": "3.0.1", "info": {"title": "Open", "version": "1"},
             "paths": {"/thing": {"get": {"operationId": "getThing", "responses": {"200": {"description": "ok",
               "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", ADDITIONAL "properties": {"name": {"type": "string"}}}}}}
            """.Replace("ADDITIONAL", additionalProperties, StringComparison.Ordinal);
        var result = GeneratorHarness.Run([InputItem.Spec("open.json", spec)]);
        var assembly = BundledGeneration.LoadCompilation(result.Compilation, "open-" + keepsUnknown + additionalProperties.Length);
        var jsonClass = assembly.GetTypes().Single(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Json", StringComparison.Ordinal));
        var options = (JsonSerializerOptions)jsonClass.GetProperty("Options")!.GetValue(null)!;
        var info = options.GetTypeInfo(assembly.GetTypes().Single(t => t.Name == "Thing"));

        var written = JsonNode.Parse(JsonSerializer.Serialize(JsonSerializer.Deserialize("""{"name":"n","extra":{"x":1}}""", info), info))!;

        Assert.Equal("n", written["name"]!.GetValue<string>());
        Assert.Equal(keepsUnknown, written["extra"] is not null);
    }
}
