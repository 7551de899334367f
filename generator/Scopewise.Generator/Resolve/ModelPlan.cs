using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;

namespace Scopewise.Generator.Resolve;

/// <summary>One file of models.</summary>
internal sealed record ModelFilePlan(string HintName, EquatableArray<ModelPlan> Models);

/// <summary>
/// A model type as it is declared: for an object, only the properties no base class already maps, the names among
/// them that hide an inherited member (declared with <c>new</c>), and the extension-data member's name when this
/// class (not a base) holds it;
/// for a string enum, its members' names; for a union, each view with its JSON accessor.
/// </summary>
internal sealed record ModelPlan(
    string Name,
    TypeModelKind Kind,
    string? Summary,
    bool Deprecated,
    string? BaseType,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<string> Hiding,
    string? ExtensionDataMember,
    EquatableArray<EnumMemberPlan> EnumMembers,
    EquatableArray<UnionMemberPlan> UnionMembers);

/// <summary>A string enum value and the static property that names it.</summary>
internal sealed record EnumMemberPlan(string Value, string Member);

/// <summary>A typed view of a union and the JSON class accessor that reads it.</summary>
internal sealed record UnionMemberPlan(string Name, TypeRef Type, string Accessor);
