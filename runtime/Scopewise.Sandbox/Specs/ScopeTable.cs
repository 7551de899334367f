using System.Text.Json;

namespace Scopewise.Sandbox.Specs;

/// <summary>A scope table's per-operation corrections (<c>*.scopes.json</c>, <c>operations</c>), read the way the generator reads them.</summary>
internal sealed class ScopeTable
{
    private readonly List<Correction> _corrections;

    private ScopeTable(List<Correction> corrections)
    {
        _corrections = corrections;
    }

    public static readonly ScopeTable Empty = new([]);

    public static ScopeTable Parse(JsonElement root, string fileName)
    {
        var corrections = new List<Correction>();
        if (!root.TryGetProperty("operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
        {
            return new ScopeTable(corrections);
        }

        foreach (var entry in operations.EnumerateArray())
        {
            var operationId = Text(entry, "operationId")
                ?? throw new InvalidDataException($"{fileName}: an entry of 'operations' has no 'operationId'.");
            var mode = Text(entry, "mode") ?? "replace";
            if (mode is not ("replace" or "add"))
            {
                throw new InvalidDataException($"{fileName}: operation '{operationId}': 'mode' must be \"replace\" or \"add\", not \"{mode}\".");
            }

            var alternatives = new List<IReadOnlyList<string>>();
            if (entry.TryGetProperty("alternatives", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var alternative in list.EnumerateArray())
                {
                    alternatives.Add(alternative.EnumerateArray().Select(s => s.GetString()!).ToArray());
                }
            }

            corrections.Add(new Correction(operationId, Text(entry, "method")?.ToUpperInvariant(), Text(entry, "path"), mode == "replace", alternatives));
        }

        return new ScopeTable(corrections);
    }

    /// <summary>The correction for an operation, matched by operationId and, when the entry names them, method and path.</summary>
    public Correction? Find(string operationId, string method, string specPath, string fullPath)
        => _corrections.FirstOrDefault(c => c.OperationId == operationId
            && (c.Method is null || c.Method == method)
            && (c.Path is null || c.Path == specPath || c.Path == fullPath));

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal sealed record Correction(string OperationId, string? Method, string? Path, bool Replace, IReadOnlyList<IReadOnlyList<string>> Alternatives);
}
