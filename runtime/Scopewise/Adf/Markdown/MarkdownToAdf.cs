using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Scopewise.Adf.Validation;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;

namespace Scopewise.Adf.Markdown;

/// <summary>
/// Markdown to ADF with Markdig: CommonMark plus GFM pipe tables, task lists, strikethrough, autolinks and alerts
/// (<c>&gt; [!NOTE]</c>, which become panels). docs/ADF.md has the mapping table. Where Markdown nests a block ADF
/// does not allow in that place (a heading in a list item, a quote in a quote), the block is changed to one ADF
/// allows there (a bold paragraph, the quote's content), so the result always passes <see cref="AdfDocument.Validate"/>.
/// </summary>
internal static class MarkdownToAdf
{
    // Block nesting beyond this is refused rather than risk the stack on hostile input (">>>>>>..." and the like).
    private const int MaxDepth = 64;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseAutoLinks()
        .UseAlertBlocks()
        .Build();

    // Task and decision lists need ids; a counter per conversion keeps the output deterministic (same Markdown,
    // same JSON) while unique within the document, in the UUID shape Atlassian's editors use.
    [ThreadStatic]
    private static int _nextId;

    public static AdfDocument Convert(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        _nextId = 0;
        MarkdownDocument parsed;
        try
        {
            parsed = Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses nesting deeper than it supports (its own guard against stack exhaustion).
            throw TooDeep(e);
        }

        var document = new AdfDocument();
        AddBlocks(document, parsed, 0);
        return document;
    }

    private static void AddBlocks(AdfNode parent, ContainerBlock blocks, int depth)
    {
        if (depth > MaxDepth)
        {
            throw TooDeep(null);
        }

        foreach (var block in blocks)
        {
            ConvertBlock(block, depth, parent);
        }
    }

    private static ArgumentException TooDeep(Exception? inner) =>
        new($"The Markdown nests block quotes, lists or emphasis more than {MaxDepth} levels deep; an ADF document cannot hold that. Flatten the nesting.", "markdown", inner);

