using System.Text;
using Scopewise.Adf.Markdown;

namespace Scopewise.Adf.Text;

/// <summary>
/// ADF to plain text: one line per paragraph, heading, list item, task and table row; list items keep a "- " or
/// "1. " marker and tasks "[ ] " or "[x] " so that a terminal shows the structure; marks are dropped; mentions,
/// emoji, dates and statuses become their text; code blocks keep their lines.
/// </summary>
internal static class AdfToPlainText
{
    public static string Convert(AdfDocument document)
    {
        var output = new StringBuilder();
        WriteBlocks(output, document.ContentOrEmpty, "");
        return output.ToString().TrimEnd('\n');
    }

    private static void WriteBlocks(StringBuilder output, IReadOnlyList<AdfNode> blocks, string indent)
    {
        foreach (var block in blocks)
        {
            WriteBlock(output, block, indent);
        }
    }

    private static void WriteBlock(StringBuilder output, AdfNode block, string indent)
    {
        switch (block)
        {
            case ParagraphNode or HeadingNode or TaskItemNode or DecisionItemNode:
                Line(output, indent, Inline(block.ContentOrEmpty).TrimEnd(' '));
                break;
            case CodeBlockNode:
                foreach (var line in string.Concat(block.ContentOrEmpty.OfType<TextNode>().Select(t => t.Text)).Split('\n'))
                {
                    Line(output, indent, line);
                }

                break;
            case BulletListNode or DecisionListNode:
                foreach (var item in block.ContentOrEmpty)
                {
                    Item(output, item, indent, "- ");
                }

                break;
            case OrderedListNode ordered:
                var number = ordered.Order ?? 1;
                foreach (var item in block.ContentOrEmpty)
                {
                    Item(output, item, indent, number++.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". ");
                }

                break;
            case TaskListNode:
                foreach (var item in block.ContentOrEmpty)
                {
                    if (item is TaskListNode)
                    {
                        WriteBlock(output, item, indent + "  ");
                        continue;
                    }

                    Item(output, item, indent, item.Attributes.GetString("state") == "DONE" ? "[x] " : "[ ] ");
                }

                break;
            case TableNode:
                foreach (var row in block.ContentOrEmpty)
                {
                    Line(output, indent, string.Join(" | ", row.ContentOrEmpty.Select(cell => string.Join(" ", cell.ContentOrEmpty.Select(Flatten).Where(t => t.Length > 0)))));
                }

                break;
            case ExpandNode or NestedExpandNode:
                if (block.Attributes.GetString("title") is { Length: > 0 } title)
                {
                    Line(output, indent, title);
                }

                WriteBlocks(output, block.ContentOrEmpty, indent);
                break;
            case MediaNode media:
                if (media.Alt is { Length: > 0 } alt)
                {
                    Line(output, indent, alt);
                }

                break;
            case CaptionNode:
                Line(output, indent, Inline(block.ContentOrEmpty));
                break;
            case BlockCardNode or EmbedCardNode:
                if (block.Attributes.GetString("url") is { Length: > 0 } url)
                {
                    Line(output, indent, url);
                }

                break;
            case RuleNode or ExtensionNode or SyncBlockNode:
                break;
            default:
                if (InlineNodes.IsInline(block))
                {
                    Line(output, indent, Inline([block]));
                }
                else
                {
                    WriteBlocks(output, block.ContentOrEmpty, indent);
                }

                break;
        }
    }

    private static void Item(StringBuilder output, AdfNode item, string indent, string marker)
    {
        var inner = new StringBuilder();
        if (item is TaskItemNode or DecisionItemNode)
        {
            inner.Append(Inline(item.ContentOrEmpty).TrimEnd(' ')).Append('\n');
        }
        else
        {
            WriteBlocks(inner, item.ContentOrEmpty, "");
        }

        var lines = inner.ToString().TrimEnd('\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            output.Append(indent).Append(i == 0 ? marker : new string(' ', marker.Length)).Append(lines[i]).Append('\n');
        }
    }

    private static void Line(StringBuilder output, string indent, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            output.Append(indent).Append(line).Append('\n');
        }
    }

    private static string Flatten(AdfNode node) =>
        InlineNodes.IsInline(node) ? Inline([node]) : string.Join(" ", node.ContentOrEmpty.Select(Flatten).Where(t => t.Length > 0));

    private static string Inline(IReadOnlyList<AdfNode> inlines)
    {
        var text = new StringBuilder();
        foreach (var node in inlines)
        {
            switch (node)
            {
                case TextNode t: text.Append(t.Text); break;
                case HardBreakNode: text.Append('\n'); break;
                case MentionNode m: text.Append('@').Append(m.Text?.TrimStart('@') is { Length: > 0 } name ? name : m.Id); break;
                case EmojiNode e: text.Append(e.Text is { Length: > 0 } glyph ? glyph : e.ShortName); break;
                case DateNode d: text.Append(AdfToMarkdown.FormatDate(d.Timestamp)); break;
                case StatusNode s: text.Append(s.Text); break;
                case InlineCardNode c: text.Append(c.Url); break;
                case MediaInlineNode mi: text.Append(mi.Alt); break;
                default: text.Append(Inline(node.ContentOrEmpty)); break;
            }
        }

        return text.ToString();
    }
}
