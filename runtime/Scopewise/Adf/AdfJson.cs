using System.Text;
using System.Text.Json;

namespace Scopewise.Adf;

/// <summary>Reads ADF JSON into nodes and marks, and writes nodes to JSON text. No reflection: the JSON is walked
/// by hand, so the runtime stays trimmable and AOT-compatible.</summary>
internal static class AdfJson
{
    // ADF nests deeply (tables in layouts in expands, lists in lists); JsonDocument's default of 64 is too tight.
    private static readonly JsonDocumentOptions ReadOptions = new() { MaxDepth = 256 };

    private static readonly JsonWriterOptions WriteOptions = new() { SkipValidation = true };

    public static AdfDocument ParseDocument(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ReadOptions);
        }
        catch (JsonException e)
        {
            throw new AdfFormatException("", $"the text is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): an ADF document is a JSON object like {{\"version\":1,\"type\":\"doc\",\"content\":[...]}}.", e);
        }

        using (document)
        {
            return ReadDocument(document.RootElement);
        }
    }

    public static AdfDocument ReadDocument(JsonElement root)
    {
        var node = ReadNode(root, "");
        return node as AdfDocument
            ?? throw new AdfFormatException("", $"the root node is a '{node.Type}', not a 'doc': wrap it, for example with Adf.Doc(...).");
    }

    public static AdfNode ReadNode(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new AdfFormatException(path, $"a node must be a JSON object, not {Describe(element.ValueKind)}.");
        }

        if (!element.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            throw new AdfFormatException(path, "a node needs a string \"type\" (for example \"paragraph\").");
        }

        var node = AdfNodeFactory.Create(typeElement.GetString()!);
        if (!element.TryGetProperty("content", out _))
        {
            node.MarkReadWithoutContent();
        }

        foreach (var member in element.EnumerateObject())
        {
            switch (member.Name)
            {
                case "type":
                    break;
                case "attrs":
                    ReadAttributes(member.Value, node.Attributes, Join(path, "attrs"));
                    node.MarkReadShape(attributes: true, content: false, marks: false);
                    break;
                case "content":
                    ReadContent(member.Value, node, Join(path, "content"));
                    break;
                case "marks":
                    ReadMarks(member.Value, node, Join(path, "marks"));
                    break;
                default:
                    if (!node.ReadOwnMember(member.Name, member.Value))
                    {
                        node.ExtraProperties[member.Name] = member.Value.Clone();
                    }

                    break;
            }
        }

        return node;
    }

    public static AdfMark ReadMark(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new AdfFormatException(path, $"a mark must be a JSON object, not {Describe(element.ValueKind)}.");
        }

        if (!element.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            throw new AdfFormatException(path, "a mark needs a string \"type\" (for example \"strong\").");
        }

        var mark = AdfMarkFactory.Create(typeElement.GetString()!);
        foreach (var member in element.EnumerateObject())
        {
            if (member.NameEquals("type"))
            {
                continue;
            }

            if (member.NameEquals("attrs"))
            {
                ReadAttributes(member.Value, mark.Attributes, Join(path, "attrs"));
                mark.MarkReadShape(attributes: true);
            }
            else
            {
                mark.ExtraProperties[member.Name] = member.Value.Clone();
            }
        }

        return mark;
    }

    public static string Write(AdfNode node)
    {
        using var buffer = new PooledBufferWriter(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriteOptions))
        {
            node.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static JsonElement ToElement(AdfNode node)
    {
        using var buffer = new PooledBufferWriter(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriteOptions))
        {
            node.WriteTo(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory, ReadOptions);
        return document.RootElement.Clone();
    }

    private static void ReadAttributes(JsonElement element, AdfAttributes attributes, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new AdfFormatException(path, $"attrs must be a JSON object, not {Describe(element.ValueKind)}.");
        }

        foreach (var member in element.EnumerateObject())
        {
            attributes.Set(member.Name, AdfValue.FromJson(member.Value));
        }
    }

    private static void ReadContent(JsonElement element, AdfNode node, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new AdfFormatException(path, $"content must be a JSON array of nodes, not {Describe(element.ValueKind)}.");
        }

        var list = node.Content;
        var index = 0;
        foreach (var child in element.EnumerateArray())
        {
            list.Add(ReadNode(child, path + "[" + index++ + "]"));
        }

        node.MarkReadShape(attributes: false, content: true, marks: false);
    }

    private static void ReadMarks(JsonElement element, AdfNode node, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new AdfFormatException(path, $"marks must be a JSON array of marks, not {Describe(element.ValueKind)}.");
        }

        var list = node.Marks;
        var index = 0;
        foreach (var mark in element.EnumerateArray())
        {
            list.Add(ReadMark(mark, path + "[" + index++ + "]"));
        }

        node.MarkReadShape(attributes: false, content: false, marks: true);
    }

    private static string Join(string path, string member) => path.Length == 0 ? member : path + "." + member;

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };
}
