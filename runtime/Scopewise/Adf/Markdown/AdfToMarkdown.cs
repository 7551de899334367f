using System.Globalization;
using System.Text;

namespace Scopewise.Adf.Markdown;

/// <summary>
/// ADF to Markdown (CommonMark plus GFM tables, task lists, strikethrough and alerts). Text is escaped so that it
/// reads back as the same text; what Markdown has no form for follows the mapping table in docs/ADF.md (a mention
/// becomes its name, a panel an alert, an expand its bold title and content, ...).
/// </summary>
internal static class AdfToMarkdown
{
    public static string Convert(AdfDocument document)
    {
        var output = new StringBuilder();
        WriteBlocks(output, document.ContentOrEmpty);
        return output.ToString().TrimEnd('\n') + "\n";
    }

    private static void WriteBlocks(StringBuilder output, IReadOnlyList<AdfNode> blocks)
    {
        string? previousList = null;
        foreach (var block in blocks)
        {
            var text = new StringBuilder();
            var listKind = WriteBlock(text, block, previousList);
            if (text.Length == 0)
            {
                continue;
            }

            if (output.Length > 0)
            {
                output.Append('\n');
            }

            output.Append(text);
            if (text[^1] != '\n')
            {
                output.Append('\n');
            }

            previousList = listKind;
        }
    }

    // Writes one block; returns the list marker it used, so that an adjacent list of the same kind uses the other
    // marker (two lists in a row would otherwise read back as one).
    private static string? WriteBlock(StringBuilder output, AdfNode block, string? previousList)
    {
        switch (block)
        {
            case ParagraphNode:
                WriteInlines(output, block.ContentOrEmpty, inTable: false);
                TrimTrailingBlanks(output);
                return null;
            case HeadingNode heading:
                output.Append('#', Math.Clamp(heading.Level ?? 1, 1, 6));
                if (block.HasContent)
                {
                    output.Append(' ');
                    WriteInlines(output, block.ContentOrEmpty, inTable: false, atLineStart: false);
                    if (output[^1] == '#')
                    {
                        // A heading's text ending in # would read as the optional closing sequence.
                        output.Insert(output.Length - 1, '\\');
                    }
                }

                return null;
            case CodeBlockNode code:
                WriteCode(output, code);
                return null;
            case RuleNode:
                output.Append("---");
                return null;
            case BlockquoteNode:
                Prefixed(output, Blocks(block.ContentOrEmpty), "> ", "> ");
                return null;
            case PanelNode panel:
                output.Append("> [!").Append(AlertKind(panel.PanelType)).Append("]\n");
                Prefixed(output, Blocks(block.ContentOrEmpty), "> ", "> ");
                return null;
            case BulletListNode or DecisionListNode:
                var bullet = previousList == "-" ? "*" : "-";
                foreach (var item in block.ContentOrEmpty)
                {
                    Prefixed(output, Blocks(ItemBlocks(item)), bullet + " ", "  ");
                }

                return bullet;
            case OrderedListNode ordered:
                var delimiter = previousList == "." ? ")" : ".";
                var number = ordered.Order ?? 1;
                foreach (var item in block.ContentOrEmpty)
                {
                    var marker = number.ToString(CultureInfo.InvariantCulture) + delimiter + " ";
                    Prefixed(output, Blocks(item.ContentOrEmpty), marker, new string(' ', marker.Length));
                    number++;
                }

                return delimiter;
            case TaskListNode:
                var taskBullet = previousList == "-" ? "*" : "-";
                WriteTasks(output, block, taskBullet);
                return taskBullet;
            case TableNode:
                WriteTable(output, block);
                return null;
            case ExpandNode or NestedExpandNode:
                var title = block.Attributes.GetString("title");
                var content = Blocks(block.ContentOrEmpty);
                if (!string.IsNullOrEmpty(title))
                {
                    output.Append("**");
                    MarkdownText.AppendEscaped(output, title, atLineStart: false);
                    output.Append("**\n");
                    if (content.Length > 0)
                    {
                        output.Append('\n');
                    }
                }

                output.Append(content);
                return null;
            case MediaSingleNode or MediaGroupNode:
                var parts = new List<string>();
                foreach (var child in block.ContentOrEmpty)
                {
                    var part = child is MediaNode media ? Media(media) : Blocks([Adf.Paragraph([.. child.ContentOrEmpty])]);
                    if (part.Length > 0)
                    {
                        parts.Add(part.TrimEnd('\n'));
                    }
                }

                output.AppendJoin("\n\n", parts);
                return null;
            case BlockCardNode or EmbedCardNode:
                var url = block.Attributes.GetString("url");
                if (!string.IsNullOrEmpty(url))
                {
                    output.Append(AutoLink(url));
                }

                return null;
            case ExtensionNode or SyncBlockNode:
                return null;
            default:
                // Containers Markdown has no form for (layouts, bodied extensions, synced blocks, newer nodes): their
                // content. Inline nodes out of place: a paragraph.
                if (InlineNodes.IsInline(block))
                {
                    WriteInlines(output, [block], inTable: false);
                }
                else
                {
                    output.Append(Blocks(block.ContentOrEmpty));
                }

                return null;
        }
    }

