using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using Scopewise.Build.Analysis;

namespace Scopewise.Build.Metadata;

/// <summary>
/// Finds the <c>[GrantedScopes]</c> in effect for a method of the described assembly, the way the analyzer does:
/// the method's own declaration, else the innermost declaring type's, else the assembly's. Code the compiler moved
/// into generated members (lambdas, local functions, async and iterator state machines) is judged by the source
/// method that contains it, found by name as <see cref="CallerNames"/> names it.
/// </summary>
internal sealed class GrantedScopesReader
{
    public const string GrantedScopesAttribute = "Scopewise.GrantedScopesAttribute";

    private readonly MetadataReader _reader;
    private readonly GrantInEffect? _assemblyGrant;
    private readonly Dictionary<TypeDefinitionHandle, GrantInEffect?> _typeGrants = new Dictionary<TypeDefinitionHandle, GrantInEffect?>();
    private readonly Dictionary<MethodDefinitionHandle, GrantInEffect?> _methodGrants = new Dictionary<MethodDefinitionHandle, GrantInEffect?>();
    private readonly List<GrantInEffect> _declared = new List<GrantInEffect>();

    public GrantedScopesReader(MetadataReader reader)
    {
        _reader = reader;
        _assemblyGrant = Read(reader.GetAssemblyDefinition().GetCustomAttributes(), "[GrantedScopes] on the assembly");
        foreach (var type in reader.TypeDefinitions)
        {
            TypeGrant(type);
        }

        foreach (var method in reader.MethodDefinitions)
        {
            OwnGrant(method);
        }
    }

    /// <summary>Every declaration in the assembly (for the build summary: what the app says it holds).</summary>
    public IReadOnlyList<GrantInEffect> Declared => _declared;

    /// <summary>The grant in effect inside <paramref name="method"/>, or null when the assembly declares none for it.</summary>
    public GrantInEffect? For(MethodDefinitionHandle method)
    {
        var definition = _reader.GetMethodDefinition(method);
        var methodName = _reader.GetString(definition.Name);
        var type = definition.GetDeclaringType();
        var written = !MetadataNames.IsCompilerGenerated(methodName);
        var sourceName = written ? methodName : CallerNames.SourceName(methodName);

        // Out of closures and state machines to the type written in source; a state machine's name names the method.
        while (!type.IsNil)
        {
            var typeDefinition = _reader.GetTypeDefinition(type);
            var typeName = _reader.GetString(typeDefinition.Name);
            if (!MetadataNames.IsCompilerGenerated(typeName) || typeDefinition.GetDeclaringType().IsNil)
            {
                break;
            }

            if (written)
            {
                written = false;
                sourceName = CallerNames.SourceName(typeName);
            }

            type = typeDefinition.GetDeclaringType();
        }

        var ownGrant = written ? OwnGrant(method) : sourceName is null || type.IsNil ? null : SourceMethodGrant(type, sourceName);
        if (ownGrant != null)
        {
            return ownGrant;
        }

        for (var current = type; !current.IsNil; current = _reader.GetTypeDefinition(current).GetDeclaringType())
        {
            if (TypeGrant(current) is GrantInEffect onType)
            {
                return onType;
            }
        }

        return _assemblyGrant;
    }

    private GrantInEffect? SourceMethodGrant(TypeDefinitionHandle type, string methodName)
    {
        foreach (var candidate in _reader.GetTypeDefinition(type).GetMethods())
        {
            if (_reader.StringComparer.Equals(_reader.GetMethodDefinition(candidate).Name, methodName) && OwnGrant(candidate) is GrantInEffect grant)
            {
                return grant;
            }
        }

        return null;
    }

    private GrantInEffect? OwnGrant(MethodDefinitionHandle method)
    {
        if (!_methodGrants.TryGetValue(method, out var grant))
        {
            var definition = _reader.GetMethodDefinition(method);
            grant = Read(definition.GetCustomAttributes(),
                "[GrantedScopes] on method '" + CallerNames.TypeDisplayName(_reader, definition.GetDeclaringType()) + "." + _reader.GetString(definition.Name) + "'");
            _methodGrants[method] = grant;
        }

        return grant;
    }

    private GrantInEffect? TypeGrant(TypeDefinitionHandle type)
    {
        if (!_typeGrants.TryGetValue(type, out var grant))
        {
            grant = Read(_reader.GetTypeDefinition(type).GetCustomAttributes(), "[GrantedScopes] on type '" + CallerNames.TypeDisplayName(_reader, type) + "'");
            _typeGrants[type] = grant;
        }

        return grant;
    }

    private GrantInEffect? Read(CustomAttributeHandleCollection attributes, string declaredOn)
    {
        foreach (var handle in attributes)
        {
            var attribute = _reader.GetCustomAttribute(handle);
            if (MetadataNames.AttributeTypeFullName(_reader, attribute) == GrantedScopesAttribute)
            {
                var grant = new GrantInEffect(ScopeAttributeReader.ScopesOf(attribute.DecodeValue(AttributeValueTypes.Instance)), declaredOn);
                _declared.Add(grant);
                return grant;
            }
        }

        return null;
    }
}
