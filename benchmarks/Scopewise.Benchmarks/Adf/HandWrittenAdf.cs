using System.Buffers;
using System.Text;
using System.Text.Json;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Scopewise.Benchmarks.Adf;

/// <summary>
/// The baselines: the same ADF JSON written by hand with Utf8JsonWriter, as a user without Scopewise.Adf would.
/// For Markdown, the hand-written side parses with the same Markdig pipeline and walks its tree straight into the
/// writer, handling exactly the constructs the benchmark's Markdown uses (no model, no validation-safe fitting).
/// </summary>
internal static class HandWrittenAdf
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseTaskLists().UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough).UseAutoLinks().UseAlertBlocks().Build();

    public static string Paragraphs(string[] texts)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteString("type", "doc");
            writer.WriteStartArray("content");
            foreach (var text in texts)
            {
                writer.WriteStartObject();
                writer.WriteString("type", "paragraph");
                writer.WriteStartArray("content");
                writer.WriteStartObject();
                writer.WriteString("type", "text");
                writer.WriteString("text", text);
                writer.WriteEndObject();
                writer.WriteStartObject();
                writer.WriteString("type", "text");
                writer.WriteString("text", "done");
                writer.WriteStartArray("marks");
                writer.WriteStartObject();
                writer.WriteString("type", "strong");
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string FromMarkdown(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteString("type", "doc");
            writer.WriteStartArray("content");
            Blocks(writer, document);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Blocks(Utf8JsonWriter writer, ContainerBlock blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    writer.WriteStartObject();
                    writer.WriteString("type", "heading");
                    writer.WriteStartObject("attrs");
                    writer.WriteNumber("level", heading.Level);
                    writer.WriteEndObject();
                    Inlines(writer, heading.Inline!);
                    writer.WriteEndObject();
                    break;
                case ParagraphBlock paragraph:
                    writer.WriteStartObject();
                    writer.WriteString("type", "paragraph");
                    Inlines(writer, paragraph.Inline!);
                    writer.WriteEndObject();
                    break;
                case FencedCodeBlock code:
                    writer.WriteStartObject();
                    writer.WriteString("type", "codeBlock");
                    writer.WriteStartObject("attrs");
                    writer.WriteString("language", code.Info);
                    writer.WriteEndObject();
                    writer.WriteStartArray("content");
                    writer.WriteStartObject();
                    writer.WriteString("type", "text");
                    writer.WriteString("text", code.Lines.ToString());
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                    break;
                case ListBlock list:
                    writer.WriteStartObject();
                    writer.WriteString("type", "bulletList");
                    writer.WriteStartArray("content");
                    foreach (var item in list)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("type", "listItem");
                        writer.WriteStartArray("content");
                        Blocks(writer, (ContainerBlock)item);
                        writer.WriteEndArray();
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                    break;
            }
        }
    }

    private static void Inlines(Utf8JsonWriter writer, ContainerInline inlines)
    {
        writer.WriteStartArray("content");
        Walk(writer, inlines, null, null);
        writer.WriteEndArray();
    }

    // The benchmark's Markdown nests one mark at most (bold, italic, code or a link), so one is enough here.
    private static void Walk(Utf8JsonWriter writer, ContainerInline container, string? mark, string? href)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Text(writer, literal.Content.ToString(), mark, href);
                    break;
                case CodeInline code:
                    Text(writer, code.Content, "code", null);
                    break;
                case EmphasisInline emphasis:
                    Walk(writer, emphasis, emphasis.DelimiterCount == 2 ? "strong" : "em", null);
                    break;
                case LinkInline link:
                    Walk(writer, link, "link", link.Url);
                    break;
            }
        }
    }

    private static void Text(Utf8JsonWriter writer, string text, string? mark, string? href)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "text");
        writer.WriteString("text", text);
        if (mark is not null)
        {
            writer.WriteStartArray("marks");
            writer.WriteStartObject();
            writer.WriteString("type", mark);
            if (href is not null)
            {
                writer.WriteStartObject("attrs");
                writer.WriteString("href", href);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