    // Converts one Markdig block and places what it becomes into the parent.
    private static void ConvertBlock(Block block, int depth, AdfNode parent)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Place(parent, Inlines(new HeadingNode { Level = heading.Level }, heading.Inline));
                break;
            case ParagraphBlock paragraph:
                Place(parent, ParagraphOrImage(paragraph));
                break;
            case ThematicBreakBlock:
                Place(parent, new RuleNode());
                break;
            case FencedCodeBlock fenced:
                Place(parent, Code(FirstWord(fenced.Info), fenced));
                break;
            case CodeBlock code:
                Place(parent, Code(null, code));
                break;
            case HtmlBlock html:
                // ADF has no raw HTML: keep it visible, unrendered, as an html code block.
                Place(parent, Code("html", html));
                break;
            case AlertBlock alert:
                var panel = new PanelNode { PanelType = PanelTypeOf(alert.Kind.ToString()) };
                AddBlocks(panel, alert, depth + 1);
                Place(parent, NotEmpty(panel));
                break;
            case QuoteBlock quote:
                var blockquote = new BlockquoteNode();
                AddBlocks(blockquote, quote, depth + 1);
                Place(parent, NotEmpty(blockquote));
                break;
            case ListBlock list:
                Place(parent, List(list, depth));
                break;
            case MarkdigTable table:
                Place(parent, Table(table));
                break;
            case LinkReferenceDefinitionGroup or LinkReferenceDefinition or BlankLineBlock:
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    ConvertBlock(child, depth + 1, parent);
                }

                break;
            case LeafBlock leaf when leaf.Inline is not null:
                Place(parent, Inlines(new ParagraphNode(), leaf.Inline));
                break;
        }
    }

    // Puts a block into a parent, changing it to something the parent allows when ADF does not allow it there.
    private static void Place(AdfNode parent, AdfNode node)
    {
        if (AdfContentModel.Allows(parent.Type, node.Type))
        {
            // Markdown cannot write an empty paragraph, so none is made from it ("[]()" holds no text).
            if (node is not ParagraphNode || node.HasContent)
            {
                parent.Content.Add(node);
            }

            return;
        }

        switch (node)
        {
            case HeadingNode heading:
                var paragraph = new ParagraphNode();
                foreach (var inline in heading.Content)
                {
                    if (inline is TextNode text && !text.Marks.Any(m => m.Type is "strong" or "code"))
                    {
                        text.Marks.Insert(0, new StrongMark());
                    }

                    paragraph.Content.Add(inline);
                }

                Place(parent, paragraph);
                break;
            case RuleNode:
                Place(parent, Adf.Paragraph("---"));
                break;
            case TableNode table:
                foreach (var row in table.Content)
                {
                    var line = new ParagraphNode();
                    foreach (var cell in row.Content)
                    {
                        if (line.Content.Count > 0)
                        {
                            line.Content.Add(new TextNode(" | "));
                        }

                        foreach (var inline in cell.Content.SelectMany(b => b.Content))
                        {
                            line.Content.Add(inline);
                        }
                    }

                    Place(parent, line);
                }

                break;
            case TaskListNode tasks:
                foreach (var item in tasks.Content)
                {
                    var line = Adf.Paragraph(item is TaskItemNode { State: "DONE" } ? "[x] " : "[ ] ");
                    line.Content.AddRange(item.Content);
                    Place(parent, line);
                }

                break;
            default:
                // Quotes, panels and lists where ADF allows none: keep their content.
                foreach (var child in node.Content)
                {
                    Place(parent, child);
                }

                break;
        }
    }

    // ADF wants at least one block in a quote or panel; an empty one (">" alone) holds an empty paragraph.
    private static AdfNode NotEmpty(AdfNode container)
    {
        if (container.Content.Count == 0)
        {
            container.Content.Add(new ParagraphNode());
        }

        return container;
    }

    private static AdfNode ParagraphOrImage(ParagraphBlock paragraph)
    {
        // A paragraph that is only an image becomes an image block; ADF has no inline images from a URL.
        if (paragraph.Inline is { FirstChild: LinkInline { IsImage: true } image } inline && inline.FirstChild == inline.LastChild && image.Url is { Length: > 0 } url)
        {
            return Adf.Image(url, PlainText(image));
        }

        return Inlines(new ParagraphNode(), paragraph.Inline);
    }

    private static CodeBlockNode Code(string? language, LeafBlock block)
    {
        var lines = block.Lines;
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
            }

            text.Append(lines.Lines[i].Slice.AsSpan());
        }

        return Adf.CodeBlock(string.IsNullOrEmpty(language) ? null : language, text.ToString());
    }

    private static string? FirstWord(string? info)
    {
        if (string.IsNullOrWhiteSpace(info))
        {
            return null;
        }

        var trimmed = info.Trim();
        var space = trimmed.IndexOfAny([' ', '\t']);
        return space < 0 ? trimmed : trimmed[..space];
    }

    private static string PanelTypeOf(string alertKind) => alertKind.ToUpperInvariant() switch
    {
        "TIP" => "tip",
        "IMPORTANT" => "note",
        "WARNING" => "warning",
        "CAUTION" => "error",
        _ => "info",
    };

    private static AdfNode List(ListBlock list, int depth)
    {
        if (IsTaskList(list))
        {
            var tasks = new TaskListNode { LocalId = NewId() };
            foreach (var item in list.OfType<ListItemBlock>())
            {
                var first = (ParagraphBlock)item[0];
                var task = new TaskItemNode { LocalId = NewId(), State = ((TaskList)first.Inline!.FirstChild!).Checked ? "DONE" : "TODO" };
                Inlines(task, first.Inline, skipFirst: true);
                TrimLeadingSpace(task);
                tasks.Content.Add(task);
                for (var i = 1; i < item.Count; i++)
                {
                    // IsTaskList allows only nested task lists after a task's line; ADF nests them in the task list.
                    tasks.Content.Add(List((ListBlock)item[i], depth + 1));
                }
            }

            return tasks;
        }

        AdfNode result;
        if (list.IsOrdered)
        {
            var ordered = new OrderedListNode();
            if (int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) && start != 1)
            {
                ordered.Order = start;
            }

            result = ordered;
        }
        else
        {
            result = new BulletListNode();
        }

        foreach (var item in list.OfType<ListItemBlock>())
        {
            var listItem = new ListItemNode();
            AddBlocks(listItem, item, depth + 1);
            if (listItem.Content.Count == 0 || listItem.Content[0] is not ParagraphNode)
            {
                // ADF list items start with a paragraph (Atlassian's editors require it even where the schema does not).
                listItem.Content.Insert(0, new ParagraphNode());
            }

            result.Content.Add(listItem);
        }

        return result;
    }

    // A list is a task list when every item starts with [ ] or [x] and holds nothing else but nested task lists
    // (ADF tasks hold only a line of text); otherwise it stays a bullet list with the boxes as text.
    private static bool IsTaskList(ListBlock list)
    {
        var any = false;
        foreach (var item in list)
        {
            if (item is not ListItemBlock { Count: > 0 } listItem || listItem[0] is not ParagraphBlock { Inline.FirstChild: TaskList })
            {
                return false;
            }

            for (var i = 1; i < listItem.Count; i++)
            {
                if (listItem[i] is not ListBlock nested || !IsTaskList(nested))
                {
                    return false;
                }
            }

            any = true;
        }

        return any && !list.IsOrdered;
    }

    private static void TrimLeadingSpace(AdfNode node)
    {
        if (node.Content.Count > 0 && node.Content[0] is TextNode { Text: { } text } first)
        {
            var trimmed = text.TrimStart();
            if (trimmed.Length == 0)
            {
                node.Content.RemoveAt(0);
            }
            else
            {
                first.Text = trimmed;
            }
        }
    }

    private static TableNode Table(MarkdigTable table)
    {
        var result = new TableNode();
        foreach (var row in table.OfType<MarkdigTableRow>())
        {
            var adfRow = new TableRowNode();
            var columnIndex = 0;
            foreach (var cell in row.OfType<MarkdigTableCell>())
            {
                AdfNode adfCell = row.IsHeader ? new TableHeaderNode() : new TableCellNode();
                var paragraph = new ParagraphNode();
                foreach (var block in cell.OfType<ParagraphBlock>())
                {
                    Inlines(paragraph, block.Inline);
                }

                // Pipe tables leave ColumnIndex at -1: the cell's position in its row is its column.
                var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : columnIndex;
                columnIndex += Math.Max(1, cell.ColumnSpan);
                var column = index < table.ColumnDefinitions.Count ? table.ColumnDefinitions[index] : null;
                var align = column?.Alignment switch
                {
                    TableColumnAlign.Center => "center",
                    TableColumnAlign.Right => "end",
                    _ => null,
                };
                if (align is not null)
                {
                    paragraph.Marks.Add(new AlignmentMark { Align = align });
                }

                adfCell.Content.Add(paragraph);
                adfRow.Content.Add(adfCell);
            }

            result.Content.Add(adfRow);
        }

        return result;
    }

    private static T Inlines<T>(T parent, ContainerInline? inline, bool skipFirst = false)
        where T : AdfNode
    {
        if (inline is null)
        {
            return parent;
        }

        var builder = new InlineBuilder(parent);
        var child = inline.FirstChild;
        if (skipFirst && child is not null)
        {
            child = child.NextSibling;
        }

        for (; child is not null; child = child.NextSibling)
        {
            builder.Add(child, []);
        }

        builder.MoveBlanksOutOfEmphasis();
        return parent;
    }

    private static string PlainText(ContainerInline container)
    {
        var text = new StringBuilder();
        AppendPlain(container, text);
        return text.ToString();
    }

    private static void AppendPlain(ContainerInline container, StringBuilder text)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case LineBreakInline: text.Append(' '); break;
                case ContainerInline nested: AppendPlain(nested, text); break;
            }
        }
    }

    private static string NewId() => "00000000-0000-4000-8000-" + (++_nextId).ToString("x12", CultureInfo.InvariantCulture);

    /// <summary>Turns Markdig inlines into ADF text nodes with marks, merging neighbours that share their marks.</summary>
    private sealed class InlineBuilder(AdfNode parent)
    {
        public void Add(Inline inline, IReadOnlyList<AdfMark> marks)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AddText(literal.Content.ToString(), marks);
                    break;
                case HtmlEntityInline entity:
                    AddText(entity.Transcoded.ToString(), marks);
                    break;
                case CodeInline code:
                    // ADF allows only link (and annotation) beside code: other marks are dropped.
                    AddText(code.Content, [.. marks.Where(m => m is LinkMark), new CodeMark()]);
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard)
                    {
                        parent.Content.Add(new HardBreakNode());
                    }
                    else
                    {
                        AddText(" ", marks);
                    }

                    break;
                case HtmlInline html:
                    AddText(html.Tag, marks);
                    break;
                case AutolinkInline autolink:
                    AddText(autolink.Url, [.. marks, Link(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, null)]);
                    break;
                case LinkInline { IsImage: true } image:
                    // An image among text: ADF cannot place a URL image inline, so it becomes a link with the alt text.
                    var alt = PlainText(image);
                    AddText(alt.Length > 0 ? alt : image.Url ?? "image", [.. marks, Link(image.GetDynamicUrl?.Invoke() ?? image.Url ?? "", image.Title)]);
                    break;
                case LinkInline link:
                    var withLink = marks.Append(Link(link.GetDynamicUrl?.Invoke() ?? link.Url ?? "", link.Title)).ToList();
                    AddChildren(link, withLink);
                    break;
                case EmphasisInline emphasis:
                    AddChildren(emphasis, [.. marks, EmphasisMark(emphasis)]);
                    break;
                case TaskList task:
                    AddText(task.Checked ? "[x] " : "[ ] ", marks);
                    break;
                case ContainerInline container:
                    AddChildren(container, marks);
                    break;
            }
        }

        /// <summary>
        /// Blanks at the edges of bold, italic or struck text lose those marks ("*foo *" is "foo" in italics and a
        /// space): Markdown cannot write emphasised blanks at an edge, so without this a document would change on
        /// its way through Markdown.
        /// </summary>
        public void MoveBlanksOutOfEmphasis()
        {
            var content = parent.Content;
            for (var i = 0; i < content.Count; i++)
            {
                if (content[i] is not TextNode { Text: { } text } node || !HasEmphasis(node.MarksOrEmpty))
                {
                    continue;
                }

                // Only where a mark starts or ends: a blank between two bold words stays bold.
                var startsHere = EdgeMarks(node, i > 0 ? content[i - 1] : null);
                var endsHere = EdgeMarks(node, i + 1 < content.Count ? content[i + 1] : null);
                var trail = text.Length - text.TrimEnd(' ').Length;
                if (trail == text.Length)
                {
                    node.Marks.RemoveAll(m => startsHere.Contains(m.Type) || endsHere.Contains(m.Type));
                    continue;
                }

                if (trail > 0 && endsHere.Count > 0)
                {
                    content.Insert(i + 1, Without(text[^trail..], node, endsHere));
                    node.Text = text = text[..^trail];
                }

                var lead = text.Length - text.TrimStart(' ').Length;
                if (lead > 0 && startsHere.Count > 0)
                {
                    content.Insert(i, Without(text[..lead], node, startsHere));
                    node.Text = text[lead..];
                    i++;
                }
            }

            for (var i = content.Count - 1; i > 0; i--)
            {
                if (content[i] is TextNode right && content[i - 1] is TextNode left && SameMarks(left.MarksOrEmpty, right.MarksOrEmpty))
                {
                    left.Text += right.Text;
                    content.RemoveAt(i);
                }
            }
        }

        // The emphasis marks of a node that its neighbour does not carry.
        private static List<string> EdgeMarks(TextNode node, AdfNode? neighbour) =>
            node.MarksOrEmpty.Where(IsEmphasis).Select(m => m.Type)
                .Where(type => neighbour is not TextNode || !neighbour.MarksOrEmpty.Any(m => m.Type == type))
                .ToList();

        private static bool IsEmphasis(AdfMark mark) => mark is StrongMark or EmMark or StrikeMark;

        // A loop, not LINQ: this runs for every text node of a document.
        private static bool HasEmphasis(IReadOnlyList<AdfMark> marks)
        {
            for (var i = 0; i < marks.Count; i++)
            {
                if (IsEmphasis(marks[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static TextNode Without(string blanks, TextNode from, List<string> types)
        {
            var node = new TextNode(blanks);
            node.Marks.AddRange(from.MarksOrEmpty.Where(m => !types.Contains(m.Type)));
            return node;
        }

        private void AddChildren(ContainerInline container, IReadOnlyList<AdfMark> marks)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                Add(child, marks);
            }
        }

        private static AdfMark EmphasisMark(EmphasisInline emphasis) => emphasis.DelimiterChar == '~'
            ? new StrikeMark()
            : emphasis.DelimiterCount >= 2 ? new StrongMark() : new EmMark();

        private static LinkMark Link(string href, string? title)
        {
            var link = new LinkMark { Href = href };
            if (!string.IsNullOrEmpty(title))
            {
                link.Title = title;
            }

            return link;
        }

        private void AddText(string text, IReadOnlyList<AdfMark> marks)
        {
            // A line break inside text (from an entity or raw HTML) is a hard break in ADF, as Markdown writes it.
            var newline = text.IndexOf('\n', StringComparison.Ordinal);
            if (newline >= 0 && !marks.Any(m => m is CodeMark))
            {
                AddText(text[..newline], marks);
                parent.Content.Add(new HardBreakNode());
                AddText(text[(newline + 1)..], marks);
                return;
            }

            if (text.Length == 0)
            {
                return;
            }

            var normalized = Normalize(marks);
            var content = parent.Content;
            if (content.Count > 0 && content[^1] is TextNode previous && SameMarks(previous.MarksOrEmpty, normalized))
            {
                previous.Text += text;
                return;
            }

            var node = new TextNode(text);
            if (normalized.Count > 0)
            {
                node.Marks.AddRange(normalized);
            }

            content.Add(node);
        }

        // One mark of each type (the innermost link wins), in a fixed order so that equal sets compare equal.
        private static IReadOnlyList<AdfMark> Normalize(IReadOnlyList<AdfMark> marks)
        {
            if (marks.Count == 0)
            {
                return marks;
            }

            var result = new List<AdfMark>(marks.Count);
            var hasCode = false;
            for (var i = marks.Count - 1; i >= 0; i--)
            {
                if (!ContainsType(result, marks[i].Type))
                {
                    result.Add(marks[i]);
                    hasCode |= marks[i] is CodeMark;
                }
            }

            if (hasCode)
            {
                result.RemoveAll(m => m is not (CodeMark or LinkMark));
            }

            if (result.Count > 1)
            {
                result.Sort((a, b) => Order(a).CompareTo(Order(b)));
            }

            return result;
        }

        private static bool ContainsType(List<AdfMark> marks, string type)
        {
            foreach (var mark in marks)
            {
                if (mark.Type == type)
                {
                    return true;
                }
            }

            return false;
        }

        private static int Order(AdfMark mark) => mark.Type switch
        {
            "link" => 0,
            "strong" => 1,
            "em" => 2,
            "strike" => 3,
            "code" => 4,
            _ => 5,
        };

        private static bool SameMarks(IReadOnlyList<AdfMark> left, IReadOnlyList<AdfMark> right)
        {
            if (left.Count != right.Count)
            {
                return false;
            }

            for (var i = 0; i < left.Count; i++)
            {
                if (left[i].Type != right[i].Type)
                {
                    return false;
                }

                if (left[i] is LinkMark a && right[i] is LinkMark b && (a.Href != b.Href || a.Title != b.Title))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
