using System;

namespace Scopewise.Generator.Model;

internal enum TypeRefKind
{
    String,
    Int32,
    Int64,
    Double,
    Float,
    Boolean,
    DateTimeOffset,
    Date,
    Guid,
    Json,
    Named,
    Array,
    Dictionary,
}

/// <summary>A C# type as the spec describes it; <see cref="Name"/> is set for generated types, <see cref="Element"/> for arrays and dictionaries.</summary>
internal sealed record TypeRef(TypeRefKind Kind, string? Name = null, TypeRef? Element = null, bool IsNamedValueType = false)
{
    public static readonly TypeRef String = new(TypeRefKind.String);
    public static readonly TypeRef Json = new(TypeRefKind.Json);

    public bool IsValueType => Kind switch
    {
        TypeRefKind.String or TypeRefKind.Array or TypeRefKind.Dictionary => false,
        TypeRefKind.Named => IsNamedValueType,
        _ => true,
    };

    /// <summary>The C# spelling, without nullability.</summary>
    public string ToCSharp() => Kind switch
    {
        TypeRefKind.String => "string",
        TypeRefKind.Int32 => "int",
        TypeRefKind.Int64 => "long",
        TypeRefKind.Double => "double",
        TypeRefKind.Float => "float",
        TypeRefKind.Boolean => "bool",
        TypeRefKind.DateTimeOffset => "global::System.DateTimeOffset",
        TypeRefKind.Date => "global::System.DateOnly",
        TypeRefKind.Guid => "global::System.Guid",
        TypeRefKind.Json => "global::System.Text.Json.JsonElement",
        TypeRefKind.Named => Name ?? throw new InvalidOperationException("A named type needs a name."),
        TypeRefKind.Array => "global::System.Collections.Generic.List<" + Element!.ToCSharp() + ">",
        TypeRefKind.Dictionary => "global::System.Collections.Generic.Dictionary<string, " + Element!.ToCSharp() + ">",
        _ => throw new InvalidOperationException("Unknown type kind " + Kind),
    };

    /// <summary>The C# spelling with <c>?</c>.</summary>
    public string ToCSharpNullable() => ToCSharp() + "?";

    /// <summary>A name usable as part of an identifier (for JSON metadata accessors).</summary>
    public string ToIdentifierPart() => Kind switch
    {
        TypeRefKind.Named => Name!,
        TypeRefKind.Array => "ListOf" + Element!.ToIdentifierPart(),
        TypeRefKind.Dictionary => "DictionaryOf" + Element!.ToIdentifierPart(),
        TypeRefKind.DateTimeOffset => "DateTimeOffset",
        TypeRefKind.Date => "DateOnly",
        TypeRefKind.Json => "JsonElement",
        _ => Kind.ToString(),
    };
}
