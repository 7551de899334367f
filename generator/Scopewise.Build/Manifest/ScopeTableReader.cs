using System;
using System.Collections.Generic;
using System.IO;
using Scopewise.Build.Analysis;
using Scopewise.Build.Json;

namespace Scopewise.Build.Manifest
{
    /// <summary>A scope as a scope table describes it.</summary>
    internal sealed class ScopeTableEntry
    {
        public ScopeTableEntry(string name, string kind, string product, string? description)
        {
            Name = name;
            Kind = kind;
            Product = product;
            Description = description;
        }

        public string Name { get; }

        public string Kind { get; }

        public string Product { get; }

        public string? Description { get; }
    }

    /// <summary>
    /// Reads the <c>scopes</c> array of scope tables (<c>{ "product", "scopes": [{name, kind, product, description}], "operations": [...] }</c>).
    /// The operations part is the generator's business. A table that cannot be read is a warning: the manifest is
    /// still right, it only lacks descriptions.
    /// </summary>
    internal static class ScopeTableReader
    {
        /// <summary>All scopes of the tables; where two tables name a scope, the first wins.</summary>
        public static Dictionary<string, ScopeTableEntry> ReadAll(IEnumerable<string> paths, List<ManifestDiagnostic> diagnostics)
        {
            var scopes = new Dictionary<string, ScopeTableEntry>(StringComparer.Ordinal);
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

        private static IEnumerable<ScopeTableEntry> Read(string path, List<ManifestDiagnostic> diagnostics)
        {
            object? root;
            try
            {
                root = JsonReader.Parse(File.ReadAllText(path));
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                diagnostics.Add(ManifestDiagnostic.Warning(ManifestDiagnostic.ScopeTableUnreadable,
                    $"The scope table '{path}' could not be read ({exception.Message}); its scopes have no description in the manifest."));
                return Array.Empty<ScopeTableEntry>();
            }
            catch (JsonParseException exception)
            {
                diagnostics.Add(ManifestDiagnostic.Warning(ManifestDiagnostic.ScopeTableUnreadable,
                    $"The scope table '{path}' is not valid JSON: {exception.Message}. Its scopes have no description in the manifest."));
                return Array.Empty<ScopeTableEntry>();
            }

            if (!(root is Dictionary<string, object?> table) || !table.TryGetValue("scopes", out var scopesValue) || !(scopesValue is List<object?> scopeList))
            {
                diagnostics.Add(ManifestDiagnostic.Warning(ManifestDiagnostic.ScopeTableUnreadable,
                    $"The scope table '{path}' has no \"scopes\" array of {{name, kind, product, description}}; its scopes have no description in the manifest."));
                return Array.Empty<ScopeTableEntry>();
            }

            var tableProduct = table.TryGetValue("product", out var productValue) ? productValue as string : null;
            var entries = new List<ScopeTableEntry>();
            foreach (var item in scopeList)
            {
                if (item is Dictionary<string, object?> scope && scope.TryGetValue("name", out var nameValue) && nameValue is string name && name.Length > 0)
                {
                    var kind = scope.TryGetValue("kind", out var kindValue) && kindValue is string k && k.Length > 0 ? k : "other";
                    var product = scope.TryGetValue("product", out var p) && p is string scopeProduct && scopeProduct.Length > 0 ? scopeProduct : tableProduct ?? "unknown";
                    var description = scope.TryGetValue("description", out var d) ? d as string : null;
                    entries.Add(new ScopeTableEntry(name, kind, product, description));
                }
                else
                {
                    diagnostics.Add(ManifestDiagnostic.Warning(ManifestDiagnostic.ScopeTableUnreadable,
                        $"The scope table '{path}' has a \"scopes\" entry without a \"name\"; the entry is skipped."));
                }
            }

            return entries;
        }
    }
}
