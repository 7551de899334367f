using System.Text.Json;

namespace Scopewise.Adf;

/// <summary>
/// A mark on an ADF node: text formatting (<c>strong</c>, <c>em</c>, <c>code</c>, ...), a <c>link</c>, or a block
/// mark (<c>alignment</c>, <c>indentation</c>, <c>breakout</c>). Every mark type of the ADF schema has a subclass with
/// typed attribute properties; a mark type newer than the schema is read as an <see cref="AdfUnknownMark"/>.
/// </summary>
public abstract class AdfMark
{
    private AdfAttributes? _attributes;
    private Dictionary<string, JsonElement>? _extra;
    private bool _writeEmptyAttributes;

    /// <summary>Creates a mark.</summary>
    /// <param name="type">The ADF mark type.</param>
    protected AdfMark(string type) => Type = type ?? throw new ArgumentNullException(nameof(type));

    /// <summary>The ADF mark type, as written in JSON.</summary>
    public string Type { get; }

    /// <summary>The mark's <c>attrs</c>, including any the typed properties do not know.</summary>
    public AdfAttributes Attributes => _attributes ??= new AdfAttributes();

    /// <summary>Whether the mark has attributes set, without creating the collection.</summary>
    public bool HasAttributes => _attributes is { Count: > 0 };

    /// <summary>JSON members of the mark other than <c>type</c> and <c>attrs</c>, kept as read.</summary>
    public IDictionary<string, JsonElement> ExtraProperties => _extra ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    internal AdfAttributes? AttributesOrNull => _attributes;

    /// <summary>Writes the mark as ADF JSON.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, Type);
        if (_attributes is not null && (_attributes.Count > 0 || _writeEmptyAttributes))
        {
            writer.WritePropertyName(JsonNames.Attrs);
            _attributes.WriteTo(writer);
        }

        if (_extra is not null)
        {
            foreach (var (name, value) in _extra)
            {
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>The mark as ADF JSON.</summary>
    public override string ToString()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal void MarkReadShape(bool attributes) => _writeEmptyAttributes |= attributes;

    /// <summary>Reads a string attribute for a typed property.</summary>
    /// <param name="name">The attribute name.</param>
    protected string? GetStringAttribute(string name) => _attributes?.GetString(name);

    /// <summary>Reads a number attribute for a typed property.</summary>
    /// <param name="name">The attribute name.</param>
    protected double? GetNumberAttribute(string name) => _attributes?.GetNumber(name);

    /// <summary>Reads a whole-number attribute for a typed property.</summary>
    /// <param name="name">The attribute name.</param>
    protected int? GetInt32Attribute(string name) => _attributes?.GetInt32(name);

    /// <summary>Reads a boolean attribute for a typed property.</summary>
    /// <param name="name">The attribute name.</param>
    protected bool? GetBooleanAttribute(string name) => _attributes?.GetBoolean(name);

    /// <summary>Reads an object or array attribute for a typed property.</summary>
    /// <param name="name">The attribute name.</param>
    protected JsonElement? GetJsonAttribute(string name) => _attributes?.GetJson(name);

    /// <summary>Sets or (with null) removes a string attribute.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The value.</param>
    protected void SetAttribute(string name, string? value) => (value is null ? _attributes : Attributes)?.SetOrRemove(name, value);

    /// <summary>Sets or (with null) removes a number attribute.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The value.</param>
    protected void SetAttribute(string name, double? value) => (value is null ? _attributes : Attributes)?.SetOrRemove(name, value);

    /// <summary>Sets or (with null) removes a boolean attribute.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The value.</param>
    protected void SetAttribute(string name, bool? value) => (value is null ? _attributes : Attributes)?.SetOrRemove(name, value);

    /// <summary>Sets or (with null) removes an object or array attribute.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The value.</param>
    protected void SetAttribute(string name, JsonElement? value) => (value is null ? _attributes : Attributes)?.SetOrRemove(name, value);
}
