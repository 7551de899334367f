using System;
using System.Reflection.Metadata;

namespace Scopewise.Build.Metadata;

/// <summary>
/// Resolves a method token found in IL to the method definition it names, following type references into the
/// referenced assembly (and its type forwarders) and looking through generic instantiations. Only the assemblies of
/// the <see cref="AssemblySet"/> are followed: a call into anything else cannot reach a scope declaration.
/// </summary>
internal sealed class MethodResolver
{
    private const int MaxForwardingHops = 8;
    private readonly AssemblySet _assemblies;

    public MethodResolver(AssemblySet assemblies)
    {
        _assemblies = assemblies;
    }

    /// <summary>The definition <paramref name="token"/> (in <paramref name="from"/>) names, or null outside the set.</summary>
    public MethodKey? Resolve(LoadedAssembly from, EntityHandle token)
    {
        var reader = from.Reader;
        switch (token.Kind)
        {
            case HandleKind.MethodDefinition:
                return new MethodKey(from, (MethodDefinitionHandle)token);
            case HandleKind.MethodSpecification:
                return Resolve(from, reader.GetMethodSpecification((MethodSpecificationHandle)token).Method);
            case HandleKind.MemberReference:
                return ResolveMemberReference(from, (MemberReferenceHandle)token);
            default:
                return null;
        }
    }

    /// <summary>The full name of the type that declares the method <paramref name="token"/> names, without resolving it.</summary>
    public static string? DeclaringTypeName(MetadataReader reader, EntityHandle token)
    {
        switch (token.Kind)
        {
            case HandleKind.MethodDefinition:
                return MetadataNames.TypeFullName(reader, reader.GetMethodDefinition((MethodDefinitionHandle)token).GetDeclaringType());
            case HandleKind.MethodSpecification:
                return DeclaringTypeName(reader, reader.GetMethodSpecification((MethodSpecificationHandle)token).Method);
            case HandleKind.MemberReference:
                var parent = reader.GetMemberReference((MemberReferenceHandle)token).Parent;
                return parent.Kind == HandleKind.TypeSpecification
                    ? GenericDefinition(reader, (TypeSpecificationHandle)parent) is EntityHandle definition ? MetadataNames.FullNameOf(reader, definition) : null
                    : MetadataNames.FullNameOf(reader, parent);
            default:
                return null;
        }
    }

    private MethodKey? ResolveMemberReference(LoadedAssembly from, MemberReferenceHandle handle)
    {
        var reader = from.Reader;
        var member = reader.GetMemberReference(handle);
        if (member.GetKind() != MemberReferenceKind.Method)
        {
            return null;
        }

        var name = reader.GetString(member.Name);
        var signature = SignatureFormatter.Format(member.DecodeMethodSignature(SignatureFormatter.Instance, null));
        var parent = member.Parent;
        switch (parent.Kind)
        {
            case HandleKind.MethodDefinition:
                return new MethodKey(from, (MethodDefinitionHandle)parent);
            case HandleKind.ModuleReference:
                return FindGlobalMethod(from, name, signature);
            default:
                var type = ResolveType(from, parent);
                return type is null ? null : FindMethod(type.Value.Assembly, type.Value.Handle, name, signature);
        }
    }

    /// <summary>Resolves a TypeDef, TypeRef or generic TypeSpec to the definition, in whichever assembly of the set declares it.</summary>
    public TypeKey? ResolveType(LoadedAssembly from, EntityHandle type)
    {
        switch (type.Kind)
        {
            case HandleKind.TypeDefinition:
                return new TypeKey(from, (TypeDefinitionHandle)type);
            case HandleKind.TypeSpecification:
                var definition = GenericDefinition(from.Reader, (TypeSpecificationHandle)type);
                return definition is null ? null : ResolveType(from, definition.Value);
            case HandleKind.TypeReference:
                return ResolveTypeReference(from, (TypeReferenceHandle)type);
            default:
                return null;
        }
    }

    private TypeKey? ResolveTypeReference(LoadedAssembly from, TypeReferenceHandle handle)
    {
        var reader = from.Reader;
        var fullName = MetadataNames.TypeReferenceFullName(reader, handle);

        // The outermost reference's scope says which assembly declares the type (nested references point at their outer type).
        var outer = handle;
        while (reader.GetTypeReference(outer).ResolutionScope.Kind == HandleKind.TypeReference)
        {
            outer = (TypeReferenceHandle)reader.GetTypeReference(outer).ResolutionScope;
        }

        var scope = reader.GetTypeReference(outer).ResolutionScope;
        LoadedAssembly? target;
        if (scope.Kind == HandleKind.AssemblyReference)
        {
            target = _assemblies.Get(reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name));
        }
        else
        {
            target = from;
        }

        for (var hop = 0; target != null && hop < MaxForwardingHops; hop++)
        {
            if (target.TryFindType(fullName, out var definition))
            {
                return new TypeKey(target, definition);
            }

            target = ForwardedTo(target, fullName);
        }

        return null;
    }

    private LoadedAssembly? ForwardedTo(LoadedAssembly assembly, string fullName)
    {
        var reader = assembly.Reader;
        var outerName = fullName.Split('+')[0];
        foreach (var handle in reader.ExportedTypes)
        {
            var exported = reader.GetExportedType(handle);
            var ns = reader.GetString(exported.Namespace);
            var name = reader.GetString(exported.Name);
            if ((ns.Length == 0 ? name : ns + "." + name) == outerName && exported.Implementation.Kind == HandleKind.AssemblyReference)
            {
                var reference = reader.GetAssemblyReference((AssemblyReferenceHandle)exported.Implementation);
                return _assemblies.Get(reader.GetString(reference.Name));
            }
        }

        return null;
    }

    private MethodKey? FindMethod(LoadedAssembly assembly, TypeDefinitionHandle type, string name, string signature)
    {
        // Walk up the base types: a call may name an inherited method through the derived type.
        for (var depth = 0; depth < 32; depth++)
        {
            var reader = assembly.Reader;
            var definition = reader.GetTypeDefinition(type);
            foreach (var methodHandle in definition.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                if (reader.StringComparer.Equals(method.Name, name)
                    && SignatureFormatter.Format(method.DecodeSignature(SignatureFormatter.Instance, null)) == signature)
                {
                    return new MethodKey(assembly, methodHandle);
                }
            }

            if (definition.BaseType.IsNil || !(ResolveType(assembly, definition.BaseType) is { } baseType))
            {
                return null;
            }

            assembly = baseType.Assembly;
            type = baseType.Handle;
        }

        return null;
    }

    private static MethodKey? FindGlobalMethod(LoadedAssembly assembly, string name, string signature)
    {
        var reader = assembly.Reader;
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            foreach (var methodHandle in reader.GetTypeDefinition(typeHandle).GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                if (reader.StringComparer.Equals(method.Name, name)
                    && SignatureFormatter.Format(method.DecodeSignature(SignatureFormatter.Instance, null)) == signature)
                {
                    return new MethodKey(assembly, methodHandle);
                }
            }

            // The module's global methods live on the first type, <Module>.
            break;
        }

        return null;
    }

    /// <summary>The generic type a TypeSpec instantiates (<c>List&lt;int&gt;</c> → <c>List`1</c>); null for other specs.</summary>
    private static EntityHandle? GenericDefinition(MetadataReader reader, TypeSpecificationHandle handle)
    {
        try
        {
            var blob = reader.GetBlobReader(reader.GetTypeSpecification(handle).Signature);
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
            {
                return null;
            }

            blob.ReadSignatureTypeCode();
            return blob.ReadTypeHandle();
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }
}
