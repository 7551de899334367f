using System;
using System.Collections.Generic;
using System.IO;
using Scopewise.Build.Analysis;

namespace Scopewise.Build.Manifest;

/// <summary>What <see cref="ScopeManifestReader"/> reads and how it chooses between alternatives.</summary>
public sealed class ScopeManifestOptions
{
    /// <summary>
    /// The public runtime type whose use means the code runs an OAuth 2.0 (3LO) grant that refreshes tokens:
    /// <c>Scopewise.AtlassianOAuthApp</c>, needed to create an OAuth credential.
    /// </summary>
    public const string DefaultOAuthTypeName = "Scopewise.AtlassianOAuthApp";

    /// <summary>Creates options for one assembly.</summary>
    /// <param name="assemblyPath">The compiled assembly to describe.</param>
    public ScopeManifestOptions(string assemblyPath)
    {
        if (string.IsNullOrWhiteSpace(assemblyPath))
        {
            throw new ArgumentException("Give the path of the compiled assembly to describe.", nameof(assemblyPath));
        }

        AssemblyPath = assemblyPath;
    }

    /// <summary>The compiled assembly to describe.</summary>
    public string AssemblyPath { get; }

    /// <summary>
    /// The assemblies it references (MSBuild's <c>@(ReferencePath)</c> and the copy-local implementations).
    /// Those that depend on Scopewise are followed; the rest are only screened.
    /// </summary>
    public IList<string> ReferencePaths { get; } = new List<string>();

    /// <summary>Scope tables (the format of <c>specs/confluence.scopes.json</c>) that give each scope its kind, product and description.</summary>
    public IList<string> ScopeTablePaths { get; } = new List<string>();

    /// <summary>Granular (default) or classic.</summary>
    public ScopeStyle Style { get; set; }

    /// <summary>When to include <c>offline_access</c>.</summary>
    public OfflineAccessMode OfflineAccess { get; set; }

    /// <summary>Full type names whose use means OAuth refresh, for <see cref="OfflineAccessMode.Auto"/>.</summary>
    public IList<string> OAuthTypeNames { get; } = new List<string> { DefaultOAuthTypeName };

    /// <summary>
    /// Options for an assembly in a build output folder: every other <c>.dll</c> in that folder is a reference
    /// (a build output holds the implementations of the libraries it uses), as the demo CLI's <c>scopes</c> command needs.
    /// </summary>
    /// <param name="assemblyPath">The compiled assembly to describe.</param>
    public static ScopeManifestOptions ForOutputFolder(string assemblyPath)
    {
        var options = new ScopeManifestOptions(assemblyPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(assemblyPath));
        if (folder != null && Directory.Exists(folder))
        {
            var self = Path.GetFullPath(assemblyPath);
            var siblings = new List<string>(Directory.GetFiles(folder, "*.dll"));
            siblings.Sort(StringComparer.Ordinal);
            foreach (var file in siblings)
            {
                if (!string.Equals(Path.GetFullPath(file), self, StringComparison.OrdinalIgnoreCase))
                {
                    options.ReferencePaths.Add(file);
                }
            }
        }

        return options;
    }

    /// <summary>Reads <c>ScopewiseScopeStyle</c>: granular (or empty) or classic, in any case.</summary>
    /// <exception cref="ManifestException">SW3001 for any other value.</exception>
    public static ScopeStyle ParseStyle(string? value)
    {
        switch ((value ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "":
            case "granular":
                return ScopeStyle.Granular;
            case "classic":
                return ScopeStyle.Classic;
            default:
                throw new ManifestException(ManifestDiagnostic.InvalidStyle,
                    $"ScopewiseScopeStyle is '{value}'; set it to 'granular' (the default) or 'classic'.");
        }
    }

    /// <summary>Reads <c>ScopewiseOfflineAccess</c>: auto (or empty), true or false, in any case.</summary>
    /// <exception cref="ManifestException">SW3003 for any other value.</exception>
    public static OfflineAccessMode ParseOfflineAccess(string? value)
    {
        switch ((value ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "":
            case "auto":
                return OfflineAccessMode.Auto;
            case "true":
                return OfflineAccessMode.Always;
            case "false":
                return OfflineAccessMode.Never;
            default:
                throw new ManifestException(ManifestDiagnostic.InvalidOfflineAccess,
                    $"ScopewiseOfflineAccess is '{value}'; set it to 'auto' (include offline_access when the code uses OAuth refresh), 'true' or 'false'.");
        }
    }
}
