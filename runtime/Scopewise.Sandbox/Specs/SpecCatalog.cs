using System.Text.Json;

namespace Scopewise.Sandbox.Specs;

/// <summary>
/// The operations of the bundled specs (embedded from <c>specs/</c>), read once per process with System.Text.Json and
/// shared by every sandbox: starting a sandbox in each test costs no spec parsing.
/// </summary>
internal static class SpecCatalog
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private static readonly Lazy<RouteTable> CloudTable = new(() => new RouteTable(
        Load(ApiFamily.ConfluenceV1, "confluence-v1.openapi.json", "confluence.scopes.json")
            .Concat(Load(ApiFamily.ConfluenceV2, "confluence-v2.openapi.json", "confluence.scopes.json"))
            .Concat(Load(ApiFamily.JiraV3, "jira-v3.openapi.json", "jira.scopes.json"))));

    private static readonly Lazy<RouteTable> DataCenterTable = new(() => new RouteTable(
        Load(ApiFamily.ConfluenceDataCenter, "confluence-dc.openapi.json", scopeTableName: null)));

    /// <summary>The routes of Confluence Cloud v1, v2 and Jira Cloud v3, relative to the site root.</summary>
    public static RouteTable Cloud => CloudTable.Value;

    /// <summary>The routes of the Confluence Data Center spec, relative to the context path.</summary>
    public static RouteTable DataCenter => DataCenterTable.Value;

    internal static IReadOnlyList<SpecOperation> Load(ApiFamily family, string specName, string? scopeTableName)
    {
        var table = ScopeTable.Empty;
        if (scopeTableName is not null)
        {
            using var tableDocument = JsonDocument.Parse(OpenResource(scopeTableName));
            table = ScopeTable.Parse(tableDocument.RootElement, scopeTableName);
        }

        using var document = JsonDocument.Parse(OpenResource(specName));
        var root = document.RootElement;
        var prefix = family == ApiFamily.ConfluenceDataCenter ? string.Empty : ServerPath(root);
        var oauthSchemes = OAuthSchemes(root);
        var operations = new List<SpecOperation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var item in path.Value.EnumerateObject())
            {
                if (!HttpMethods.Contains(item.Name, StringComparer.Ordinal) || item.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var method = item.Name.ToUpperInvariant();
                var fullPath = prefix + path.Name;
                var operationId = item.Value.TryGetProperty("operationId", out var id) && id.ValueKind == JsonValueKind.String
                    ? id.GetString()!
                    : $"{method} {path.Name}";
                var correction = table.Find(operationId, method, path.Name, fullPath);
                var scopes = ScopeRules.Resolve(item.Value, oauthSchemes, correction);
                operations.Add(new SpecOperation(family, operationId, method, path.Name, PathTemplate.Parse(fullPath), scopes) { Permissions = OperationPermissions.Read(item.Value) });
            }
        }

        return operations;
    }

    internal static Stream OpenResource(string fileName)
    {
        var name = "Scopewise.Sandbox.Specs." + fileName;
        return typeof(SpecCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The sandbox assembly lacks the embedded spec '{name}'; rebuild Scopewise.Sandbox.");
    }

    /// <summary>The path part of the first server URL (<c>https://{your-domain}/wiki/api/v2</c> gives <c>/wiki/api/v2</c>).</summary>
    private static string ServerPath(JsonElement root)
    {
        if (!root.TryGetProperty("servers", out var servers) || servers.GetArrayLength() == 0
            || !servers[0].TryGetProperty("url", out var urlElement) || urlElement.GetString() is not { } url)
        {
            return string.Empty;
        }

        var afterScheme = url.IndexOf("//", StringComparison.Ordinal);
        var hostStart = afterScheme < 0 ? 0 : afterScheme + 2;
        var pathStart = url.IndexOf('/', hostStart);
        return pathStart < 0 ? string.Empty : url[pathStart..].TrimEnd('/');
    }

    private static HashSet<string> OAuthSchemes(JsonElement root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("components", out var components) && components.TryGetProperty("securitySchemes", out var schemes))
        {
            foreach (var scheme in schemes.EnumerateObject())
            {
                if (scheme.Value.TryGetProperty("type", out var type) && type.GetString() is "oauth2" or "openIdConnect")
                {
                    names.Add(scheme.Name);
                }
            }
        }

        return names;
    }
}
