using System.Globalization;
using System.Text.Json;

namespace Scopewise.Generator.Tests.Infrastructure;

/// <summary>
/// Checks that JSON written back after a round trip says nothing the original did not: every property and item it
/// writes is in the original with an equal value. Properties the model does not name may be dropped; dates may be
/// written in ISO 8601 form and numbers in another notation.
/// </summary>
public static class JsonSubset
{
    public static string? FirstDifference(JsonElement original, JsonElement written, string path = "$")
    {
        if (written.ValueKind == JsonValueKind.Object)
        {
            if (original.ValueKind != JsonValueKind.Object)
            {
                return $"{path}: wrote an object where the original has {original.ValueKind}";
            }

            foreach (var property in written.EnumerateObject())
            {
                if (!original.TryGetProperty(property.Name, out var originalValue))
                {
                    // A required value-type property the example leaves out is written with its default.
                    if (property.Value.ValueKind is JsonValueKind.False || (property.Value.ValueKind is JsonValueKind.Number && property.Value.GetDouble() == 0))
                    {
                        continue;
                    }

                    return $"{path}.{property.Name}: written but not in the original";
                }

                if (FirstDifference(originalValue, property.Value, path + "." + property.Name) is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        if (written.ValueKind == JsonValueKind.Array)
        {
            if (original.ValueKind != JsonValueKind.Array || original.GetArrayLength() != written.GetArrayLength())
            {
                return $"{path}: array differs in kind or length";
            }

            var index = 0;
            foreach (var (left, right) in original.EnumerateArray().Zip(written.EnumerateArray()))
            {
                if (FirstDifference(left, right, $"{path}[{index++}]") is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        return SameScalar(original, written) ? null : $"{path}: {original.GetRawText()} became {written.GetRawText()}";
    }

    private static bool SameScalar(JsonElement original, JsonElement written)
    {
        if (original.GetRawText() == written.GetRawText())
        {
            return true;
        }

        if (original.ValueKind == JsonValueKind.Number && written.ValueKind == JsonValueKind.Number)
        {
            return original.GetDouble().Equals(written.GetDouble());
        }

        if (original.ValueKind == JsonValueKind.String && written.ValueKind == JsonValueKind.String)
        {
            // Compare decoded text: "&" and "\u0026" are the same string.
            var left = original.GetString()!;
            var right = written.GetString()!;
            return left == right || (TryDate(left, out var a) && TryDate(right, out var b) && a == b);
        }

        // Jira sends some date-times as epoch milliseconds; they are written back as ISO 8601.
        if (original.ValueKind == JsonValueKind.Number && written.ValueKind == JsonValueKind.String && original.TryGetInt64(out var epoch))
        {
            var instant = DateTimeOffset.FromUnixTimeMilliseconds(epoch);
            return TryDate(written.GetString()!, out var date) && (date == instant || date == new DateTimeOffset(instant.UtcDateTime.Date, TimeSpan.Zero));
        }

        // Numbers read from strings (AllowReadingFromString) are written back as numbers.
        if (original.ValueKind == JsonValueKind.String && written.ValueKind == JsonValueKind.Number)
        {
            return double.TryParse(original.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number.Equals(written.GetDouble());
        }

        return false;
    }

    private static bool TryDate(string text, out DateTimeOffset value)
    {
        if (text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && text[^3] != ':')
        {
            text = text[..^2] + ":" + text[^2..];
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
