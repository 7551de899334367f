using System.Text.Json;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Contract;

/// <summary>
/// The bundled specs as parsed JSON, one per API, read once per process on first use: only the contract checks need
/// the schemas, so a sandbox that never validates a body never parses them.
/// </summary>
internal static class SpecDocuments
{
    private static readonly Dictionary<ApiFamily, Lazy<JsonDocument>> Documents = new()
    {
        [ApiFamily.ConfluenceV1] = Load("confluence-v1.openapi.json"),
        [ApiFamily.ConfluenceV2] = Load("confluence-v2.openapi.json"),
        [ApiFamily.JiraV3] = Load("jira-v3.openapi.json"),
        [ApiFamily.ConfluenceDataCenter] = Load("confluence-dc.openapi.json"),
    };

    /// <summary>The root of the spec of <paramref name="family"/>.</summary>
    public static JsonElement Root(ApiFamily family) => Documents[family].Value.RootElement;

    /// <summary>The spec's operation object for <paramref name="operation"/> (<c>paths[specPath][method]</c>).</summary>
    public static JsonElement Operation(SpecOperation operation)
        => Root(operation.Family).GetProperty("paths").GetProperty(operation.SpecPath).GetProperty(operation.Method.ToLowerInvariant());

    private static Lazy<JsonDocument> Load(string fileName)
        => new(() =>
        {
            using var stream = SpecCatalog.OpenResource(fileName);
            return JsonDocument.Parse(stream);
        });
}