    // Blanks at the end of a paragraph are invisible, and two of them before a line end would be a hard break.
    private static void TrimTrailingBlanks(StringBuilder output)
    {
        while (output.Length > 0 && output[^1] == ' ')
        {
            output.Length--;
        }
    }

    private static IReadOnlyList<AdfNode> ItemBlocks(AdfNode item) =>
        item is DecisionItemNode ? [Adf.Paragraph([.. item.ContentOrEmpty])] : item.ContentOrEmpty;

    private static string Blocks(IReadOnlyList<AdfNode> blocks)
    {
        var output = new StringBuilder();
        WriteBlocks(output, blocks);
        return output.ToString();
    }

    private static void Prefixed(StringBuilder output, string text, string first, string rest)
    {
        var lines = text.TrimEnd('\n').Split('\n');
        if (lines.Length == 1 && lines[0].Length == 0)
        {
            output.Append(first.TrimEnd()).Append('\n');
            return;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var prefix = i == 0 ? first : rest;
            output.Append(lines[i].Length == 0 ? prefix.TrimEnd() : prefix + lines[i]).Append('\n');
        }
    }

    private static void WriteTasks(StringBuilder output, AdfNode list, string bullet)
    {
        foreach (var item in list.ContentOrEmpty)
        {
            if (item is TaskListNode nested)
            {
                var inner = new StringBuilder();
                WriteTasks(inner, nested, "-");
                Prefixed(output, inner.ToString(), "  ", "  ");
                continue;
            }

            var done = item.Attributes.GetString("state") == "DONE";
            var line = new StringBuilder(bullet).Append(done ? " [x] " : " [ ] ");
            if (item is BlockTaskItemNode)
            {
                var paragraphs = item.ContentOrEmpty.Select(p => InlineText(p.ContentOrEmpty)).Where(t => t.Length > 0);
                line.AppendJoin(" ", paragraphs);
            }
            else
            {
                WriteInlines(line, item.ContentOrEmpty, inTable: false, atLineStart: false);
            }

            output.Append(line.ToString().TrimEnd()).Append('\n');
        }
    }

    private static void WriteCode(StringBuilder output, CodeBlockNode code)
    {
        var text = string.Concat(code.ContentOrEmpty.OfType<TextNode>().Select(t => t.Text));
        var fence = new string('`', Math.Max(3, MarkdownText.LongestRun(text, '`') + 1));
        var language = code.Language;
        output.Append(fence);
        if (!string.IsNullOrEmpty(language) && language.AsSpan().IndexOfAny(" \t\n`") < 0)
        {
            output.Append(language);
        }

        output.Append('\n');
        if (text.Length > 0)
        {
            output.Append(text).Append('\n');
        }

        output.Append(fence);
    }

