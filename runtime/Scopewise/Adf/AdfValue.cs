using System.Globalization;
using System.Text.Json;

namespace Scopewise.Adf;

/// <summary>What an <see cref="AdfValue"/> holds.</summary>
public enum AdfValueKind
{
    /// <summary>JSON <c>null</c>.</summary>
    Null,

    /// <summary>A string.</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>An object or array, kept as read.</summary>
    Json,
}

/// <summary>
/// One attribute value of an ADF node or mark. Strings, numbers and booleans are held as such; objects and arrays
/// (extension <c>parameters</c>, card <c>data</c>, <c>colwidth</c>) and numbers read from JSON are kept as the
/// <see cref="JsonElement"/> they were read as, so a document round-trips exactly.
/// </summary>
public readonly struct AdfValue : IEquatable<AdfValue>
{
    private readonly string? _string;
    private readonly double _number;
    private readonly JsonElement _json;

    private AdfValue(AdfValueKind kind, string? text, double number, JsonElement json)
    {
        Kind = kind;
        _string = text;
        _number = number;
        _json = json;
    }

    /// <summary>JSON <c>null</c>.</summary>
    public static AdfValue Null => default;

    /// <summary>What the value holds.</summary>
    public AdfValueKind Kind { get; }

    /// <summary>A string value.</summary>
    /// <param name="value">The string.</param>
    public static AdfValue FromString(string value) => new(AdfValueKind.String, value ?? throw new ArgumentNullException(nameof(value)), 0, default);

    /// <summary>A number value.</summary>
    /// <param name="value">The number.</param>
    public static AdfValue FromNumber(double value) => new(AdfValueKind.Number, null, value, default);

    /// <summary>A boolean value.</summary>
    /// <param name="value">The boolean.</param>
    public static AdfValue FromBoolean(bool value) => new(AdfValueKind.Boolean, null, value ? 1 : 0, default);

    /// <summary>Any JSON value; strings, booleans and null are held as such, everything else as a clone of the element.</summary>
    /// <param name="value">The element.</param>
    public static AdfValue FromJson(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => FromString(value.GetString()!),
        JsonValueKind.True => FromBoolean(true),
        JsonValueKind.False => FromBoolean(false),
        JsonValueKind.Null or JsonValueKind.Undefined => Null,
        _ => new(AdfValueKind.Json, null, 0, value.Clone()),
    };

    /// <summary>The string, or null when the value is not a string.</summary>
    public string? AsString() => Kind == AdfValueKind.String ? _string : null;

    /// <summary>The number, or null when the value is not a number.</summary>
    public double? AsNumber() => Kind switch
    {
        AdfValueKind.Number => _number,
        AdfValueKind.Json when _json.ValueKind == JsonValueKind.Number && _json.TryGetDouble(out var d) => d,
        _ => null,
    };

    /// <summary>The boolean, or null when the value is not a boolean.</summary>
    public bool? AsBoolean() => Kind == AdfValueKind.Boolean ? _number != 0 : null;

    /// <summary>The value as a <see cref="JsonElement"/> (built for strings, numbers and booleans).</summary>
    public JsonElement ToJsonElement()
    {
        if (Kind == AdfValueKind.Json)
        {
            return _json;
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteTo(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>Writes the value as JSON.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (Kind)
        {
            case AdfValueKind.String: writer.WriteStringValue(_string); break;
            case AdfValueKind.Number: WriteNumber(writer, _number); break;
            case AdfValueKind.Boolean: writer.WriteBooleanValue(_number != 0); break;
            case AdfValueKind.Json: _json.WriteTo(writer); break;
            default: writer.WriteNullValue(); break;
        }
    }

    // Whole numbers are written without a fraction ("2", not "2.0"), as Atlassian's editors write levels and spans.
    private static void WriteNumber(Utf8JsonWriter writer, double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 9007199254740992d)
        {
            writer.WriteNumberValue((long)value);
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    /// <inheritdoc />
    public bool Equals(AdfValue other) => Kind == other.Kind && Kind switch
    {
        AdfValueKind.String => _string == other._string,
        AdfValueKind.Number or AdfValueKind.Boolean => _number.Equals(other._number),
        AdfValueKind.Json => _json.GetRawText() == other._json.GetRawText(),
        _ => true,
    };

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AdfValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Kind switch
    {
        AdfValueKind.String => _string!.GetHashCode(StringComparison.Ordinal),
        AdfValueKind.Number or AdfValueKind.Boolean => _number.GetHashCode(),
        AdfValueKind.Json => _json.GetRawText().GetHashCode(StringComparison.Ordinal),
        _ => 0,
    };

    /// <summary>The value as JSON text.</summary>
    public override string ToString() => Kind switch
    {
        AdfValueKind.String => _string!,
        AdfValueKind.Number => _number.ToString("R", CultureInfo.InvariantCulture),
        AdfValueKind.Boolean => _number != 0 ? "true" : "false",
        AdfValueKind.Json => _json.GetRawText(),
        _ => "null",
    };

    /// <summary>Equality.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(AdfValue left, AdfValue right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(AdfValue left, AdfValue right) => !left.Equals(right);
}
