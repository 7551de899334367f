using System.Buffers;
using System.Text.Json;

namespace Scopewise;

/// <summary>
/// Builds the <see cref="JsonElement"/> values of an issue's fields with <see cref="Utf8JsonWriter"/>: no reflection,
/// so typed fields stay trimmable and AOT-safe, and the dictionary the generated models carry gets plain JSON.
/// </summary>
internal static class JiraFieldJson
{
    public static JsonElement Build(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    public static JsonElement String(string value) => Build(w => w.WriteStringValue(value));

    public static JsonElement Number(double value) => Build(w => w.WriteNumberValue(value));

    public static JsonElement Null { get; } = Build(w => w.WriteNullValue());

    /// <summary><c>{"name": value}</c>, <c>{"accountId": value}</c> and the like.</summary>
    public static JsonElement Object(string property, string value) => Build(w =>
    {
        w.WriteStartObject();
        w.WriteString(property, value);
        w.WriteEndObject();
    });

    public static JsonElement Strings(IEnumerable<string> values) => Build(w =>
    {
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    });

    public static JsonElement Reference(JiraReference reference) => Build(reference.WriteTo);

    public static JsonElement References(IEnumerable<JiraReference> references) => Build(w =>
    {
        w.WriteStartArray();
        foreach (var reference in references)
        {
            reference.WriteTo(w);
        }

        w.WriteEndArray();
    });
}
