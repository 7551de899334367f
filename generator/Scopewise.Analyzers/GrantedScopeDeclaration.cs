using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;

namespace Scopewise.Analyzers;

/// <summary>One <c>[GrantedScopes]</c> attribute: the scopes the credential holds in its assembly, type or method.</summary>
internal sealed class GrantedScopeDeclaration
{
    private readonly ConcurrentDictionary<string, byte> _used = new(System.StringComparer.Ordinal);

    public GrantedScopeDeclaration(ISymbol owner, AttributeData? attribute, ImmutableArray<string> scopes, string description)
    {
        Owner = owner;
        Attribute = attribute;
        Scopes = scopes;
        ScopeSet = new HashSet<string>(scopes, System.StringComparer.Ordinal);
        Description = description;
    }

    /// <summary>The assembly, type or method the attribute sits on.</summary>
    public ISymbol Owner { get; }

    /// <summary>Null only for the implicit empty grant of strict mode (<c>scopewise_require_granted_scopes = true</c>).</summary>
    public AttributeData? Attribute { get; }

    public ImmutableArray<string> Scopes { get; }

    public ISet<string> ScopeSet { get; }

    /// <summary>Where the set was declared, for messages: <c>[GrantedScopes] on type 'Worker' (Worker.cs:5)</c>.</summary>
    public string Description { get; }

    /// <summary>The attribute's location in source, or null when the attribute is not in this compilation's source.</summary>
    public Location? Location => Attribute?.ApplicationSyntaxReference is { } reference
        ? Location.Create(reference.SyntaxTree, reference.Span)
        : null;

    /// <summary>Whether the declaration is the implicit empty grant of strict mode.</summary>
    public bool IsImplicit => Attribute is null;

    public void MarkUsed(string scope) => _used.TryAdd(scope, 0);

    public bool IsUsed(string scope) => _used.ContainsKey(scope);

    public static GrantedScopeDeclaration Create(ISymbol owner, AttributeData attribute)
    {
        var where = owner switch
        {
            IAssemblySymbol => "the assembly",
            INamedTypeSymbol type => "type '" + type.Name + "'",
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => "constructor of '" + constructor.ContainingType.Name + "'",
            _ => "method '" + owner.Name + "'",
        };

        var description = "[GrantedScopes] on " + where;
        if (attribute.ApplicationSyntaxReference is { } reference)
        {
            var line = reference.SyntaxTree.GetLineSpan(reference.Span).StartLinePosition.Line + 1;
            var file = Path.GetFileName(reference.SyntaxTree.FilePath);
            description += string.IsNullOrEmpty(file) ? " (line " + line + ")" : " (" + file + ":" + line + ")";
        }

        return new GrantedScopeDeclaration(owner, attribute, AttributeValues.ReadStrings(attribute), description);
    }

    public static GrantedScopeDeclaration CreateImplicit(ISymbol assembly) => new(
        assembly,
        attribute: null,
        ImmutableArray<string>.Empty,
        "the assembly (no [GrantedScopes] declared, and scopewise_require_granted_scopes is true)");
}
