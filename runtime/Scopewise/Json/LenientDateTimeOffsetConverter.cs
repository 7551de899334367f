using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scopewise.Json;

/// <summary>
/// Reads the date-times Atlassian actually sends. Jira writes offsets without a colon
/// (<c>2024-01-15T10:30:00.000+0000</c>), which System.Text.Json's ISO 8601 reader rejects; this converter accepts
/// both forms and always writes the ISO 8601 extended form.
/// </summary>
public sealed class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzz00",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd",
    ];

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var iso))
        {
            return iso;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var epochMilliseconds))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(epochMilliseconds);
        }

        var text = reader.GetString();
        if (text is not null)
        {
            // "+0000" → "+00:00" so the standard patterns apply.
            if (text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && char.IsAsciiDigit(text[^1]) && text[^3] != ':')
            {
                text = text[..^2] + ":" + text[^2..];
            }

            if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out parsed))
            {
                return parsed;
            }
        }

        throw new JsonException($"'{text}' is not a date and time Scopewise can read.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        => writer.WriteStringValue(value);
}