    private static void WriteTable(StringBuilder output, AdfNode table)
    {
        var rows = table.ContentOrEmpty.Where(r => r is TableRowNode).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var columns = rows.Max(r => r.ContentOrEmpty.Count);
        if (columns == 0)
        {
            return;
        }

        var alignments = new string?[columns];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.ContentOrEmpty.Count; c++)
            {
                var align = row.ContentOrEmpty[c].ContentOrEmpty.SelectMany(b => b.MarksOrEmpty).OfType<AlignmentMark>().FirstOrDefault()?.Align;
                alignments[c] ??= align;
            }
        }

        // GFM tables need a header row: the first row is it (Atlassian's tables have one in practice).
        WriteRow(output, rows[0], columns);
        output.Append('|');
        foreach (var align in alignments)
        {
            output.Append(align switch { "center" => " :---: |", "end" => " ---: |", _ => " --- |" });
        }

        output.Append('\n');
        foreach (var row in rows.Skip(1))
        {
            WriteRow(output, row, columns);
        }
    }

    private static void WriteRow(StringBuilder output, AdfNode row, int columns)
    {
        output.Append('|');
        for (var c = 0; c < columns; c++)
        {
            output.Append(' ');
            if (c < row.ContentOrEmpty.Count)
            {
                var cell = row.ContentOrEmpty[c];
                var first = true;
                foreach (var block in cell.ContentOrEmpty)
                {
                    var text = new StringBuilder();
                    WriteInlines(text, FlattenInlines(block), inTable: true, atLineStart: false);
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    if (!first)
                    {
                        output.Append(' ');
                    }

                    output.Append(text);
                    first = false;
                }
            }

            output.Append(" |");
        }

        output.Append('\n');
    }

    // Inline content of a block and of the blocks inside it (a list in a table cell becomes its text).
    private static IReadOnlyList<AdfNode> FlattenInlines(AdfNode block)
    {
        if (InlineNodes.IsInline(block))
        {
            return [block];
        }

        var result = new List<AdfNode>();
        foreach (var child in block.ContentOrEmpty)
        {
            if (result.Count > 0 && !InlineNodes.IsInline(child))
            {
                result.Add(new TextNode(" "));
            }

            result.AddRange(FlattenInlines(child));
        }

        return result;
    }

    private static string Media(MediaNode media)
    {
        var alt = media.Alt ?? "";
        if (media.MediaType == "external" && !string.IsNullOrEmpty(media.Url))
        {
            var text = new StringBuilder("![");
            MarkdownText.AppendEscaped(text, alt, atLineStart: false);
            return text.Append("](").Append(MarkdownText.Destination(media.Url)).Append(')').ToString();
        }

        // Files in Atlassian's media store have no URL in ADF: their alt text, if any, stands in for them.
        var fallback = new StringBuilder();
        MarkdownText.AppendEscaped(fallback, alt, atLineStart: true);
        return fallback.ToString();
    }

    private static string AlertKind(string? panelType) => panelType switch
    {
        "note" => "IMPORTANT",
        "tip" or "success" => "TIP",
        "warning" => "WARNING",
        "error" => "CAUTION",
        _ => "NOTE",
    };

    private static string AutoLink(string url) =>
        url.AsSpan().IndexOfAny(" <>\n") < 0 && url.Contains(':', StringComparison.Ordinal) ? "<" + url + ">" : "[" + Escape(url) + "](" + MarkdownText.Destination(url) + ")";

    private static string Escape(string text)
    {
        var output = new StringBuilder();
        MarkdownText.AppendEscaped(output, text, atLineStart: false);
        return output.ToString();
    }

    private static string InlineText(IReadOnlyList<AdfNode> inlines)
    {
        var output = new StringBuilder();
        WriteInlines(output, inlines, inTable: false, atLineStart: false);
        return output.ToString();
    }

    /// <summary>Writes inline nodes, opening and closing Markdown delimiters as the marks change from node to node.</summary>
    private static void WriteInlines(StringBuilder output, IReadOnlyList<AdfNode> inlines, bool inTable, bool atLineStart = true)
    {
        var open = new List<AdfMark>();
        var openedAt = new List<int>();
        var lineStart = atLineStart;
        for (var index = 0; index < inlines.Count; index++)
        {
            var node = inlines[index];
            var wanted = node is TextNode ? MarkdownMarks(node) : [];

            // Marks that run on over more of the following nodes open first (outermost), so they need not close
            // when a shorter one ends: "***foo** bar*", not "***foo*** *bar*".
            var from = index;
            wanted.Sort((a, b) => RunLength(inlines, from, b) - RunLength(inlines, from, a) is var longer and not 0 ? longer : MarkOrder(a) - MarkOrder(b));
            // Marks already open stay open (as far down the stack as all are still wanted); the rest close, and the
            // node's other marks open inside them. "*foo [bar](/url)*" keeps the emphasis around the link.
            var common = 0;
            while (common < open.Count && wanted.Exists(w => SameMark(w, open[common])))
            {
                common++;
            }

            wanted.RemoveAll(w => open.Take(common).Any(o => SameMark(o, w)));
            wanted.InsertRange(0, open.Take(common));

            for (var i = open.Count - 1; i >= common; i--)
            {
                Close(output, open[i], openedAt[i]);
            }

            open.RemoveRange(common, open.Count - common);
            openedAt.RemoveRange(common, openedAt.Count - common);
            var text = node is TextNode t ? t.Text ?? "" : null;
            if (text is not null && wanted.Count > common)
            {
                // Blanks stay outside delimiters: "** bold**" is not bold in Markdown.
                var blanks = text.Length - text.TrimStart(' ').Length;
                if (blanks > 0)
                {
                    AppendText(output, text[..blanks], lineStart, inTable);
                    lineStart = false;
                    text = text[blanks..];
                }

                for (var i = common; i < wanted.Count; i++)
                {
                    if (wanted[i] is LinkMark && output.Length > 0 && output[^1] == '!' && (output.Length < 2 || output[^2] != '\\'))
                    {
                        // "!" before a link would make it an image.
                        output.Insert(output.Length - 1, '\\');
                    }

                    output.Append(Opener(wanted[i]));
                    open.Add(wanted[i]);
                    openedAt.Add(output.Length);
                    lineStart = false;
                }
            }

            if (text is not null)
            {
                if (node.MarksOrEmpty.Any(m => m is CodeMark))
                {
                    var span = MarkdownText.CodeSpan(text.Replace('\n', ' '));

                    // GFM splits table cells at every unescaped pipe, code spans included.
                    output.Append(inTable ? span.Replace("|", "\\|", StringComparison.Ordinal) : span);
                    lineStart = false;
                }
                else
                {
                    lineStart = AppendText(output, text, lineStart, inTable);
                }

                continue;
            }

            lineStart = WriteInlineNode(output, node, lineStart, inTable);
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            Close(output, open[i], openedAt[i]);
        }
    }

    // Text may hold line breaks (pasted text): each is written as a Markdown hard break.
    private static bool AppendText(StringBuilder output, string text, bool lineStart, bool inTable)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                output.Append(inTable ? " " : "\\\n");
                lineStart = !inTable;
            }

            if (lines[i].Length > 0)
            {
                MarkdownText.AppendEscaped(output, lines[i], lineStart);
                lineStart = false;
            }
        }

        return lineStart;
    }

    private static bool WriteInlineNode(StringBuilder output, AdfNode node, bool lineStart, bool inTable)
    {
        string? text = node switch
        {
            HardBreakNode => null,
            MentionNode mention => "@" + (mention.Text?.TrimStart('@') is { Length: > 0 } name ? name : mention.Id),
            EmojiNode emoji => emoji.Text is { Length: > 0 } glyph ? glyph : emoji.ShortName,
            DateNode date => FormatDate(date.Timestamp),
            StatusNode status => status.Text is { Length: > 0 } label ? "[" + label + "]" : null,
            MediaInlineNode media => media.Alt,
            _ => null,
        };
        switch (node)
        {
            case HardBreakNode:
                output.Append(inTable ? " " : "\\\n");
                return !inTable;
            case InlineCardNode card when card.Url is { Length: > 0 } url:
                output.Append(AutoLink(url));
                return false;
            default:
                if (!string.IsNullOrEmpty(text))
                {
                    MarkdownText.AppendEscaped(output, text, lineStart);
                    return false;
                }

                if (node.HasContent)
                {
                    WriteInlines(output, node.ContentOrEmpty, inTable, lineStart);
                    return false;
                }

                return lineStart;
        }
    }

    internal static string? FormatDate(string? timestamp) =>
        long.TryParse(timestamp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) && ms is > -62135596800000 and < 253402300800000
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : timestamp;

    // The marks Markdown can write, outermost first; code is written as a code span, not a delimiter.
    private static List<AdfMark> MarkdownMarks(AdfNode node)
    {
        var marks = new List<AdfMark>(node.MarksOrEmpty.Count);
        foreach (var type in (ReadOnlySpan<string>)["link", "strong", "em", "strike"])
        {
            foreach (var mark in node.MarksOrEmpty)
            {
                if (mark.Type == type && (mark is not LinkMark link || link.Href is not null))
                {
                    marks.Add(mark);
                    break;
                }
            }
        }

        return marks;
    }

    private static int MarkOrder(AdfMark mark) => mark.Type switch
    {
        "link" => 0,
        "strong" => 1,
        "em" => 2,
        _ => 3,
    };

    private static int RunLength(IReadOnlyList<AdfNode> inlines, int from, AdfMark mark)
    {
        var end = from;
        while (end < inlines.Count && inlines[end] is TextNode && inlines[end].MarksOrEmpty.Any(m => SameMark(m, mark)))
        {
            end++;
        }

        return end - from;
    }

    private static bool SameMark(AdfMark a, AdfMark b) =>
        a.Type == b.Type && (a is not LinkMark left || b is not LinkMark right || (left.Href == right.Href && left.Title == right.Title));

    private static string Opener(AdfMark mark) => mark.Type switch
    {
        "link" => "[",
        "strong" => "**",
        "em" => "*",
        _ => "~~",
    };

    private static void Close(StringBuilder output, AdfMark mark, int openedAt)
    {
        // Trailing blanks move outside the closing delimiter, as leading ones stay outside the opening one.
        var blanks = 0;
        while (blanks < output.Length - openedAt && output[output.Length - 1 - blanks] == ' ')
        {
            blanks++;
        }

        output.Length -= blanks;
        if (output.Length == openedAt && mark is not LinkMark)
        {
            // Nothing but blanks inside: no delimiters ("** **" is not emphasis, and would read back as text).
            output.Length -= Opener(mark).Length;
            output.Append(' ', blanks);
            return;
        }

        if (mark is LinkMark link)
        {
            output.Append("](").Append(MarkdownText.Destination(link.Href!));
            if (!string.IsNullOrEmpty(link.Title))
            {
                output.Append(' ').Append(MarkdownText.Title(link.Title));
            }

            output.Append(')');
        }
        else
        {
            output.Append(Opener(mark));
        }

        output.Append(' ', blanks);
    }
}
