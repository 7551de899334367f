using System.Text.Json;

namespace Scopewise.Generator.Tests.Infrastructure;

/// <summary>
/// Reads a spec and scope table with System.Text.Json, independently of NSwag, to state what the generator should
/// produce: the operations and each one's scope alternatives after the scope table's corrections.
/// </summary>
public static class SpecJson
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    public static IReadOnlyList<(string OperationId, string Method, string Path, JsonElement Operation)> Operations(JsonDocument spec)
    {
        var result = new List<(string, string, string, JsonElement)>();
        foreach (var path in spec.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in Methods)
            {
                if (path.Value.TryGetProperty(method, out var operation))
                {
                    var id = operation.TryGetProperty("operationId", out var value) ? value.GetString()! : "";
                    result.Add((id, method.ToUpperInvariant(), path.Name, operation));
                }
            }
        }

        return result;
    }

    /// <summary>The expected alternatives, each sorted and joined with '+', the list sorted; empty when no scope is needed.</summary>
    public static IReadOnlyList<string> ExpectedAlternatives(JsonDocument spec, JsonElement operation, string operationId, string method, string path, JsonDocument? table)
    {
        var alternatives = new List<List<string>>();
        if (operation.TryGetProperty("x-atlassian-oauth2-scopes", out var extension))
        {
            foreach (var entry in extension.EnumerateArray())
            {
                alternatives.Add(entry.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToList());
            }
        }
        else if (operation.TryGetProperty("security", out var security))
        {
            var oauthSchemes = spec.RootElement.GetProperty("components").GetProperty("securitySchemes").EnumerateObject()
                .Where(s => s.Value.GetProperty("type").GetString() is "oauth2" or "openIdConnect").Select(s => s.Name).ToHashSet();
            foreach (var requirement in security.EnumerateArray())
            {
                foreach (var scheme in requirement.EnumerateObject().Where(s => oauthSchemes.Contains(s.Name)))
                {
                    alternatives.Add(scheme.Value.EnumerateArray().Select(s => s.GetString()!).ToList());
                }
            }
        }

        if (table is not null && table.RootElement.TryGetProperty("operations", out var corrections))
        {
            foreach (var correction in corrections.EnumerateArray())
            {
                if (correction.GetProperty("operationId").GetString() != operationId
                    || (correction.TryGetProperty("method", out var m) && m.GetString() != method)
                    || (correction.TryGetProperty("path", out var p) && p.GetString() != path))
                {
                    continue;
                }

                if (!correction.TryGetProperty("mode", out var mode) || mode.GetString() == "replace")
                {
                    alternatives.Clear();
                }

                alternatives.AddRange(correction.GetProperty("alternatives").EnumerateArray().Select(a => a.EnumerateArray().Select(s => s.GetString()!).ToList()));
            }
        }

        if (alternatives.Count == 0 || alternatives.Any(a => a.Count == 0))
        {
            return [];
        }

        return alternatives.Select(a => string.Join("+", a.Distinct().Order(StringComparer.Ordinal))).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
