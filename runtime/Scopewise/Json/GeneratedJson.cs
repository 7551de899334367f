using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Scopewise.Json;

/// <summary>
/// Builds System.Text.Json metadata for generated models. Generated code calls these helpers instead of spelling out
/// <see cref="JsonPropertyInfoValues{T}"/> for every property, which keeps the emitted source (and its compile time)
/// small. Not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedJson
{
    /// <summary>Metadata for one public read-write property of a generated model.</summary>
    /// <typeparam name="TDeclaring">The class that declares the property.</typeparam>
    /// <typeparam name="TProperty">The property type.</typeparam>
    /// <param name="options">The options being configured.</param>
    /// <param name="name">The C# property name.</param>
    /// <param name="jsonName">The JSON property name.</param>
    /// <param name="getter">Reads the property.</param>
    /// <param name="setter">Writes the property.</param>
    public static JsonPropertyInfo Property<TDeclaring, TProperty>(JsonSerializerOptions options, string name, string jsonName, Func<object, TProperty?> getter, Action<object, TProperty?> setter)
        => JsonMetadataServices.CreatePropertyInfo(options, new JsonPropertyInfoValues<TProperty>
        {
            IsProperty = true,
            IsPublic = true,
            IsVirtual = false,
            DeclaringType = typeof(TDeclaring),
            Getter = getter,
            Setter = setter,
            PropertyName = name,
            JsonPropertyName = jsonName,
        });

    /// <summary>Metadata for the dictionary that keeps properties a generated model does not name.</summary>
    /// <typeparam name="TDeclaring">The class that declares the dictionary.</typeparam>
    /// <param name="options">The options being configured.</param>
    /// <param name="name">The C# property name.</param>
    /// <param name="getter">Reads the dictionary.</param>
    /// <param name="setter">Writes the dictionary.</param>
    public static JsonPropertyInfo ExtensionData<TDeclaring>(JsonSerializerOptions options, string name, Func<object, Dictionary<string, JsonElement>?> getter, Action<object, Dictionary<string, JsonElement>?> setter)
        => JsonMetadataServices.CreatePropertyInfo(options, new JsonPropertyInfoValues<Dictionary<string, JsonElement>?>
        {
            IsProperty = true,
            IsPublic = true,
            IsVirtual = false,
            DeclaringType = typeof(TDeclaring),
            Getter = getter,
            Setter = setter,
            PropertyName = name,
            IsExtensionData = true,
        });
}
