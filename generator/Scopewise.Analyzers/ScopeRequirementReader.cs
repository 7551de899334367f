using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Scopewise.Analyzers;

/// <summary>
/// Reads the <c>[RequiresScopes]</c> alternatives of a called member, once per member per compilation.
/// </summary>
/// <remarks>
/// A member's own attributes win. A member without any inherits the requirement of the member it overrides,
/// then of the interface member it implements: calling <c>impl.GetPageAsync()</c> on a class sends the same
/// request as calling it through the interface, so it needs the same scopes. The first interface (in
/// <see cref="ITypeSymbol.AllInterfaces"/> order) that declares scopes is used.
/// </remarks>
internal sealed class ScopeRequirementReader
{
    private readonly ScopeSymbols _symbols;
    private readonly ConcurrentDictionary<ISymbol, ScopeRequirementInfo> _cache = new(SymbolEqualityComparer.Default);
    private readonly Func<ISymbol, ScopeRequirementInfo> _compute;

    public ScopeRequirementReader(ScopeSymbols symbols)
    {
        _symbols = symbols;
        _compute = Compute; // one delegate, not one per call
    }

    public ScopeRequirementInfo GetRequirement(ISymbol member)
    {
        if (member is IMethodSymbol { ReducedFrom: { } unreduced })
        {
            member = unreduced;
        }

        member = member.OriginalDefinition;
        if (!_symbols.CanCarryScopes(member.ContainingAssembly))
        {
            return ScopeRequirementInfo.None;
        }

        return _cache.GetOrAdd(member, _compute);
    }

    /// <summary>Every scope name the attributes of <paramref name="member"/> itself declare (for SW2003's known names).</summary>
    public ImmutableArray<ScopeAlternativeInfo> ReadOwn(ISymbol member)
    {
        var builder = ImmutableArray.CreateBuilder<ScopeAlternativeInfo>();
        foreach (var attribute in member.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _symbols.RequiresScopes))
            {
                builder.Add(new ScopeAlternativeInfo(ReadKind(attribute), AttributeValues.ReadStrings(attribute)));
            }
        }

        return builder.ToImmutable();
    }

    private ScopeRequirementInfo Compute(ISymbol member)
    {
        var own = ReadOwn(member);
        if (!own.IsEmpty)
        {
            return new ScopeRequirementInfo(OperationName(member), own);
        }

        var overridden = member switch
        {
            IMethodSymbol method => method.OverriddenMethod,
            IPropertySymbol property => (ISymbol?)property.OverriddenProperty,
            _ => null,
        };
        if (overridden is not null)
        {
            var inherited = GetRequirement(overridden);
            if (!inherited.IsEmpty)
            {
                return inherited;
            }
        }

        return FromImplementedInterface(member);
    }

    private ScopeRequirementInfo FromImplementedInterface(ISymbol member)
    {
        if (member.IsStatic || member.ContainingType is not { TypeKind: TypeKind.Class or TypeKind.Struct } type
            || member is not (IMethodSymbol or IPropertySymbol))
        {
            return ScopeRequirementInfo.None;
        }

        foreach (var candidateInterface in type.AllInterfaces)
        {
            if (!_symbols.CanCarryScopes(candidateInterface.ContainingAssembly))
            {
                continue;
            }

            foreach (var interfaceMember in candidateInterface.GetMembers(member.Name))
            {
                var implementation = type.FindImplementationForInterfaceMember(interfaceMember);
                if (SymbolEqualityComparer.Default.Equals(implementation?.OriginalDefinition, member))
                {
                    var requirement = GetRequirement(interfaceMember);
                    if (!requirement.IsEmpty)
                    {
                        return requirement;
                    }
                }
            }
        }

        return ScopeRequirementInfo.None;
    }

    private string OperationName(ISymbol member)
    {
        if (_symbols.ApiOperation is { } apiOperation)
        {
            foreach (var attribute in member.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, apiOperation)
                    && AttributeValues.ReadNamedString(attribute, "OperationId") is { Length: > 0 } operationId)
                {
                    return operationId;
                }
            }
        }

        return member is IMethodSymbol { MethodKind: MethodKind.Constructor }
            ? "new " + member.ContainingType.Name
            : member.ContainingType is null ? member.Name : member.ContainingType.Name + "." + member.Name;
    }

    private static AlternativeKind ReadKind(AttributeData attribute)
    {
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Kind" && named.Value.Value is int kind && kind is >= 0 and <= 2)
            {
                return (AlternativeKind)kind;
            }
        }

        return AlternativeKind.Other;
    }
}
