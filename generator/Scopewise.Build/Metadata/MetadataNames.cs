using System.Reflection.Metadata;

namespace Scopewise.Build.Metadata;

/// <summary>Names of types as metadata spells them: namespace, then nested types joined with '+'.</summary>
internal static class MetadataNames
{
    public static string TypeFullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return TypeFullName(reader, declaring) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public static string TypeReferenceFullName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return TypeReferenceFullName(reader, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>The full name of a TypeDef or TypeRef handle; null for anything else (a generic instantiation).</summary>
    public static string? FullNameOf(MetadataReader reader, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                return TypeFullName(reader, (TypeDefinitionHandle)handle);
            case HandleKind.TypeReference:
                return TypeReferenceFullName(reader, (TypeReferenceHandle)handle);
            default:
                return null;
        }
    }

    /// <summary>The full name of the attribute class of a custom attribute.</summary>
    public static string? AttributeTypeFullName(MetadataReader reader, CustomAttribute attribute)
    {
        switch (attribute.Constructor.Kind)
        {
            case HandleKind.MethodDefinition:
                var method = reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor);
                return TypeFullName(reader, method.GetDeclaringType());
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                return FullNameOf(reader, member.Parent);
            default:
                return null;
        }
    }

    /// <summary>Whether a type or member name was made up by the compiler (<c>&lt;Main&gt;d__0</c>, <c>&lt;&gt;c</c>).</summary>
    public static bool IsCompilerGenerated(string name) => name.Length > 0 && name[0] == '<';
}
