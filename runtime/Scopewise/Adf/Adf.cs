namespace Scopewise.Adf;

/// <summary>
/// Builds ADF documents in code that reads like the document:
/// <code>
/// var doc = Adf.Doc(
///     Adf.Heading(2, "Release"),
///     Adf.Paragraph("Fixed ", Adf.Text("#42").Link(url), ", thanks ", Adf.Mention(accountId)),
///     Adf.BulletList("Faster start-up", "Smaller package"),
///     Adf.CodeBlock("csharp", code),
///     Adf.Panel(PanelType.Info, "Upgrade before Friday."));
/// </code>
/// Strings are text nodes. Where a block is expected (a document, a list item, a table cell, a panel, ...) a run of
/// text and other inline nodes is wrapped in a paragraph, so <c>Adf.ListItem("one")</c> is a list item holding the
/// paragraph "one". Empty strings are dropped: ADF has no empty text nodes.
/// </summary>
public static class Adf
{
    /// <summary>A document; inline nodes among the blocks are wrapped in paragraphs.</summary>
    /// <param name="content">The blocks.</param>
    public static AdfDocument Doc(params AdfNode[] content) => Blocks(new AdfDocument(), content);

    /// <summary>A paragraph.</summary>
    /// <param name="content">Text and inline nodes.</param>
    public static ParagraphNode Paragraph(params AdfNode[] content) => Inlines(new ParagraphNode(), content);

    /// <summary>A heading.</summary>
    /// <param name="level">1 to 6.</param>
    /// <param name="content">Text and inline nodes.</param>
    public static HeadingNode Heading(int level, params AdfNode[] content)
    {
        if (level is < 1 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "An ADF heading level is 1 to 6.");
        }

