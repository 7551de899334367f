using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Scopewise.Analyzers;

/// <summary>The Scopewise attribute types of one compilation, and which assemblies can carry them.</summary>
internal sealed class ScopeSymbols
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _canCarry = new(SymbolEqualityComparer.Default);

    private ScopeSymbols(Compilation compilation, INamedTypeSymbol requires, INamedTypeSymbol granted, INamedTypeSymbol? operation)
    {
        _compilation = compilation;
        RequiresScopes = requires;
        GrantedScopes = granted;
        ApiOperation = operation;
    }

    public INamedTypeSymbol RequiresScopes { get; }

    public INamedTypeSymbol GrantedScopes { get; }

    public INamedTypeSymbol? ApiOperation { get; }

    /// <summary>The assembly the attributes ship in (the package's runtime assembly).</summary>
    public const string AttributeAssemblyName = "Scopewise";

    /// <summary>Null when the compilation does not reference Scopewise: then the analyzer registers nothing and costs nothing.</summary>
    public static ScopeSymbols? TryCreate(Compilation compilation)
    {
        // GetTypeByMetadataName searches every reference; the reference list answers "no Scopewise here" for almost nothing.
        if (compilation.AssemblyName != AttributeAssemblyName
            && !compilation.ReferencedAssemblyNames.Any(identity => identity.Name == AttributeAssemblyName))
        {
            return null;
        }

        var requires = compilation.GetTypeByMetadataName("Scopewise.RequiresScopesAttribute");
        var granted = compilation.GetTypeByMetadataName("Scopewise.GrantedScopesAttribute");
        if (requires is null || granted is null)
        {
            return null;
        }

        return new ScopeSymbols(compilation, requires, granted, compilation.GetTypeByMetadataName("Scopewise.ApiOperationAttribute"));
    }

    /// <summary>
    /// Whether members of <paramref name="assembly"/> can carry <c>[RequiresScopes]</c>: only this compilation,
    /// the Scopewise assembly and assemblies that reference it. Lets calls into the BCL skip attribute decoding.
    /// </summary>
    public bool CanCarryScopes(IAssemblySymbol? assembly)
    {
        if (assembly is null)
        {
            return false;
        }

        return _canCarry.GetOrAdd(assembly, ComputeCanCarry);
    }

    private bool ComputeCanCarry(IAssemblySymbol assembly)
    {
        var scopewise = RequiresScopes.ContainingAssembly;
        if (SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly)
            || SymbolEqualityComparer.Default.Equals(assembly, scopewise))
        {
            return true;
        }

        var identity = scopewise.Identity;
        return assembly.Modules.Any(module => module.ReferencedAssemblies.Any(reference => reference.Name == identity.Name));
    }
}
