using System.Text.Json.Nodes;
using NJsonSchema;
using Scopewise.Sandbox.Contract;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Adf;

/// <summary>
/// Atlassian's published ADF JSON schema (<c>@atlaskit/adf-schema</c>, <c>json-schema/v1/full.json</c>, embedded from
/// specs/adf), loaded once per process on first use, to check ADF the way Jira does before storing it.
/// </summary>
internal static class AdfSchema
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(async () =>
    {
        using var stream = SpecCatalog.OpenResource("adf-schema.full.json");
        using var reader = new StreamReader(stream);
        return await JsonSchema.FromJsonAsync(await reader.ReadToEndAsync().ConfigureAwait(false)).ConfigureAwait(false);
    });

    /// <summary>The schema rules <paramref name="document"/> breaks (empty when it is a valid ADF document).</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(JsonNode document)
    {
        var schema = await Schema.Value.ConfigureAwait(false);
        return SchemaErrors.Describe(schema.Validate(document.ToJsonString()), max: 3);
    }
}
