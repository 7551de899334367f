using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using Newtonsoft.Json;
using YamlDotNet.Serialization;

namespace Scopewise.Generator.Spec;

/// <summary>
/// Turns a YAML spec into the JSON text NSwag reads. NSwag.Core.Yaml deserializes with YamlDotNet and re-serializes
/// with YamlDotNet's JSON-compatible emitter; that emitter writes YAML's own escapes (<c>\L</c>, <c>\P</c>,
/// <c>\N</c>, …) and YAML's explicit-key syntax (<c>? "key"</c>) for keys with a line break, neither of which is JSON,
/// so a spec with a line separator in a description or a name was refused. The same deserializer is used here, and
/// its result is written with Newtonsoft's JSON writer, with the emitter's conventions: every scalar is a string
/// (NSwag's reader converts "10" and "true" where its types want numbers and booleans) and a plain <c>null</c>,
/// <c>~</c> or empty value is JSON null.
/// </summary>
internal static class YamlToJson
{
    public static string Convert(string yaml)
    {
        var value = new DeserializerBuilder().Build().Deserialize(new StringReader(yaml));
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text))
        {
            Write(writer, value);
        }

        return text.ToString();
    }

    // Recursion is bounded: SpecShape has held the nesting and the alias expansion to their budgets already.
    private static void Write(JsonWriter writer, object? value)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (value)
        {
            case null:
                writer.WriteNull();
                break;
            case IDictionary<object, object> mapping:
                writer.WriteStartObject();
                foreach (var entry in mapping)
                {
                    writer.WritePropertyName(System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    Write(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<object> sequence:
                writer.WriteStartArray();
                foreach (var item in sequence)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteValue(System.Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
