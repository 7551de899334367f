namespace Scopewise.Adf.Validation;

/// <summary>The JSON kind the schema gives an attribute.</summary>
internal enum AdfAttributeKind
{
    Any,
    String,
    Number,
    Boolean,
    Array,
    Object,
}

/// <summary>One attribute of a node or mark: its kind and constraints, as the schema states them.</summary>
internal sealed record AdfAttributeRule(string Name, AdfAttributeKind Kind, string[]? Enum, int? MinLength, double? Minimum, double? Maximum, string? Pattern);

/// <summary>One allowed shape of <c>attrs</c>: the attributes it may have and those it must have.</summary>
internal sealed record AdfAttributeShape(AdfAttributeRule[] Properties, string[] Required);

/// <summary>A node type allowed in a content position, through the schema definitions (variants) that allow it.</summary>
internal sealed record AdfChildRule(string Type, string[] Definitions);

/// <summary>A node's content model: one slot for every child, or (a tuple) one slot per position.</summary>
internal sealed record AdfContentRule(AdfChildRule[][] Slots, bool IsTuple, int MinItems, int? MaxItems);

/// <summary>One node definition of the schema, flattened: allowed marks (null: any), attribute shapes, content.</summary>
internal sealed record AdfNodeRule(
    string Definition,
    string Type,
    string[]? Marks,
    AdfAttributeShape[] AttributeShapes,
    bool AttributesRequired,
    AdfContentRule? Content,
    bool ContentRequired);

/// <summary>One mark definition of the schema.</summary>
internal sealed record AdfMarkRule(string Type, AdfAttributeShape[] AttributeShapes, bool AttributesRequired);
