using Scopewise.Generator.Infrastructure;

namespace Scopewise.Generator.Model;

internal enum TypeModelKind
{
    Object,
    StringEnum,
    Union,
}

/// <summary>A generated model type: an object, a string enum that tolerates unknown values, or a oneOf/anyOf union.</summary>
internal sealed record TypeModel(
    string Name,
    TypeModelKind Kind,
    string? Summary,
    bool Deprecated,
    string? BaseType,
    EquatableArray<PropertyModel> Properties,
    bool KeepsExtensionData,
    EquatableArray<string> EnumValues,
    EquatableArray<UnionMember> UnionMembers,
    string SchemaPointer);

/// <summary>One property of an object model.</summary>
internal sealed record PropertyModel(string JsonName, string Name, TypeRef Type, bool Required, bool Nullable, string? Summary, bool Deprecated)
{
    /// <summary>
    /// Whether the C# property is declared nullable: optional or nullable in the spec. Free-form JSON is always
    /// nullable, because a default <c>JsonElement</c> holds no value and cannot be written.
    /// </summary>
    public bool IsNullableInCSharp => !Required || Nullable || Type.Kind == TypeRefKind.Json;
}

/// <summary>One typed view of a union.</summary>
internal sealed record UnionMember(string Name, TypeRef Type);
