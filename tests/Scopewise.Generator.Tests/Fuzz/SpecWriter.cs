using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Scopewise.Generator.Tests.Fuzz;

/// <summary>How a mutated document is written out; each form reaches the generator's readers differently.</summary>
public enum SpecFormat
{
    /// <summary>JSON, control characters escaped, other characters as they are.</summary>
    Json,

    /// <summary>JSON with every non-ASCII character escaped as \uXXXX.</summary>
    JsonAscii,

    /// <summary>JSON with line breaks and other control characters written raw inside strings (Json.NET accepts them).</summary>
    JsonRaw,

    /// <summary>Block YAML, every scalar double-quoted with YAML escapes (\n, \N, \L, \P, \uXXXX).</summary>
    Yaml,

    /// <summary>Block YAML with NEL, LS and PS written raw, which YAML 1.1 readers take as line breaks.</summary>
    YamlRaw,
}

/// <summary>Writes <see cref="JsonNode"/> documents as JSON or YAML without any serializer's opinion about odd strings (lone surrogates, controls).</summary>
public static class SpecWriter
{
    public static bool IsYaml(SpecFormat format) => format is SpecFormat.Yaml or SpecFormat.YamlRaw;

    public static string Extension(SpecFormat format) => IsYaml(format) ? ".yaml" : ".json";

    public static string Write(JsonNode node, SpecFormat format)
    {
        var builder = new StringBuilder();
        if (IsYaml(format))
        {
            WriteYamlBlock(builder, node, 0, format == SpecFormat.YamlRaw);
        }
        else
        {
            WriteJson(builder, node, format, 0);
        }

        return builder.ToString();
    }

    /// <summary>A JSON pointer segment: ~ and / escaped, % percent-encoded (NJsonSchema percent-decodes segments).</summary>
    public static string PointerSegment(string name) => name.Replace("%", "%25", StringComparison.Ordinal).Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static void WriteJson(StringBuilder builder, JsonNode? node, SpecFormat format, int indent)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                if (obj.Count == 0)
                {
                    builder.Append("{}");
                    break;
                }

                builder.Append("{\n");
                var first = true;
                foreach (var (key, value) in obj)
                {
                    if (!first)
                    {
                        builder.Append(",\n");
                    }

                    first = false;
                    builder.Append(' ', indent + 2);
                    JsonString(builder, key, format);
                    builder.Append(": ");
                    WriteJson(builder, value, format, indent + 2);
                }

                builder.Append('\n').Append(' ', indent).Append('}');
                break;
            case JsonArray array:
                if (array.Count == 0)
                {
                    builder.Append("[]");
                    break;
                }

                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ", ");
                    WriteJson(builder, array[i], format, indent + 2);
                }

                builder.Append(']');
                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                JsonString(builder, text, format);
                break;
            default:
                builder.Append(node.ToJsonString());
                break;
        }
    }

    private static void JsonString(StringBuilder builder, string text, SpecFormat format)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    continue;
                case '\\':
                    builder.Append("\\\\");
                    continue;
            }

            var surrogatePair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var lone = char.IsSurrogate(c) && !surrogatePair;
            if (format == SpecFormat.JsonRaw && c is '\n' or '\r' or '\t' or '\u0085' or '\u2028' or '\u2029')
            {
                builder.Append(c);
            }
            else if (c < ' ' || lone || (format == SpecFormat.JsonAscii && c > '~'))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else if (surrogatePair)
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('"');
    }

    private static bool IsContainer(JsonNode? node, out bool empty)
    {
        empty = node is JsonObject { Count: 0 } or JsonArray { Count: 0 };
        return node is JsonObject or JsonArray;
    }

    private static void WriteYamlBlock(StringBuilder builder, JsonNode? node, int indent, bool raw)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                builder.Append(' ', indent);
                if (key.Length > 1000)
                {
                    // YAML limits implicit keys to 1024 characters; longer ones need the explicit '?' form.
                    builder.Append("? ");
                    YamlString(builder, key, raw, indent);
                    builder.Append('\n').Append(' ', indent).Append(':');
                }
                else
                {
                    YamlString(builder, key, raw, indent);
                    builder.Append(':');
                }

                WriteYamlValue(builder, value, indent, raw);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                builder.Append(' ', indent).Append('-');
                WriteYamlValue(builder, item, indent, raw);
            }
        }
        else
        {
            WriteYamlScalar(builder, node, raw, indent);
            builder.Append('\n');
        }
    }

    private static void WriteYamlValue(StringBuilder builder, JsonNode? value, int indent, bool raw)
    {
        if (IsContainer(value, out var empty))
        {
            if (empty)
            {
                builder.Append(value is JsonObject ? " {}\n" : " []\n");
            }
            else
            {
                builder.Append('\n');
                WriteYamlBlock(builder, value, indent + 2, raw);
            }
        }
        else
        {
            builder.Append(' ');
            WriteYamlScalar(builder, value, raw, indent);
            builder.Append('\n');
        }
    }

    private static void WriteYamlScalar(StringBuilder builder, JsonNode? node, bool raw, int indent)
    {
        if (node is null)
        {
            builder.Append("null");
        }
        else if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            YamlString(builder, text, raw, indent);
        }
        else
        {
            builder.Append(node.ToJsonString());
        }
    }

    private static void YamlString(StringBuilder builder, string text, bool raw, int indent)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var surrogatePair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\u0085' or '\u2028' or '\u2029' when raw:
                    // YAML 1.1 takes these as line breaks: the scalar's next line must be indented past its key.
                    builder.Append(c).Append(' ', indent + 2);
                    break;
                case '\u0085':
                    builder.Append("\\N");
                    break;
                case '\u2028':
                    builder.Append("\\L");
                    break;
                case '\u2029':
                    builder.Append("\\P");
                    break;
                default:
                    if (surrogatePair)
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (c < ' ' || c == '\u007f' || char.IsSurrogate(c) || c == '\uFEFF' || (!raw && c > '~'))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
