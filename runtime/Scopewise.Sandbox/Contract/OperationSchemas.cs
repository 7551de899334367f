using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using NJsonSchema;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Contract;

/// <summary>
/// The JSON schemas of the bundled operations, as NJsonSchema validators: built on first use per operation, request
/// and status, and kept for the life of the process (shared by every sandbox, like <see cref="SpecCatalog"/>). An
/// operation or status without a JSON schema gets null: there is nothing to check.
/// </summary>
internal static class OperationSchemas
{
    private static readonly ConcurrentDictionary<(SpecOperation Operation, string Part), Lazy<Task<JsonSchema?>>> Cache = new();

    /// <summary>The schema of the operation's JSON request body, or null when it declares none.</summary>
    public static Task<JsonSchema?> RequestAsync(SpecOperation operation)
        => Cache.GetOrAdd((operation, "request"), key => new Lazy<Task<JsonSchema?>>(() => BuildAsync(key.Operation, RequestSchema, MessageDirection.Request))).Value;

    /// <summary>The schema of the operation's JSON answer for <paramref name="status"/> (or its <c>default</c> answer), or null.</summary>
    public static Task<JsonSchema?> ResponseAsync(SpecOperation operation, int status)
    {
        var part = status.ToString(CultureInfo.InvariantCulture);
        return Cache.GetOrAdd((operation, part), key => new Lazy<Task<JsonSchema?>>(() => BuildAsync(key.Operation, (o, root) => ResponseSchema(o, root, part), MessageDirection.Response))).Value;
    }

    private static async Task<JsonSchema?> BuildAsync(SpecOperation operation, Func<JsonElement, JsonElement, JsonElement?> locate, MessageDirection direction)
    {
        var root = SpecDocuments.Root(operation.Family);
        if (locate(SpecDocuments.Operation(operation), root) is not { } schema || IsEmpty(schema))
        {
            return null;
        }

        var document = OpenApiSchemaConverter.ToDocument(schema, root, direction);
        return await JsonSchema.FromJsonAsync(document.ToJsonString()).ConfigureAwait(false);
    }

    private static JsonElement? RequestSchema(JsonElement operation, JsonElement root)
        => operation.TryGetProperty("requestBody", out var body) ? JsonContentSchema(Component(body, root)) : null;

    private static JsonElement? ResponseSchema(JsonElement operation, JsonElement root, string status)
    {
        if (!operation.TryGetProperty("responses", out var responses))
        {
            return null;
        }

        return responses.TryGetProperty(status, out var response) || responses.TryGetProperty("default", out response)
            ? JsonContentSchema(Component(response, root))
            : null;
    }

    /// <summary>A request body or response given as <c>{"$ref":"#/components/requestBodies/X"}</c> (Confluence v2 does), resolved.</summary>
    private static JsonElement Component(JsonElement element, JsonElement root)
    {
        if (!element.TryGetProperty("$ref", out var reference) || reference.GetString() is not { } target || !target.StartsWith("#/components/", StringComparison.Ordinal))
        {
            return element;
        }

        var resolved = root;
        foreach (var segment in target[2..].Split('/'))
        {
            if (!resolved.TryGetProperty(segment, out resolved))
            {
                throw new InvalidOperationException($"The spec references '{target}', which it does not define.");
            }
        }

        return resolved;
    }

    /// <summary>The schema under <c>content</c> for <c>application/json</c> (or another JSON media type).</summary>
    private static JsonElement? JsonContentSchema(JsonElement bodyOrResponse)
    {
        if (!bodyOrResponse.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var media in content.EnumerateObject())
        {
            if (media.Name.Contains("json", StringComparison.OrdinalIgnoreCase) && media.Value.TryGetProperty("schema", out var schema))
            {
                return schema;
            }
        }

        return null;
    }

    /// <summary><c>{}</c> (Jira writes it for "anything") constrains nothing.</summary>
    private static bool IsEmpty(JsonElement schema) => schema.ValueKind == JsonValueKind.Object && !schema.EnumerateObject().Any();
}
