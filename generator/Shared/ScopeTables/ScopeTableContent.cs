using System.Collections.Generic;
using Scopewise.Shared.Json;

namespace Scopewise.Shared.ScopeTables;

/// <summary>
/// What the analyzers and the build task read from a scope table (format in specs/README.md): the named entries of
/// <c>scopes</c> and the scope names in <c>operations[].alternatives</c>.
/// </summary>
/// <remarks>
/// Tolerant by design: an entry of the wrong shape is skipped (and counted, so the build task can warn about it),
/// never thrown on. Validating a table and reporting each bad entry at its line is the generator's job (SW1003);
/// the analyzers must not fail on a table the generator has already reported.
/// </remarks>
internal sealed class ScopeTableContent
{
    private ScopeTableContent(string? product, bool hasScopeArray, List<ScopeTableScope> scopes, int entriesWithoutName, List<string> alternativeScopeNames)
    {
        Product = product;
        HasScopeArray = hasScopeArray;
        Scopes = scopes;
        EntriesWithoutName = entriesWithoutName;
        AlternativeScopeNames = alternativeScopeNames;
    }

    /// <summary>The table's <c>product</c> when it is a string.</summary>
    public string? Product { get; }

    /// <summary>Whether the table has a <c>scopes</c> array at all.</summary>
    public bool HasScopeArray { get; }

    /// <summary>The entries of <c>scopes</c> that have a non-empty string <c>name</c>, in table order.</summary>
    public IReadOnlyList<ScopeTableScope> Scopes { get; }

    /// <summary>How many entries of <c>scopes</c> were skipped because they have no non-empty string <c>name</c>.</summary>
    public int EntriesWithoutName { get; }

    /// <summary>Every non-empty scope name in <c>operations[].alternatives</c>, in table order, repeats kept.</summary>
    public IReadOnlyList<string> AlternativeScopeNames { get; }

    /// <summary>Reads a scope table; null when the JSON document is not an object.</summary>
    /// <exception cref="JsonParseException">The text is not one JSON document.</exception>
    public static ScopeTableContent? Parse(string text)
    {
        if (!(JsonReader.Parse(text) is Dictionary<string, object?> table))
        {
            return null;
        }

        var product = table.TryGetValue("product", out var productValue) ? productValue as string : null;
        var scopes = new List<ScopeTableScope>();
        var entriesWithoutName = 0;
        var scopeList = table.TryGetValue("scopes", out var scopesValue) ? scopesValue as List<object?> : null;
        if (scopeList != null)
        {
            foreach (var item in scopeList)
            {
                if (item is Dictionary<string, object?> scope && NonEmptyString(scope, "name") is { } name)
                {
                    var description = scope.TryGetValue("description", out var descriptionValue) ? descriptionValue as string : null;
                    var kind = NonEmptyString(scope, "kind") ?? "other";
                    var scopeProduct = NonEmptyString(scope, "product") ?? product ?? "unknown";
                    scopes.Add(new ScopeTableScope(name, kind, scopeProduct, description));
                }
                else
                {
                    entriesWithoutName++;
                }
            }
        }

        return new ScopeTableContent(product, scopeList != null, scopes, entriesWithoutName, ReadAlternativeScopeNames(table));
    }

    private static List<string> ReadAlternativeScopeNames(Dictionary<string, object?> table)
    {
        var names = new List<string>();
        if (!table.TryGetValue("operations", out var operations) || !(operations is List<object?> operationList))
        {
            return names;
        }

        foreach (var operation in operationList)
        {
            if (!(operation is Dictionary<string, object?> entry) || !entry.TryGetValue("alternatives", out var alternatives)
                || !(alternatives is List<object?> alternativeList))
            {
                continue;
            }

            foreach (var alternative in alternativeList)
            {
                if (alternative is List<object?> scopesOfAlternative)
                {
                    foreach (var scope in scopesOfAlternative)
                    {
                        if (scope is string name && name.Length > 0)
                        {
                            names.Add(name);
                        }
                    }
                }
            }
        }

        return names;
    }

    private static string? NonEmptyString(Dictionary<string, object?> entry, string property) =>
        entry.TryGetValue(property, out var value) && value is string text && text.Length > 0 ? text : null;
}
