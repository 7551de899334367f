using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Scopewise.Build.Analysis;
using Scopewise.Build.Metadata;
using Scopewise.Shared.ScopeTables;

namespace Scopewise.Build.Manifest;

/// <summary>
/// Reads a compiled assembly and tells which OAuth scopes its code needs: every call that reaches a method carrying
/// <c>[RequiresScopes]</c>, in the assembly or through the libraries it references. Used by the build's manifest
/// task and by tools (the demo CLI's <c>scopes</c> command) that describe any assembly.
/// </summary>
public static class ScopeManifestReader
{
    private const string OfflineAccessScope = "offline_access";

    /// <summary>Describes the assembly named by <paramref name="options"/>.</summary>
    /// <param name="options">The assembly, its references, scope tables and choices.</param>
    /// <returns>The manifest and the warnings met on the way.</returns>
    /// <exception cref="ManifestException">The assembly cannot be read (SW3004).</exception>
    public static ScopeManifestResult Read(ScopeManifestOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (!File.Exists(options.AssemblyPath))
        {
            throw new ManifestException(ManifestDiagnostic.AssemblyUnreadable,
                $"The assembly '{options.AssemblyPath}' does not exist; build the project first, or give the path of a .dll.");
        }

        var diagnostics = new List<ManifestDiagnostic>();
        AssemblySet assemblies;
        try
        {
            assemblies = AssemblySet.Open(options.AssemblyPath, options.ReferencePaths, diagnostics);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is BadImageFormatException)
        {
            throw new ManifestException(ManifestDiagnostic.AssemblyUnreadable,
                $"The assembly '{options.AssemblyPath}' could not be read: {exception.Message}");
        }

        using (assemblies)
        {
            var collector = new ScopeUsageCollector(assemblies, options.OAuthTypeNames, diagnostics);
            var uses = collector.Collect();
            var table = ScopeTableReader.ReadAll(options.ScopeTablePaths, diagnostics);
            string? offlineAccessReason = null;
            if (options.OfflineAccess == OfflineAccessMode.Always)
            {
                offlineAccessReason = "ScopewiseOfflineAccess is true.";
            }
            else if (options.OfflineAccess == OfflineAccessMode.Auto && collector.UsesOAuth)
            {
                offlineAccessReason = "The code uses OAuth 2.0 (" + string.Join(", ", options.OAuthTypeNames)
                    + "), and Atlassian issues refresh tokens only with offline_access.";
            }

            var manifest = Build(assemblies.Main.Name, options.Style, uses, table, offlineAccessReason, options.ScopeTablePaths.Count > 0, diagnostics);
            var grantSummary = ScopeGrantSummary.Of(manifest, collector.Grants?.Declared);
            return new ScopeManifestResult(manifest, diagnostics, grantSummary);
        }
    }

