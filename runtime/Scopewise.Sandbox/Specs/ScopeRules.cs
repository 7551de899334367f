using System.Text.Json;

namespace Scopewise.Sandbox.Specs;

/// <summary>
/// Works out an operation's scope alternatives with the same rules as the generator, so what compiles is what the
/// sandbox enforces: (a) each <c>x-atlassian-oauth2-scopes</c> entry is one alternative, else each OAuth 2.0 entry of
/// the operation's <c>security</c>; (b) duplicates removed; (c) the scope table replaces or adds; (d) an empty
/// alternative means no scope is needed; (e) no alternative at all means no scope is needed.
/// </summary>
internal static class ScopeRules
{
    private const string AtlassianExtension = "x-atlassian-oauth2-scopes";

    public static ScopeAlternatives Resolve(JsonElement operation, IReadOnlySet<string> oauthSchemes, ScopeTable.Correction? correction)
    {
        var alternatives = new List<string[]>();
        if (operation.TryGetProperty(AtlassianExtension, out var extension) && extension.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in extension.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("scopes", out var scopes))
                {
                    Add(alternatives, Strings(scopes));
                }
            }
        }
        else if (operation.TryGetProperty("security", out var security) && security.ValueKind == JsonValueKind.Array)
        {
            foreach (var requirement in security.EnumerateArray())
            {
                foreach (var scheme in requirement.EnumerateObject())
                {
                    if (oauthSchemes.Contains(scheme.Name))
                    {
                        Add(alternatives, Strings(scheme.Value));
                    }
                }
            }
        }

        if (correction is not null)
        {
            if (correction.Replace)
            {
                alternatives.Clear();
            }

            foreach (var alternative in correction.Alternatives)
            {
                Add(alternatives, alternative);
            }
        }

        if (alternatives.Count == 0 || alternatives.Any(a => a.Length == 0))
        {
            return ScopeAlternatives.None;
        }

        return new ScopeAlternatives(alternatives);
    }

    private static IEnumerable<string> Strings(JsonElement array)
        => array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)
            : [];

    private static void Add(List<string[]> alternatives, IEnumerable<string> scopes)
    {
        var alternative = scopes.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToArray();
        if (!alternatives.Any(existing => existing.SequenceEqual(alternative, StringComparer.Ordinal)))
        {
            alternatives.Add(alternative);
        }
    }
}
