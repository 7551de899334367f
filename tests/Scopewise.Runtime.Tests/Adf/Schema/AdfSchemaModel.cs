using System.Text.Json;

namespace Scopewise.Runtime.Tests.Adf.Schema;

/// <summary>One attribute of a node or mark as the schema declares it.</summary>
internal sealed record SchemaAttribute(string Name, string Kind, IReadOnlyList<string>? Enum, int? MinLength, double? Minimum, double? Maximum, string? Pattern);

/// <summary>One alternative shape of a node's or mark's <c>attrs</c> (most have one; cards and media have several).</summary>
internal sealed record SchemaAttributeShape(IReadOnlyList<SchemaAttribute> Properties, IReadOnlyList<string> Required);

/// <summary>A node type allowed at one position of a parent's content, through the schema definitions that allow it.</summary>
internal sealed record SchemaChild(string Type, IReadOnlyList<string> Definitions);

/// <summary>A parent's content model: one slot for "items", several for a tuple ("items": [a, b]).</summary>
internal sealed record SchemaContent(IReadOnlyList<IReadOnlyList<SchemaChild>> Slots, bool IsTuple, int MinItems, int? MaxItems);

/// <summary>One node definition of the schema (<c>paragraph_with_alignment_node</c>) flattened through its allOf.</summary>
internal sealed record SchemaNodeVariant(
    string Definition,
    string Type,
    IReadOnlyList<string>? Marks,
    IReadOnlyList<SchemaAttributeShape> AttributeShapes,
    bool AttributesRequired,
    SchemaContent? Content,
    bool ContentRequired);

/// <summary>One mark definition of the schema.</summary>
internal sealed record SchemaMark(string Definition, string Type, IReadOnlyList<SchemaAttributeShape> AttributeShapes, bool AttributesRequired);

/// <summary>
/// Reads specs/adf/adf-schema.full.json into the facts the runtime's ADF types and validation rules are made from:
/// every node definition flattened (allOf merged, content groups such as <c>block_content</c> expanded), and every mark.
/// </summary>
internal sealed class AdfSchemaModel
{
    private readonly JsonElement _definitions;
    private readonly Dictionary<string, SchemaNodeVariant> _variants = new(StringComparer.Ordinal);

    private AdfSchemaModel(JsonElement definitions)
    {
        _definitions = definitions;
        foreach (var definition in definitions.EnumerateObject())
        {
            if (IsNodeDefinition(definition.Name))
            {
                _variants[definition.Name] = ResolveNode(definition.Name);
            }
            else if (definition.Name.EndsWith("_mark", StringComparison.Ordinal))
            {
                var mark = definition.Value;
                var properties = mark.GetProperty("properties");
                Marks.Add(new SchemaMark(
                    definition.Name,
                    properties.GetProperty("type").GetProperty("enum")[0].GetString()!,
                    properties.TryGetProperty("attrs", out var attrs) ? ReadAttributeShapes(attrs) : [],
                    Required(mark).Contains("attrs")));
            }
        }
    }

    public IReadOnlyDictionary<string, SchemaNodeVariant> Variants => _variants;

    public List<SchemaMark> Marks { get; } = [];

    /// <summary>Every node type name, sorted.</summary>
    public IReadOnlyList<string> NodeTypes => _variants.Values.Select(v => v.Type).Distinct().Order(StringComparer.Ordinal).ToList();

