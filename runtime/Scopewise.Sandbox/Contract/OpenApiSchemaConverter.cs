using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scopewise.Sandbox.Contract;

/// <summary>Which side of an exchange a schema checks: OpenAPI's readOnly properties are never required of a request, writeOnly ones never of an answer.</summary>
internal enum MessageDirection
{
    Request,
    Response,
}

/// <summary>
/// Turns one OpenAPI 3.0 schema of a spec into a stand-alone JSON Schema (draft 4) document that NJsonSchema can load:
/// the schema at the root, every component schema it reaches (and only those) under <c>definitions</c>, references
/// rewritten to point there, and OpenAPI's <c>nullable</c>, <c>readOnly</c> and <c>writeOnly</c> spelled in JSON Schema
/// terms (and <c>oneOf</c> read as <c>anyOf</c>, see below). Taking only the reachable schemas keeps each validator small, so one can be built per operation on demand.
/// </summary>
internal static class OpenApiSchemaConverter
{
    private const string ComponentPrefix = "#/components/schemas/";
    private const string DefinitionPrefix = "#/definitions/";

    public static JsonObject ToDocument(JsonElement schema, JsonElement specRoot, MessageDirection direction)
    {
        var components = specRoot.TryGetProperty("components", out var c) && c.TryGetProperty("schemas", out var s) ? s : default;
        var definitions = new JsonObject();
        var pending = new Queue<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Reference(string name)
        {
            if (seen.Add(name))
            {
                pending.Enqueue(name);
            }
        }

        var root = Convert(schema, direction, Reference);
        while (pending.Count > 0)
        {
            var name = pending.Dequeue();
            definitions[name] = components.ValueKind == JsonValueKind.Object && components.TryGetProperty(name, out var component)
                ? Convert(component, direction, Reference)
                : throw new InvalidOperationException($"The spec references the schema '{name}', which it does not define.");
        }

        // NJsonSchema replaces a root that is only a $ref by its target, after which a schema that refers to itself
        // (Content.ancestors[] is Content) no longer resolves; under allOf the root stays the document.
        var document = root is JsonObject plain && !plain.ContainsKey("$ref")
            ? plain
            : new JsonObject { ["allOf"] = new JsonArray(root) };
        if (definitions.Count > 0)
        {
            document["definitions"] = definitions;
        }

        return document;
    }

    private static JsonNode Convert(JsonElement element, MessageDirection direction, Action<string> reference)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var result = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "$ref" && property.Value.GetString() is { } target)
                    {
                        if (!target.StartsWith(ComponentPrefix, StringComparison.Ordinal))
                        {
                            throw new InvalidOperationException($"The sandbox follows only references to component schemas; got '{target}'.");
                        }

                        var name = target[ComponentPrefix.Length..];
                        reference(name);
                        result["$ref"] = DefinitionPrefix + name;
                    }
                    else if (property.Name is "example" or "examples" or "nullable" or "discriminator" or "xml" or "externalDocs" || property.Name.StartsWith("x-", StringComparison.Ordinal))
                    {
                        // Documentation only, or handled below (nullable): not validation keywords.
                    }
                    else if (property.Name == "oneOf")
                    {
                        // Atlassian's oneOf alternatives overlap (a v2 comment body {representation, value} matches both
                        // CommentBodyWrite and CommentNestedBodyWrite, neither closed) and Atlassian accepts either, so
                        // "exactly one" would refuse what the product takes: read as "at least one".
                        result["anyOf"] = Convert(property.Value, direction, reference);
                    }
                    else if (property.Name is "properties" or "definitions" or "patternProperties")
                    {
                        var map = new JsonObject();
                        foreach (var entry in property.Value.EnumerateObject())
                        {
                            map[entry.Name] = Convert(entry.Value, direction, reference);
                        }

                        result[property.Name] = map;
                    }
                    else if (property.Name is "enum" or "required" or "type" or "default" or "const")
                    {
                        result[property.Name] = JsonNode.Parse(property.Value.GetRawText());
                    }
                    else
                    {
                        result[property.Name] = Convert(property.Value, direction, reference);
                    }
                }

                DropOneSidedRequirements(element, result, direction);
                return element.TryGetProperty("nullable", out var nullable) && nullable.ValueKind == JsonValueKind.True ? AllowNull(result) : result;
            case JsonValueKind.Array:
                return new JsonArray(element.EnumerateArray().Select(item => Convert(item, direction, reference)).ToArray());
            default:
                return JsonNode.Parse(element.GetRawText())!;
        }
    }

    /// <summary>A readOnly property is the server's to fill, so a request need not send it (and writeOnly the other way round).</summary>
    private static void DropOneSidedRequirements(JsonElement schema, JsonObject converted, MessageDirection direction)
    {
        if (converted["required"] is not JsonArray required || !schema.TryGetProperty("properties", out var properties))
        {
            return;
        }

        var oneSided = direction == MessageDirection.Request ? "readOnly" : "writeOnly";
        var kept = required.Where(name => name is JsonValue value && value.TryGetValue<string>(out var text)
            && !(properties.TryGetProperty(text, out var property) && property.ValueKind == JsonValueKind.Object
                 && property.TryGetProperty(oneSided, out var flag) && flag.ValueKind == JsonValueKind.True)).Select(n => n!.DeepClone()).ToArray();
        if (kept.Length == 0)
        {
            converted.Remove("required");
        }
        else
        {
            converted["required"] = new JsonArray(kept);
        }
    }

    /// <summary>OpenAPI 3.0's <c>nullable: true</c>: the schema, or JSON null.</summary>
    private static JsonObject AllowNull(JsonObject schema)
    {
        if (schema["type"] is JsonValue type && type.TryGetValue<string>(out var name) && !schema.ContainsKey("$ref"))
        {
            schema["type"] = new JsonArray(name, "null");
            if (schema["enum"] is JsonArray values)
            {
                values.Add(null);
            }

            return schema;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
    }
}
