using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scopewise.Json;

/// <summary>
/// Reads the dates (<c>format: date</c>) Atlassian actually sends: <c>2024-01-15</c>, a full date-time whose date part
/// is meant, or epoch milliseconds (seen in Jira's version dates). Always writes <c>yyyy-MM-dd</c>.
/// </summary>
public sealed class LenientDateOnlyConverter : JsonConverter<DateOnly>
{
    /// <inheritdoc />
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var epochMilliseconds))
        {
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(epochMilliseconds).UtcDateTime);
        }

        var text = reader.GetString();
        if (text is not null)
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            if (text.Length > 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                return date;
            }
        }

        throw new JsonException($"'{text}' is not a date Scopewise can read.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
