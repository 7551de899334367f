using System.Text.Json;

namespace Scopewise.Adf;

/// <summary>
/// One node of an Atlassian Document Format document: its <see cref="Type"/>, <see cref="Attributes"/>,
/// <see cref="Content"/> and <see cref="Marks"/>. Every node type of the ADF schema has a subclass with typed
/// attribute properties (<see cref="HeadingNode.Level"/>, <see cref="PanelNode.PanelType"/>, ...); a node type
/// newer than the schema is read as an <see cref="AdfUnknownNode"/> and written back unchanged.
/// </summary>
public abstract class AdfNode
{
    private AdfAttributes? _attributes;
    private List<AdfNode>? _content;
    private List<AdfMark>? _marks;
    private Dictionary<string, JsonElement>? _extra;

    // A container node writes "content": [] even when empty (the schema wants the member); a leaf node writes
    // "content" only if it was read with one, so that reading and writing a document changes nothing.
    private bool _writeEmptyContent;
    private bool _writeEmptyAttributes;
    private bool _writeEmptyMarks;

    /// <summary>Creates a node.</summary>
    /// <param name="type">The ADF node type (<c>paragraph</c>, <c>heading</c>, ...).</param>
    /// <param name="isContainer">Whether the schema gives this node type content, written even when empty.</param>
    protected AdfNode(string type, bool isContainer)
    {
        Type = type ?? throw new ArgumentNullException(nameof(type));
        _writeEmptyContent = isContainer;
    }

    /// <summary>The ADF node type, as written in JSON.</summary>
    public string Type { get; }

    /// <summary>The node's <c>attrs</c>, including any the typed properties do not know.</summary>
    public AdfAttributes Attributes => _attributes ??= new AdfAttributes();

    /// <summary>The child nodes.</summary>
    public List<AdfNode> Content => _content ??= new List<AdfNode>();

    /// <summary>The marks on this node (text formatting, links, alignment, ...).</summary>
    public List<AdfMark> Marks => _marks ??= new List<AdfMark>();

    /// <summary>JSON members of the node other than <c>type</c>, <c>attrs</c>, <c>content</c>, <c>marks</c> and the
    /// node's own (<c>text</c>, <c>version</c>), kept as read and written back.</summary>
    public IDictionary<string, JsonElement> ExtraProperties => _extra ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>Whether the node has attributes set, without creating the collection.</summary>
    public bool HasAttributes => _attributes is { Count: > 0 };

    /// <summary>Whether the node has children, without creating the list.</summary>
    public bool HasContent => _content is { Count: > 0 };

    /// <summary>Whether the node has marks, without creating the list.</summary>
    public bool HasMarks => _marks is { Count: > 0 };

    internal IReadOnlyList<AdfNode> ContentOrEmpty => (IReadOnlyList<AdfNode>?)_content ?? Array.Empty<AdfNode>();

    internal IReadOnlyList<AdfMark> MarksOrEmpty => (IReadOnlyList<AdfMark>?)_marks ?? Array.Empty<AdfMark>();

    internal AdfAttributes? AttributesOrNull => _attributes;

    internal bool ContentPresent => _content is { Count: > 0 } || _writeEmptyContent;

    internal bool AttributesPresent => _attributes is not null && (_attributes.Count > 0 || _writeEmptyAttributes);

    internal bool MarksPresent => _marks is not null && (_marks.Count > 0 || _writeEmptyMarks);

    /// <summary>A text node holding <paramref name="text"/>, so that builders take strings among nodes.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator AdfNode(string text) => new TextNode(text);

    /// <summary>Writes the node as ADF JSON.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteLeadingMembers(writer);
        writer.WriteString(JsonNames.Type, Type);
        WriteOwnMembers(writer);
        if (AttributesPresent)
        {
            writer.WritePropertyName(JsonNames.Attrs);
            _attributes!.WriteTo(writer);
        }

        if (ContentPresent)
        {
            writer.WriteStartArray(JsonNames.Content);
            if (_content is { } content)
            {
                // Indexed, not foreach over an interface: no enumerator allocated per node.
                for (var i = 0; i < content.Count; i++)
                {
                    content[i].WriteTo(writer);
                }
            }

            writer.WriteEndArray();
        }

        if (MarksPresent)
        {
            writer.WriteStartArray(JsonNames.Marks);
            for (var i = 0; i < _marks!.Count; i++)
            {
                _marks[i].WriteTo(writer);
            }

            writer.WriteEndArray();
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

    /// <summary>The node as ADF JSON.</summary>
    public string ToJson() => AdfJson.Write(this);

    /// <summary>The node as ADF JSON (for debugging; text is user content, never a secret Scopewise holds).</summary>
    public override string ToString() => ToJson();

    /// <summary>Writes members that precede <c>type</c> (the document's <c>version</c>).</summary>
    /// <param name="writer">The writer.</param>
    private protected virtual void WriteLeadingMembers(Utf8JsonWriter writer)
    {
    }

    /// <summary>Writes the node type's own top-level members (a text node's <c>text</c>).</summary>
    /// <param name="writer">The writer.</param>
    private protected virtual void WriteOwnMembers(Utf8JsonWriter writer)
    {
    }

    /// <summary>Reads one of the node type's own top-level members; false when the member is not one.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The member value.</param>
    private protected virtual bool TryReadOwnMember(string name, JsonElement value) => false;

    internal bool ReadOwnMember(string name, JsonElement value) => TryReadOwnMember(name, value);

    // A container read without "content" is written back without it (a document read is written unchanged).
    internal void MarkReadWithoutContent() => _writeEmptyContent = false;

    internal void MarkReadShape(bool attributes, bool content, bool marks)
    {
        _writeEmptyAttributes |= attributes;
        _writeEmptyContent |= content;
        _writeEmptyMarks |= marks;
    }

    internal void SetContent(AdfNode[] children)
    {
        var list = _content ??= new List<AdfNode>(children.Length);
        foreach (var child in children)
        {
            list.Add(child ?? throw new ArgumentNullException(nameof(children), $"A {Type} node cannot contain null."));
        }
    }

    internal void AddMark(AdfMark mark) => (_marks ??= new List<AdfMark>(2)).Add(mark);

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
    protected void SetAttribute(string name, string? value) => ForWrite(value is null)?.SetOrRemove(name, value);

    /// <summary>Sets or (with null) removes a number attribute.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The value.</param>
    protected void SetAttribute(string name, double? value) => ForWrite(value is null)?.SetOrRemove(name, value);

    /// <summary>Sets or (with null) removes a boolean attribute.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The value.</param>
    protected void SetAttribute(string name, bool? value) => ForWrite(value is null)?.SetOrRemove(name, value);

    /// <summary>Sets or (with null) removes an object or array attribute.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The value.</param>
    protected void SetAttribute(string name, JsonElement? value) => ForWrite(value is null)?.SetOrRemove(name, value);

    // Removing from attributes that were never created must not create them (nor an empty "attrs": {}).
    private AdfAttributes? ForWrite(bool removing) => removing ? _attributes : Attributes;
}
