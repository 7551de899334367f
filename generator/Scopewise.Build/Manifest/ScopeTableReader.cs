using System;
using System.Collections.Generic;
using System.IO;
using Scopewise.Build.Analysis;
using Scopewise.Shared.Json;
using Scopewise.Shared.ScopeTables;

namespace Scopewise.Build.Manifest;

/// <summary>
/// Reads the <c>scopes</c> array of scope tables (<c>{ "product", "scopes": [{name, kind, product, description}], "operations": [...] }</c>).
/// The operations part is the generator's business. A table that cannot be read is a warning: the manifest is
/// still right, it only lacks descriptions.
/// </summary>
internal static class ScopeTableReader
{
    /// <summary>All scopes of the tables; where two tables name a scope, the first wins.</summary>
    public static Dictionary<string, ScopeTableScope> ReadAll(IEnumerable<string> paths, List<ManifestDiagnostic> diagnostics)
    {
        var scopes = new Dictionary<string, ScopeTableScope>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var entry in Read(path, diagnostics))
            {
                if (!scopes.ContainsKey(entry.Name))
                {
                    scopes.Add(entry.Name, entry);
                }
            }
        }

        return scopes;
    }

    private static IEnumerable<ScopeTableScope> Read(string path, List<ManifestDiagnostic> diagnostics)
    {
        ScopeTableContent? table;
        try
        {
            table = ScopeTableContent.Parse(File.ReadAllText(path));
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            diagnostics.Add(ManifestDiagnostic.Warning(ManifestDiagnostic.ScopeTableUnreadable,
                $"The scope table '{path}' could not be read ({exception.Message}); its scopes have no description in the manifest."));
            return Array.Empty<ScopeTableScope>();
        }
        catch (JsonParseException exception)
        {
            diagnostics.Add(ManifestDiagnostic.Warning(ManifestDiagnostic.ScopeTableUnreadable,
                $"The scope table '{path}' is not valid JSON: {exception.Message}. Its scopes have no description in the manifest."));
            return Array.Empty<ScopeTableScope>();
        }

        if (table is null || !table.HasScopeArray)
        {
            diagnostics.Add(ManifestDiagnostic.Warning(ManifestDiagnostic.ScopeTableUnreadable,
                $"The scope table '{path}' has no \"scopes\" array of {{name, kind, product, description}}; its scopes have no description in the manifest."));
            return Array.Empty<ScopeTableScope>();
        }

        for (var i = 0; i < table.EntriesWithoutName; i++)
        {
            diagnostics.Add(ManifestDiagnostic.Warning(ManifestDiagnostic.ScopeTableUnreadable,
                $"The scope table '{path}' has a \"scopes\" entry without a \"name\"; the entry is skipped."));
        }

        return table.Scopes;
    }
}