    public static AdfSchemaModel Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new AdfSchemaModel(document.RootElement.GetProperty("definitions").Clone());
    }

    /// <summary>The union of a node type's attributes over all its definitions, for the typed properties.</summary>
    public IReadOnlyList<SchemaAttribute> AttributesOf(string type)
    {
        var merged = new List<SchemaAttribute>();
        foreach (var variant in _variants.Values.Where(v => v.Type == type).OrderBy(v => v.Definition, StringComparer.Ordinal))
        {
            foreach (var attribute in variant.AttributeShapes.SelectMany(s => s.Properties))
            {
                var index = merged.FindIndex(a => a.Name == attribute.Name);
                if (index < 0)
                {
                    merged.Add(attribute);
                }
                else if (attribute.Enum is not null && merged[index].Enum is { } known)
                {
                    merged[index] = merged[index] with { Enum = known.Union(attribute.Enum).ToList() };
                }
            }
        }

        return merged;
    }

    public bool IsContainer(string type) => _variants.Values.Any(v => v.Type == type && v.Content is not null);

    private SchemaNodeVariant ResolveNode(string name)
    {
        var definition = _definitions.GetProperty(name);
        if (definition.TryGetProperty("allOf", out var allOf))
        {
            var baseVariant = ResolveNode(RefName(allOf[0]));
            var overlay = allOf[1];
            var properties = overlay.GetProperty("properties");
            var marks = properties.TryGetProperty("marks", out var m) ? ReadMarks(m) : baseVariant.Marks;
            var content = properties.TryGetProperty("content", out var c) ? ReadContent(c) : baseVariant.Content;
            var required = Required(overlay);
            return baseVariant with
            {
                Definition = name,
                Marks = marks,
                Content = content,
                ContentRequired = baseVariant.ContentRequired || required.Contains("content"),
            };
        }

        var props = definition.GetProperty("properties");
        var type = props.GetProperty("type").GetProperty("enum")[0].GetString()!;
        var requiredMembers = Required(definition);
        return new SchemaNodeVariant(
            name,
            type,
            props.TryGetProperty("marks", out var marksElement) ? ReadMarks(marksElement) : [],
            props.TryGetProperty("attrs", out var attrsElement) ? ReadAttributeShapes(attrsElement) : [],
            requiredMembers.Contains("attrs"),
            props.TryGetProperty("content", out var contentElement) ? ReadContent(contentElement) : null,
            requiredMembers.Contains("content"));
    }

    // "marks": {"maxItems": 0} allows none; {"items": ...} allows those; a bare {"type": "array"} allows any.
    private IReadOnlyList<string>? ReadMarks(JsonElement marks)
    {
        if (marks.TryGetProperty("maxItems", out var max) && max.GetInt32() == 0)
        {
            return [];
        }

        if (!marks.TryGetProperty("items", out var items))
        {
            return null;
        }

        var refs = items.TryGetProperty("anyOf", out var anyOf) ? anyOf.EnumerateArray().Select(RefName) : [RefName(items)];
        return refs.Select(r => _definitions.GetProperty(r).GetProperty("properties").GetProperty("type").GetProperty("enum")[0].GetString()!).ToList();
    }

    private SchemaContent ReadContent(JsonElement content)
    {
        if (content.TryGetProperty("$ref", out _))
        {
            content = _definitions.GetProperty(RefName(content));
        }

        var items = content.GetProperty("items");
        var min = content.TryGetProperty("minItems", out var minItems) ? minItems.GetInt32() : 0;
        int? max = content.TryGetProperty("maxItems", out var maxItems) ? maxItems.GetInt32() : null;
        if (items.ValueKind == JsonValueKind.Array)
        {
            return new SchemaContent(items.EnumerateArray().Select(ReadSlot).ToList(), IsTuple: true, min, max);
        }

        return new SchemaContent([ReadSlot(items)], IsTuple: false, min, max);
    }

    private IReadOnlyList<SchemaChild> ReadSlot(JsonElement slot)
    {
        var definitions = new List<string>();
        Flatten(slot, definitions);
        return definitions
            .GroupBy(d => TypeOf(d))
            .Select(g => new SchemaChild(g.Key, g.Distinct().ToList()))
            .ToList();
    }

    // A slot lists node definitions directly or through groups (block_content, inline_node) that are anyOf lists.
    private void Flatten(JsonElement schema, List<string> definitions)
    {
        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            foreach (var option in anyOf.EnumerateArray())
            {
                Flatten(option, definitions);
            }

            return;
        }

        var name = RefName(schema);
        var target = _definitions.GetProperty(name);
        if (IsNodeDefinition(name))
        {
            definitions.Add(name);
        }
        else
        {
            Flatten(target, definitions);
        }
    }

    // inline_node is named like a node but is a group (an anyOf of node definitions), like block_content.
    private bool IsNodeDefinition(string name) =>
        name.EndsWith("_node", StringComparison.Ordinal) && !_definitions.GetProperty(name).TryGetProperty("anyOf", out _);

    private string TypeOf(string definition)
    {
        var element = _definitions.GetProperty(definition);
        while (element.TryGetProperty("allOf", out var allOf))
        {
            element = _definitions.GetProperty(RefName(allOf[0]));
        }

        return element.GetProperty("properties").GetProperty("type").GetProperty("enum")[0].GetString()!;
    }

    private static IReadOnlyList<SchemaAttributeShape> ReadAttributeShapes(JsonElement attrs)
    {
        var shapes = attrs.TryGetProperty("anyOf", out var anyOf) ? anyOf.EnumerateArray().ToList() : [attrs];
        return shapes.Select(shape => new SchemaAttributeShape(
            shape.GetProperty("properties").EnumerateObject().Select(p => ReadAttribute(p.Name, p.Value)).ToList(),
            Required(shape))).ToList();
    }

    private static SchemaAttribute ReadAttribute(string name, JsonElement schema)
    {
        IReadOnlyList<string>? values = schema.TryGetProperty("enum", out var e)
            ? e.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new InvalidDataException($"attribute {name}: only string enums are expected")).ToList()
            : null;
        var kind = values is not null ? "string"
            : schema.TryGetProperty("type", out var t) ? t.GetString()!
            : "any";
        return new SchemaAttribute(
            name,
            kind,
            values,
            schema.TryGetProperty("minLength", out var minLength) ? minLength.GetInt32() : null,
            schema.TryGetProperty("minimum", out var minimum) ? minimum.GetDouble() : null,
            schema.TryGetProperty("maximum", out var maximum) ? maximum.GetDouble() : null,
            schema.TryGetProperty("pattern", out var pattern) ? pattern.GetString() : null);
    }

    private static List<string> Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!).ToList() : [];

    private static string RefName(JsonElement reference) =>
        reference.GetProperty("$ref").GetString()!["#/definitions/".Length..];
}
