using System.Text;

namespace Scopewise.Generator.Tests.Fuzz;

/// <summary>
/// Builds deeply nested, long-chained and alias-expanding spec text directly as strings (never through a recursive
/// writer), and splices it into a written base spec at a placeholder.
/// </summary>
public static class DeepText
{
    public const string Placeholder = "__FUZZ_DEEP__";
    private const string Quoted = "\"" + Placeholder + "\"";

    /// <summary><paramref name="open"/> n times, then <paramref name="inner"/>, then <paramref name="close"/> n times.</summary>
    public static string Nest(int depth, string open, string inner, string close)
    {
        var builder = new StringBuilder((open.Length + close.Length) * depth + inner.Length);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(open);
        }

        builder.Append(inner);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(close);
        }

        return builder.ToString();
    }

    public static string JsonProperties(int depth) => Nest(depth, "{\"type\":\"object\",\"properties\":{\"a\":", "{\"type\":\"string\"}", "}}");

    public static string JsonAllOf(int depth) => Nest(depth, "{\"allOf\":[", "{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"string\"}}}", "]}");

    public static string JsonItems(int depth) => Nest(depth, "{\"type\":\"array\",\"items\":", "{\"type\":\"string\"}", "}");

    public static string JsonOneOf(int depth) => Nest(depth, "{\"oneOf\":[{\"type\":\"string\"},", "{\"type\":\"integer\"}", "]}");

    public static string JsonNot(int depth) => Nest(depth, "{\"not\":", "{\"type\":\"string\"}", "}");

    public static string JsonAdditionalProperties(int depth) => Nest(depth, "{\"type\":\"object\",\"additionalProperties\":", "{\"type\":\"string\"}", "}");

    public static string Arrays(int depth) => Nest(depth, "[", "1", "]");

    public static string JsonObjects(int depth) => Nest(depth, "{\"a\":", "1", "}");

    public static string YamlFlowMaps(int depth) => Nest(depth, "{a: ", "1", "}");

    public static string YamlFlowSchema(int depth) => Nest(depth, "{type: object, properties: {a: ", "{type: string}", "}}");

    /// <summary>A block mapping nested <paramref name="depth"/> deep, one more space per level.</summary>
    public static string YamlBlockMaps(int depth, int indent)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append(' ', indent + i).Append(i == depth - 1 ? "a: 1" : "a:\n");
        }

        return builder.ToString();
    }

    /// <summary>A schema nested through block-style properties, <paramref name="depth"/> levels.</summary>
    public static string YamlBlockSchema(int depth, int indent)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            var at = indent + (2 * i);
            builder.Append(' ', at).Append("type: object\n");
            builder.Append(' ', at).Append("properties:\n");
            builder.Append(' ', at + 1).Append("a:\n");
        }

        builder.Append(' ', indent + (2 * depth)).Append("type: string");
        return builder.ToString();
    }

    /// <summary>Compact nested block sequences: "- - - - 1".</summary>
    public static string YamlBlockSequences(int depth, int indent)
        => new string(' ', indent) + string.Join(" ", Enumerable.Repeat("-", depth)) + " 1";

    /// <summary>Nine levels of ten aliases each: 10^9 nodes once expanded.</summary>
    public static string BillionLaughsFlow(string leaf = "\"lol\"")
    {
        var builder = new StringBuilder("{l0: &l0 [");
        builder.Append(string.Join(", ", Enumerable.Repeat(leaf, 10))).Append(']');
        for (var level = 1; level <= 9; level++)
        {
            builder.Append($", l{level}: &l{level} [").Append(string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))).Append(']');
        }

        return builder.Append('}').ToString();
    }

    /// <summary>Billion laughs through schemas: each level an object whose ten properties alias the level below.</summary>
    public static string BillionLaughsSchemas()
    {
        var builder = new StringBuilder("{type: object, properties: {l0: &l0 {type: object, properties: {a: {type: string}}}");
        for (var level = 1; level <= 9; level++)
        {
            builder.Append($", l{level}: &l{level} {{type: object, properties: {{");
            builder.Append(string.Join(", ", Enumerable.Range(0, 10).Select(i => $"p{i}: *l{level - 1}")));
            builder.Append("}}");
        }

        return builder.Append("}}").ToString();
    }

    /// <summary>One anchor of <paramref name="width"/> items aliased <paramref name="count"/> times.</summary>
    public static string QuadraticAliases(int width, int count)
        => "{big: &big [" + string.Join(",", Enumerable.Repeat("x", width)) + "], refs: [" + string.Join(",", Enumerable.Repeat("*big", count)) + "]}";

    /// <summary>Replaces the quoted placeholder with inline (JSON or YAML flow) text.</summary>
    public static string Splice(string text, string replacement)
    {
        var at = text.IndexOf(Quoted, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("placeholder not found");
        }

        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + Quoted.Length));
    }

    /// <summary>Replaces the quoted placeholder of a block YAML document with block text indented under its key.</summary>
    public static string SpliceBlock(string yaml, Func<int, string> block)
    {
        var at = yaml.IndexOf(Quoted, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("placeholder not found");
        }

        var lineStart = yaml.LastIndexOf('\n', at) + 1;
        var indent = 0;
        while (yaml[lineStart + indent] == ' ')
        {
            indent++;
        }

        return string.Concat(yaml.AsSpan(0, at).TrimEnd(' '), "\n", block(indent + 2), yaml.AsSpan(at + Quoted.Length));
    }
}
