using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Scopewise.Analyzers;

/// <summary>
/// The scope names a compilation knows (SW2003): names in the scope tables handed to the build, and every name in a
/// <c>[RequiresScopes]</c> declared in source (generated clients included) or in a referenced assembly that references Scopewise.
/// </summary>
/// <remarks>
/// Both sets are built lazily, once per compilation, and only when a granted name is checked: a compilation that
/// grants nothing never reads a table or walks a symbol.
/// </remarks>
internal sealed class KnownScopeNames
{
    private readonly Lazy<HashSet<string>> _tableNames;
    private readonly Lazy<HashSet<string>> _attributeNames;

    public KnownScopeNames(
        Compilation compilation,
        ScopeSymbols symbols,
        ScopeRequirementReader reader,
        ImmutableArray<SourceText> tables,
        Func<SourceText, ImmutableArray<string>> readTable)
    {
        _tableNames = new Lazy<HashSet<string>>(() => ReadTables(tables, readTable), LazyThreadSafetyMode.ExecutionAndPublication);
        _attributeNames = new Lazy<HashSet<string>>(() => CollectAttributeNames(compilation, symbols, reader), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary><c>offline_access</c> (refresh tokens) is an OAuth platform scope no operation names; always known.</summary>
    public const string OfflineAccess = "offline_access";

    public bool IsKnown(string scope) => scope == OfflineAccess || _tableNames.Value.Contains(scope) || _attributeNames.Value.Contains(scope);

    /// <summary>The known name closest to <paramref name="scope"/>, if one is close enough to be a likely typo.</summary>
    public string? Nearest(string scope)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in Candidates())
        {
            var distance = EditDistance.Between(scope, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // A third of the name lets "read:pages:confluence" find "read:page:confluence" but not suggest an unrelated scope.
        var limit = Math.Max(2, scope.Length / 3);
        return bestDistance <= limit ? best : null;
    }

    private IEnumerable<string> Candidates()
    {
        foreach (var name in _tableNames.Value)
        {
            yield return name;
        }

        foreach (var name in _attributeNames.Value)
        {
            if (!_tableNames.Value.Contains(name))
            {
                yield return name;
            }
        }
    }

    private static HashSet<string> ReadTables(ImmutableArray<SourceText> tables, Func<SourceText, ImmutableArray<string>> readTable)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            names.UnionWith(readTable(table));
        }

        return names;
    }

    private static HashSet<string> CollectAttributeNames(Compilation compilation, ScopeSymbols symbols, ScopeRequirementReader reader)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(compilation.Assembly.GlobalNamespace, reader, names);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (symbols.CanCarryScopes(assembly))
            {
                Collect(assembly.GlobalNamespace, reader, names);
            }
        }

        return names;
    }

    private static void Collect(INamespaceOrTypeSymbol container, ScopeRequirementReader reader, HashSet<string> names)
    {
        foreach (var member in container.GetMembers())
        {
            switch (member)
            {
                case INamespaceOrTypeSymbol nested:
                    Collect(nested, reader, names);
                    break;
                case IMethodSymbol or IPropertySymbol:
                    foreach (var alternative in reader.ReadOwn(member))
                    {
                        names.UnionWith(alternative.Scopes);
                    }

                    break;
            }
        }
    }
}