        return Inlines(new HeadingNode { Level = level }, content);
    }

    /// <summary>A text node; add marks with its fluent methods (<c>.Strong()</c>, <c>.Link(url)</c>, ...).</summary>
    /// <param name="text">The text.</param>
    public static TextNode Text(string text) => new(text);

    /// <summary>A mention of a user.</summary>
    /// <param name="accountId">The user's Atlassian account id.</param>
    /// <param name="text">The name shown, such as <c>@Ada</c>; Atlassian fills it in when omitted.</param>
    public static MentionNode Mention(string accountId, string? text = null) =>
        new() { Id = accountId ?? throw new ArgumentNullException(nameof(accountId)), Text = text };

    /// <summary>An emoji.</summary>
    /// <param name="shortName">Its short name, such as <c>:smile:</c>.</param>
    /// <param name="text">The character(s) it stands for, shown where emoji are not rendered.</param>
    public static EmojiNode Emoji(string shortName, string? text = null) =>
        new() { ShortName = shortName ?? throw new ArgumentNullException(nameof(shortName)), Text = text };

    /// <summary>A date.</summary>
    /// <param name="date">The date; ADF stores it as milliseconds since the Unix epoch, in UTC.</param>
    public static DateNode Date(DateTimeOffset date) =>
        new() { Timestamp = date.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>A status lozenge.</summary>
    /// <param name="text">Its text.</param>
    /// <param name="color"><c>neutral</c>, <c>purple</c>, <c>blue</c>, <c>red</c>, <c>yellow</c> or <c>green</c>.</param>
    public static StatusNode Status(string text, string color = "neutral") => new() { Text = text, Color = color };

    /// <summary>A line break inside a paragraph.</summary>
    public static HardBreakNode HardBreak() => new();

    /// <summary>A horizontal rule.</summary>
    public static RuleNode Rule() => new();

    /// <summary>A link shown as a smart card inline.</summary>
    /// <param name="url">The URL.</param>
    public static InlineCardNode InlineCard(string url) => new() { Url = url };

    /// <summary>A link shown as a smart card block.</summary>
    /// <param name="url">The URL.</param>
    public static BlockCardNode BlockCard(string url) => new() { Url = url };

    /// <summary>A bulleted list.</summary>
    /// <param name="items">The items.</param>
    public static BulletListNode BulletList(params ListItemNode[] items) => Children(new BulletListNode(), items);

    /// <summary>A bulleted list of one-paragraph items.</summary>
    /// <param name="items">The items' text.</param>
    public static BulletListNode BulletList(params string[] items) => BulletList(Array.ConvertAll(items, i => ListItem(i)));

    /// <summary>A numbered list.</summary>
    /// <param name="items">The items.</param>
    public static OrderedListNode OrderedList(params ListItemNode[] items) => Children(new OrderedListNode(), items);

    /// <summary>A numbered list of one-paragraph items.</summary>
    /// <param name="items">The items' text.</param>
    public static OrderedListNode OrderedList(params string[] items) => OrderedList(Array.ConvertAll(items, i => ListItem(i)));

    /// <summary>A numbered list starting at <paramref name="start"/>.</summary>
    /// <param name="start">The first number.</param>
    /// <param name="items">The items.</param>
    public static OrderedListNode OrderedList(int start, params ListItemNode[] items)
    {
        var list = OrderedList(items);
        list.Order = start;
        return list;
    }

    /// <summary>A list item; inline content is wrapped in a paragraph, and nested lists go after it.</summary>
    /// <param name="content">The item's blocks or text.</param>
    public static ListItemNode ListItem(params AdfNode[] content) => Blocks(new ListItemNode(), content);

    /// <summary>A code block.</summary>
    /// <param name="language">The language for highlighting (<c>csharp</c>, <c>json</c>, ...), or null.</param>
    /// <param name="code">The code, kept exactly (line breaks included).</param>
    public static CodeBlockNode CodeBlock(string? language, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var block = new CodeBlockNode();
        if (language is not null)
        {
            block.Language = language;
        }

        if (code.Length > 0)
        {
            block.Content.Add(new TextNode(code));
        }

        return block;
    }

    /// <summary>A quotation.</summary>
    /// <param name="content">Its blocks or text.</param>
    public static BlockquoteNode Blockquote(params AdfNode[] content) => Blocks(new BlockquoteNode(), content);

    /// <summary>A panel (a coloured box with an icon).</summary>
    /// <param name="type">Its kind.</param>
    /// <param name="content">Its blocks or text.</param>
    public static PanelNode Panel(PanelType type, params AdfNode[] content) => Blocks(new PanelNode { PanelType = type.ToJsonName() }, content);

    /// <summary>An expand (a collapsible section) at the top level of a document.</summary>
    /// <param name="title">Its title.</param>
    /// <param name="content">Its blocks or text.</param>
    public static ExpandNode Expand(string title, params AdfNode[] content) => Blocks(new ExpandNode { Title = title }, content);

    /// <summary>An expand inside a table cell or another container (ADF's <c>nestedExpand</c>).</summary>
    /// <param name="title">Its title.</param>
    /// <param name="content">Its blocks or text.</param>
    public static NestedExpandNode NestedExpand(string title, params AdfNode[] content) => Blocks(new NestedExpandNode { Title = title }, content);

    /// <summary>A table.</summary>
    /// <param name="rows">Its rows.</param>
    public static TableNode Table(params TableRowNode[] rows) => Children(new TableNode(), rows);

    /// <summary>A table row.</summary>
    /// <param name="cells"><see cref="TableCell"/> and <see cref="TableHeader"/> nodes.</param>
    public static TableRowNode TableRow(params AdfNode[] cells) => Children(new TableRowNode(), cells);

    /// <summary>A table row of header cells holding text.</summary>
    /// <param name="cells">The cells' text.</param>
    public static TableRowNode TableHeaderRow(params string[] cells) => TableRow(Array.ConvertAll(cells, c => (AdfNode)TableHeader(c)));

    /// <summary>A table row of cells holding text.</summary>
    /// <param name="cells">The cells' text.</param>
    public static TableRowNode TableRow(params string[] cells) => TableRow(Array.ConvertAll(cells, c => (AdfNode)TableCell(c)));

    /// <summary>A table cell.</summary>
    /// <param name="content">Its blocks or text.</param>
    public static TableCellNode TableCell(params AdfNode[] content) => Blocks(new TableCellNode(), content);

    /// <summary>A table header cell.</summary>
    /// <param name="content">Its blocks or text.</param>
    public static TableHeaderNode TableHeader(params AdfNode[] content) => Blocks(new TableHeaderNode(), content);

    /// <summary>A task (checkbox) list.</summary>
    /// <param name="items">Its items.</param>
    public static TaskListNode TaskList(params TaskItemNode[] items) => Children(new TaskListNode { LocalId = NewLocalId() }, items);

    /// <summary>A task.</summary>
    /// <param name="done">Whether it is ticked.</param>
    /// <param name="content">Its text and inline nodes.</param>
    public static TaskItemNode TaskItem(bool done, params AdfNode[] content) =>
        Inlines(new TaskItemNode { LocalId = NewLocalId(), State = done ? "DONE" : "TODO" }, content);

    /// <summary>A decision list.</summary>
    /// <param name="items">Its items.</param>
    public static DecisionListNode DecisionList(params DecisionItemNode[] items) => Children(new DecisionListNode { LocalId = NewLocalId() }, items);

    /// <summary>A decision.</summary>
    /// <param name="content">Its text and inline nodes.</param>
    public static DecisionItemNode DecisionItem(params AdfNode[] content) =>
        Inlines(new DecisionItemNode { LocalId = NewLocalId(), State = "DECIDED" }, content);

    /// <summary>An image from a URL, as a centred <c>mediaSingle</c> holding an external <c>media</c> node.</summary>
    /// <param name="url">The image URL.</param>
    /// <param name="alt">Alternative text.</param>
    public static MediaSingleNode Image(string url, string? alt = null)
    {
        var media = new MediaNode { MediaType = "external", Url = url ?? throw new ArgumentNullException(nameof(url)) };
        if (!string.IsNullOrEmpty(alt))
        {
            media.Alt = alt;
        }

        var single = new MediaSingleNode { Layout = "center" };
        single.Content.Add(media);
        return single;
    }

    /// <summary>A layout section (side-by-side columns).</summary>
    /// <param name="columns">Two or three columns.</param>
    public static LayoutSectionNode LayoutSection(params LayoutColumnNode[] columns) => Children(new LayoutSectionNode(), columns);

    /// <summary>A layout column.</summary>
    /// <param name="width">Its width in percent of the section.</param>
    /// <param name="content">Its blocks or text.</param>
    public static LayoutColumnNode LayoutColumn(double width, params AdfNode[] content) => Blocks(new LayoutColumnNode { Width = width }, content);

    // Task and decision lists need a localId; Atlassian's editors use UUIDs.
    private static string NewLocalId() => Guid.NewGuid().ToString("D");

    private static T Children<T>(T parent, AdfNode[] children)
        where T : AdfNode
    {
        ArgumentNullException.ThrowIfNull(children);
        parent.SetContent(children);
        return parent;
    }

    private static T Inlines<T>(T parent, AdfNode[] content)
        where T : AdfNode
    {
        ArgumentNullException.ThrowIfNull(content);
        var list = parent.Content;
        list.Capacity = content.Length;
        foreach (var node in content)
        {
            if (node is null)
            {
                throw new ArgumentNullException(nameof(content), $"A {parent.Type} cannot contain null.");
            }

            if (node is TextNode { Text.Length: 0 })
            {
                continue;
            }

            list.Add(node);
        }

        return parent;
    }

    private static T Blocks<T>(T parent, AdfNode[] content)
        where T : AdfNode
    {
        ArgumentNullException.ThrowIfNull(content);
        var list = parent.Content;
        ParagraphNode? open = null;
        foreach (var node in content)
        {
            if (node is null)
            {
                throw new ArgumentNullException(nameof(content), $"A {parent.Type} cannot contain null.");
            }

            if (!InlineNodes.IsInline(node))
            {
                open = null;
                list.Add(node);
                continue;
            }

            if (node is TextNode { Text.Length: 0 })
            {
                continue;
            }

            if (open is null)
            {
                open = new ParagraphNode();
                list.Add(open);
            }

            open.Content.Add(node);
        }

        return parent;
    }
}