    private static ScopeManifest Build(string assemblyName, ScopeStyle style, List<OperationUse> uses, Dictionary<string, ScopeTableScope> table,
        string? offlineAccessReason, bool haveTables, List<ManifestDiagnostic> diagnostics)
    {
        // One operation per REST operation (overloads of a generated method share it) or per hand-written declaration.
        var groups = uses
            .GroupBy(OperationKey, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToList();
        var grants = groups.Select(group => (IReadOnlyList<GrantInEffect>)group.Where(use => use.Grant != null).Select(use => use.Grant!).Distinct().ToList()).ToList();
        var chosen = AlternativeChooser.Choose(groups.Select(group => group.First().Declaration.Alternatives).ToList(), style, grants);
        UncoveredCalls.Report(groups.Select(group => (IReadOnlyList<OperationUse>)group.ToList()).ToList(), diagnostics);

        var operations = new List<ManifestOperation>();
        var policies = new List<(string Name, OperationPolicyRecord Policy, IReadOnlyList<string> CallSites)>();
        var scopeOperations = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var scopeCallSites = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var scopeKinds = new Dictionary<string, string>(StringComparer.Ordinal);
        var scopeProducts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            var first = groups[i].First();
            var declaration = first.Declaration;
            var api = declaration.Operation;
            var declaredBy = CallerNames.Describe(first.Operation.Assembly.Reader, first.Operation.Handle) + " (" + first.Operation.Assembly.Name + ")";
            var name = api?.OperationId ?? CallerNames.Describe(first.Operation.Assembly.Reader, first.Operation.Handle);
            var callSites = groups[i].Select(use => use.CallSite).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
            var alternatives = declaration.Alternatives
                .Select(a => (IReadOnlyList<string>)a.Scopes.OrderBy(s => s, StringComparer.Ordinal).ToList())
                .OrderBy(a => string.Join(" ", a), StringComparer.Ordinal)
                .ToList();
            operations.Add(new ManifestOperation(name, api?.Method, api?.Path, api?.Product, declaredBy, alternatives, chosen[i], callSites));
            if (!declaration.Policy.IsEmpty)
            {
                policies.Add((name, declaration.Policy, callSites));
            }

            var chosenKind = declaration.Alternatives
                .FirstOrDefault(a => a.Scopes.OrderBy(s => s, StringComparer.Ordinal).SequenceEqual(chosen[i], StringComparer.Ordinal))?.Kind ?? "other";
            foreach (var scope in chosen[i])
            {
                Add(scopeOperations, scope, name);
                foreach (var callSite in callSites)
                {
                    Add(scopeCallSites, scope, callSite);
                }

                if (!scopeKinds.ContainsKey(scope))
                {
                    scopeKinds[scope] = chosenKind;
                    scopeProducts[scope] = api?.Product ?? "unknown";
                }
            }
        }

        var scopes = new List<ManifestScope>();
        foreach (var scope in scopeOperations.Keys.OrderBy(s => s, StringComparer.Ordinal))
        {
            table.TryGetValue(scope, out var entry);
            if (entry is null && haveTables)
            {
                diagnostics.Add(ManifestDiagnostic.Message(ManifestDiagnostic.ScopeNotInTable,
                    $"The scope '{scope}' is in no scope table, so the manifest has no description for it; add it to the table of its API."));
            }

            scopes.Add(new ManifestScope(scope, entry?.Kind ?? scopeKinds[scope], entry?.Product ?? scopeProducts[scope], entry?.Description,
                scopeOperations[scope].ToList(), scopeCallSites[scope].ToList(), reason: null));
        }

        if (offlineAccessReason != null && !scopeOperations.ContainsKey(OfflineAccessScope))
        {
            table.TryGetValue(OfflineAccessScope, out var entry);
            scopes.Add(new ManifestScope(OfflineAccessScope, entry?.Kind ?? "other", entry?.Product ?? "platform",
                entry?.Description ?? "Get a refresh token with the access token, so the app keeps access without asking the user again.",
                Array.Empty<string>(), Array.Empty<string>(), offlineAccessReason));
            scopes.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        }

        var (permissions, notes) = ManifestPolicy.Build(policies);
        return new ScopeManifest(assemblyName, style, scopes, operations) { AccountPermissions = permissions, OperationNotes = notes };
    }

    private static string OperationKey(OperationUse use)
    {
        var api = use.Declaration.Operation;
        var alternatives = string.Join(" | ", use.Declaration.Alternatives.Select(a => a.Kind + ":" + string.Join(" ", a.Scopes.OrderBy(s => s, StringComparer.Ordinal))).OrderBy(s => s, StringComparer.Ordinal));
        var identity = api?.OperationId != null
            ? api.OperationId + " " + api.Method + " " + api.Path + " " + api.Product
            : use.Operation.Assembly.Name + "!" + CallerNames.Describe(use.Operation.Assembly.Reader, use.Operation.Handle);
        return identity + " # " + alternatives;
    }

    private static void Add(Dictionary<string, SortedSet<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var set))
        {
            set = new SortedSet<string>(StringComparer.Ordinal);
            map[key] = set;
        }

        set.Add(value);
    }
}
