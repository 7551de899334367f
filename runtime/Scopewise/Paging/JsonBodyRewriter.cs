using System.Globalization;
using System.Text.Json;

namespace Scopewise;

/// <summary>Sets one top-level property of a JSON object body (Jira's POST searches carry <c>startAt</c>/<c>nextPageToken</c> in the body).</summary>
internal static class JsonBodyRewriter
{
    public static byte[] SetProperty(byte[] json, string name, string value, bool numeric)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ScopewiseException($"Cannot page this request: its body is not a JSON object, so '{name}' cannot be set in it.");
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!string.Equals(property.Name, name, StringComparison.Ordinal))
                {
                    property.WriteTo(writer);
                }
            }

            if (numeric)
            {
                writer.WriteNumber(name, long.Parse(value, CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
