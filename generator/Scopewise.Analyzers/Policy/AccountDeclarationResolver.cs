using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Scopewise.Analyzers;

/// <summary>
/// Finds the <c>[ActsAs]</c> in effect for code inside a member by the rules of <c>[GrantedScopes]</c>
/// (<see cref="GrantedScopeResolver"/>): the member's own, else the innermost containing type's, else the assembly's;
/// lambdas and local functions use their containing member's.
/// </summary>
internal sealed class AccountDeclarationResolver
{
    private readonly INamedTypeSymbol _actsAs;
    private readonly ConcurrentDictionary<ISymbol, Holder> _inEffect = new(SymbolEqualityComparer.Default);
    private readonly Func<ISymbol, Holder> _compute;

    public AccountDeclarationResolver(INamedTypeSymbol actsAs)
    {
        _actsAs = actsAs;
        _compute = Compute;
    }

    /// <summary>The declaration in effect inside <paramref name="containingSymbol"/>, or null when there is none.</summary>
    public AccountDeclaration? InEffectFor(ISymbol? containingSymbol)
    {
        while (containingSymbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction })
        {
            containingSymbol = containingSymbol.ContainingSymbol;
        }

        return containingSymbol is null ? null : _inEffect.GetOrAdd(containingSymbol, _compute).Declaration;
    }

    private Holder Compute(ISymbol symbol)
    {
        if (symbol is IAssemblySymbol or INamedTypeSymbol or IMethodSymbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _actsAs) && AccountDeclaration.Create(symbol, attribute) is { } own)
                {
                    return new Holder(own);
                }
            }
        }

        return symbol is IAssemblySymbol || symbol.ContainingSymbol is null
            ? Holder.Nothing
            : _inEffect.GetOrAdd(symbol.ContainingSymbol, _compute);
    }

    /// <summary>Wraps a possibly-null declaration, so the cache can hold "none".</summary>
    private sealed class Holder
    {
        public static readonly Holder Nothing = new(null);

        public Holder(AccountDeclaration? declaration) => Declaration = declaration;

        public AccountDeclaration? Declaration { get; }
    }
}
