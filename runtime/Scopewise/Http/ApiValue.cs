using System.Globalization;

namespace Scopewise;

/// <summary>Formats parameter values the way Atlassian's APIs read them: invariant culture, ISO 8601 dates, lower-case booleans.</summary>
public static class ApiValue
{
    /// <summary>Escapes a value for use as one path segment.</summary>
    /// <param name="value">The formatted value.</param>
    public static string Path(string value) => Uri.EscapeDataString(value ?? throw new ArgumentNullException(nameof(value), "A path parameter cannot be null."));

    /// <summary>Formats a string (unchanged).</summary>
    /// <param name="value">The value.</param>
    public static string? Format(string? value) => value;

    /// <summary>Formats a boolean as <c>true</c> or <c>false</c>.</summary>
    /// <param name="value">The value.</param>
    public static string? Format(bool? value) => value is null ? null : value.Value ? "true" : "false";

    /// <summary>Formats a 32-bit integer.</summary>
    /// <param name="value">The value.</param>
    public static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a 64-bit integer.</summary>
    /// <param name="value">The value.</param>
    public static string? Format(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a single-precision number, round-trippable.</summary>
    /// <param name="value">The value.</param>
    public static string? Format(float? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats a double-precision number, round-trippable.</summary>
    /// <param name="value">The value.</param>
    public static string? Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats a decimal number.</summary>
    /// <param name="value">The value.</param>
    public static string? Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a date and time as ISO 8601 with offset.</summary>
    /// <param name="value">The value.</param>
    public static string? Format(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>Formats a date as <c>yyyy-MM-dd</c> (OpenAPI <c>format: date</c>).</summary>
    /// <param name="value">The value.</param>
    public static string? Format(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Formats a UUID in its hyphenated form.</summary>
    /// <param name="value">The value.</param>
    public static string? Format(Guid? value) => value?.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>Formats a string enum or other value type by its invariant string form.</summary>
    /// <typeparam name="T">A value type, typically a generated string enum.</typeparam>
    /// <param name="value">The value.</param>
    public static string? FormatValue<T>(T? value) where T : struct
        => value is null ? null : value.Value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.Value.ToString();

    /// <summary>Formats each item of a sequence with <paramref name="format"/>, skipping nulls.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="values">The items; null gives null.</param>
    /// <param name="format">Formats one item.</param>
    public static IEnumerable<string>? FormatAll<T>(IEnumerable<T>? values, Func<T, string?> format)
    {
        if (values is null)
        {
            return null;
        }

        ArgumentNullException.ThrowIfNull(format);
        var result = new List<string>();
        foreach (var value in values)
        {
            var text = format(value);
            if (text is not null)
            {
                result.Add(text);
            }
        }

        return result;
    }
}
