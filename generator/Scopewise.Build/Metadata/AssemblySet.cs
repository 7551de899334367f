using System;
using System.Collections.Generic;
using System.IO;
using Scopewise.Build.Analysis;

namespace Scopewise.Build.Metadata;

/// <summary>
/// The assembly being described and those of its references that can lead to a <c>[RequiresScopes]</c> method:
/// the Scopewise runtime and every reference that depends on it, directly or through another reference.
/// Other references (the framework, unrelated packages) are screened once by their assembly references and never
/// read further.
/// </summary>
internal sealed class AssemblySet : IDisposable
{
    /// <summary>The runtime assembly that declares the attributes.</summary>
    public const string RuntimeAssemblyName = "Scopewise";

    private readonly Dictionary<string, string> _relevantPaths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LoadedAssembly?> _loaded = new Dictionary<string, LoadedAssembly?>(StringComparer.OrdinalIgnoreCase);
    private readonly List<ManifestDiagnostic> _diagnostics;

    private AssemblySet(LoadedAssembly main, List<ManifestDiagnostic> diagnostics)
    {
        Main = main;
        _diagnostics = diagnostics;
    }

    /// <summary>The assembly whose calls are collected.</summary>
    public LoadedAssembly Main { get; }

    /// <summary>The names of the references that can reach Scopewise, for tests and diagnostics.</summary>
    public IEnumerable<string> RelevantAssemblyNames => _relevantPaths.Keys;

    /// <summary>
    /// Opens <paramref name="mainPath"/> and screens <paramref name="referencePaths"/>. Where several paths name the
    /// same assembly, the first implementation (non-reference) assembly wins: only those have method bodies.
    /// </summary>
    public static AssemblySet Open(string mainPath, IEnumerable<string> referencePaths, List<ManifestDiagnostic> diagnostics)
    {
        var main = LoadedAssembly.Open(mainPath, withBodies: true)
            ?? throw new ManifestException(ManifestDiagnostic.AssemblyUnreadable, $"'{mainPath}' is not a .NET assembly, so its calls cannot be collected.");
        var set = new AssemblySet(main, diagnostics);
        set.Screen(referencePaths);
        return set;
    }

    /// <summary>The loaded assembly with this name, when it is the main one or a relevant reference; otherwise null.</summary>
    public LoadedAssembly? Get(string name)
    {
        if (string.Equals(name, Main.Name, StringComparison.OrdinalIgnoreCase))
        {
            return Main;
        }

        if (_loaded.TryGetValue(name, out var loaded))
        {
            return loaded;
        }

        loaded = null;
        if (_relevantPaths.TryGetValue(name, out var path))
        {
            try
            {
                loaded = LoadedAssembly.Open(path, withBodies: true);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is BadImageFormatException)
            {
                _diagnostics.Add(ManifestDiagnostic.Warning(ManifestDiagnostic.ReferenceUnreadable,
                    $"The reference '{path}' could not be read ({exception.Message}); calls into it are not in the manifest."));
            }
        }

        _loaded[name] = loaded;
        return loaded;
    }

    private void Screen(IEnumerable<string> referencePaths)
    {
        // name -> (path, the names it references); an implementation assembly replaces a reference assembly of the same name.
        var candidates = new Dictionary<string, KeyValuePair<string, List<string>>>(StringComparer.OrdinalIgnoreCase);
        var isReferenceOnly = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var seenPaths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in referencePaths)
        {
            if (string.IsNullOrEmpty(path) || !seenPaths.Add(Path.GetFullPath(path)) || !File.Exists(path))
            {
                continue;
            }

            LoadedAssembly? screened;
            try
            {
                screened = LoadedAssembly.Open(path, withBodies: false);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is BadImageFormatException)
            {
                _diagnostics.Add(ManifestDiagnostic.Warning(ManifestDiagnostic.ReferenceUnreadable,
                    $"The reference '{path}' could not be read ({exception.Message}); calls into it are not in the manifest."));
                continue;
            }

            if (screened is null)
            {
                continue;
            }

            using (screened)
            {
                if (!screened.Reader.IsAssembly || string.Equals(screened.Name, Main.Name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var referenceOnly = screened.IsReferenceAssembly();
                if (candidates.ContainsKey(screened.Name) && (referenceOnly || !isReferenceOnly[screened.Name]))
                {
                    continue;
                }

                candidates[screened.Name] = new KeyValuePair<string, List<string>>(path, new List<string>(screened.ReferencedAssemblyNames()));
                isReferenceOnly[screened.Name] = referenceOnly;
            }
        }

        // Fixpoint: the runtime is relevant, and so is every assembly that references a relevant one.
        var relevant = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { RuntimeAssemblyName };
        bool changed;
        do
        {
            changed = false;
            foreach (var candidate in candidates)
            {
                if (relevant.Contains(candidate.Key))
                {
                    continue;
                }

                foreach (var referenced in candidate.Value.Value)
                {
                    if (relevant.Contains(referenced))
                    {
                        relevant.Add(candidate.Key);
                        changed = true;
                        break;
                    }
                }
            }
        }
        while (changed);

        foreach (var candidate in candidates)
        {
            if (relevant.Contains(candidate.Key))
            {
                _relevantPaths[candidate.Key] = candidate.Value.Key;
                if (isReferenceOnly[candidate.Key] && !string.Equals(candidate.Key, RuntimeAssemblyName, StringComparison.OrdinalIgnoreCase))
                {
                    _diagnostics.Add(ManifestDiagnostic.Message(ManifestDiagnostic.ReferenceWithoutBodies,
                        $"Only the reference assembly of '{candidate.Key}' was found ({candidate.Value.Key}); scopes its method bodies need are counted only where its own methods declare them."));
                }
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Main.Dispose();
        foreach (var loaded in _loaded.Values)
        {
            loaded?.Dispose();
        }
    }
}
