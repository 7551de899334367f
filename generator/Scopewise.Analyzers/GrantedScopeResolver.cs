using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Scopewise.Analyzers;

/// <summary>
/// Finds the <c>[GrantedScopes]</c> in effect for code inside a member: the member's own, else the innermost
/// containing type's, else the assembly's. Lambdas and local functions use their containing member's.
/// </summary>
internal sealed class GrantedScopeResolver
{
    private readonly ScopeSymbols _symbols;
    private readonly ConcurrentDictionary<ISymbol, Resolution> _inEffect = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, Resolution> _declared = new(SymbolEqualityComparer.Default);

    private readonly Func<ISymbol, Resolution> _computeInEffect;
    private readonly Func<ISymbol, Resolution> _computeDeclared;

    public GrantedScopeResolver(ScopeSymbols symbols)
    {
        _symbols = symbols;
        _computeInEffect = ComputeInEffect; // one delegate each, not one per call
        _computeDeclared = ComputeDeclared;
    }

    /// <summary>Every declaration found so far (by <see cref="InEffectFor"/> or <see cref="DeclaredOn"/>).</summary>
    public IEnumerable<GrantedScopeDeclaration> KnownDeclarations
    {
        get
        {
            foreach (var resolution in _declared.Values)
            {
                if (resolution.Declaration is { } declaration)
                {
                    yield return declaration;
                }
            }
        }
    }

    /// <summary>The declaration in effect inside <paramref name="containingSymbol"/>, or null when there is none.</summary>
    public GrantedScopeDeclaration? InEffectFor(ISymbol? containingSymbol)
    {
        while (containingSymbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction })
        {
            containingSymbol = containingSymbol.ContainingSymbol;
        }

        return containingSymbol is null ? null : _inEffect.GetOrAdd(containingSymbol, _computeInEffect).Declaration;
    }

    /// <summary>The declaration on <paramref name="owner"/> itself, or null. One instance per owner, so usage tracking adds up.</summary>
    public GrantedScopeDeclaration? DeclaredOn(ISymbol owner) => _declared.GetOrAdd(owner, _computeDeclared).Declaration;

    private Resolution ComputeInEffect(ISymbol symbol)
    {
        if (symbol is IAssemblySymbol or INamedTypeSymbol or IMethodSymbol && DeclaredOn(symbol) is { } own)
        {
            return new Resolution(own);
        }

        return symbol is IAssemblySymbol || symbol.ContainingSymbol is null
            ? Resolution.Nothing
            : _inEffect.GetOrAdd(symbol.ContainingSymbol, _computeInEffect);
    }

    private Resolution ComputeDeclared(ISymbol owner)
    {
        foreach (var attribute in owner.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _symbols.GrantedScopes))
            {
                return new Resolution(GrantedScopeDeclaration.Create(owner, attribute));
            }
        }

        return Resolution.Nothing;
    }

    /// <summary>Wraps a possibly-null declaration: ConcurrentDictionary cannot tell a cached null from a missing entry otherwise.</summary>
    private sealed class Resolution
    {
        public static readonly Resolution Nothing = new(null);

        public Resolution(GrantedScopeDeclaration? declaration)
        {
            Declaration = declaration;
        }

        public GrantedScopeDeclaration? Declaration { get; }
    }
}
