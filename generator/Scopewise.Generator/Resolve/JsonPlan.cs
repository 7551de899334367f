using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;

namespace Scopewise.Generator.Resolve;

/// <summary>
/// The client's JSON class: its name and file, and every type the metadata describes, ordered by id and spread over
/// batches (nested classes in files of their own). Concatenated, the batches are the whole closure in id order.
/// </summary>
internal sealed record JsonPlan(string ClassName, string HintName, int TypeCount, EquatableArray<JsonBatchPlan> Batches)
{
    public static readonly JsonPlan None = new(string.Empty, string.Empty, 0, EquatableArray<JsonBatchPlan>.Empty);
}

/// <summary>One nested class of metadata factories and its file.</summary>
internal sealed record JsonBatchPlan(string ClassName, string HintName, EquatableArray<JsonTypePlan> Types);

/// <summary>How a type's metadata is made.</summary>
internal enum JsonFactoryKind
{
    /// <summary><c>Nullable&lt;T&gt;</c> of a value type: <see cref="JsonTypePlan.Type"/> is <c>T</c>.</summary>
    NullableValue,
    List,
    Dictionary,

    /// <summary>A generated enum or union with its own converter.</summary>
    Converter,

    /// <summary>A generated object class: <see cref="JsonTypePlan.Declarers"/> lists its properties.</summary>
    Object,

    /// <summary>A built-in type with a metadata-services converter.</summary>
    Primitive,
}

/// <summary>
/// One type of the closure: its id (the accessor's name and the factory's after <c>__Create</c>), its C# spelling,
/// whether the JSON class gets a public accessor for it, and how its factory is made.
/// </summary>
internal sealed record JsonTypePlan(
    string Id,
    string CSharp,
    TypeRef Type,
    JsonFactoryKind Factory,
    bool HasAccessor,
    EquatableArray<JsonDeclarerPlan> Declarers);

/// <summary>
/// The metadata properties one class of an object's hierarchy contributes: the object's own class first, then each
/// base. <see cref="Properties"/> leaves out members a more derived class hides; <see cref="ExtensionDataMember"/>
/// is set when this class holds the extension-data dictionary (and no derived class hides it).
/// </summary>
internal sealed record JsonDeclarerPlan(string Declarer, EquatableArray<PropertyModel> Properties, string? ExtensionDataMember);
