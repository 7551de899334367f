using System.Reflection.Metadata;

namespace Scopewise.Build.Metadata;

/// <summary>
/// Type names for decoding attribute values. The attributes read here use strings, string arrays, System.Type and one
/// enum (Scopewise's <c>ScopeKind</c>, an int), so every other type is decoded as an int enum; a System.Type value
/// comes back as its serialized name (<c>Ns.Outer+&lt;DoAsync&gt;d__3</c>).
/// </summary>
internal sealed class AttributeValueTypes : ICustomAttributeTypeProvider<string>
{
    public static readonly AttributeValueTypes Instance = new AttributeValueTypes();

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

    public string GetSystemType() => "System.Type";

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => MetadataNames.TypeFullName(reader, handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => MetadataNames.TypeReferenceFullName(reader, handle);

    public string GetTypeFromSerializedName(string name) => name;

    public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

    public bool IsSystemType(string type) => type == "System.Type";
}
