using Scopewise.Adf;
using static Scopewise.Adf.Adf;

namespace Scopewise.Runtime.Tests.Adf;

/// <summary>
/// Markdown ↔ ADF and ADF → plain text, on the hand-made corpus (Corpus/every-node.json, every node and mark of the
/// schema; Corpus/markdown-features.json, every Markdown feature) and on the mapping rules docs/ADF.md documents.
/// </summary>
public sealed class MarkdownConversionTests
{
    [Fact]
    public void Every_node_is_written_as_Markdown_as_the_mapping_table_says()
    {
        // Reviewed by hand against docs/ADF.md: what maps is Markdown, what does not is its text or nothing.
        Assert.Equal(AdfCorpus.Read("every-node.md"), AdfCorpus.EveryNode().ToMarkdown());
    }

    [Fact]
    public void Every_node_is_written_as_plain_text()
    {
        Assert.Equal(AdfCorpus.Read("every-node.txt"), AdfCorpus.EveryNode().ToPlainText());
    }

    [Fact]
    public void The_Markdown_of_every_node_reads_back_as_valid_ADF()
    {
        Assert.Empty(AdfDocument.FromMarkdown(AdfCorpus.EveryNode().ToMarkdown()).Validate());
    }

    [Fact]
    public void A_document_of_the_nodes_Markdown_can_hold_survives_ADF_to_Markdown_to_ADF_unchanged()
    {
        var json = AdfCorpus.Read("markdown-features.json");
        var document = AdfDocument.Parse(json);
        Assert.Empty(document.Validate());
        AdfCorpus.AssertSameJson(json, AdfDocument.FromMarkdown(document.ToMarkdown()).ToJson());
    }

    [Fact]
    public void GFM_tables_task_lists_strikethrough_autolinks_and_alerts_map_to_their_ADF_nodes()
    {
        var document = AdfDocument.FromMarkdown("""
            | Name | Size |
            | :---: | ---: |
            | a | 1 |

            - [ ] open
            - [x] done

            ~~old~~ www.example.com <me@example.com>

            > [!TIP]
            > Use the builder.
            """);
        Assert.Empty(document.Validate());
        Assert.Equal(["table", "taskList", "paragraph", "panel"], document.Content.Select(n => n.Type));
        var table = (TableNode)document.Content[0];
        Assert.Equal(["tableHeader", "tableHeader"], table.Content[0].Content.Select(c => c.Type));
        Assert.Equal("center", ((AlignmentMark)table.Content[0].Content[0].Content[0].Marks[0]).Align);
        Assert.Equal("end", ((AlignmentMark)table.Content[1].Content[1].Content[0].Marks[0]).Align);
        Assert.Equal(["TODO", "DONE"], document.Content[1].Content.Cast<TaskItemNode>().Select(t => t.State));
        var inline = document.Content[2].Content.Cast<TextNode>().ToList();
        Assert.Equal("strike", inline[0].Marks.Single().Type);
        Assert.Equal("http://www.example.com", ((LinkMark)inline[2].Marks.Single()).Href);
        Assert.Equal("mailto:me@example.com", ((LinkMark)inline[4].Marks.Single()).Href);
        Assert.Equal("tip", ((PanelNode)document.Content[3]).PanelType);
    }

    [Fact]
    public void Markdown_that_ADF_cannot_nest_becomes_what_ADF_allows_there()
    {
        var document = AdfDocument.FromMarkdown("- # Heading in a list\n\n> > nested quote\n\n<div>raw</div>\n");
        Assert.Empty(document.Validate());
        var item = (TextNode)document.Content[0].Content[0].Content[0].Content[0];
        Assert.Equal(("Heading in a list", "strong"), (item.Text, item.Marks.Single().Type));
        Assert.Equal("paragraph", document.Content[1].Content[0].Type);
        Assert.Equal(("html", "<div>raw</div>"), (((CodeBlockNode)document.Content[2]).Language, ((TextNode)document.Content[2].Content[0]).Text));
    }

    [Fact]
    public void The_same_Markdown_gives_the_same_JSON_every_time()
    {
        const string markdown = "- [ ] a\n- [x] b\n";
        Assert.Equal(AdfDocument.FromMarkdown(markdown).ToJson(), AdfDocument.FromMarkdown(markdown).ToJson());
    }

    [Theory]
    [InlineData(100)]
    [InlineData(10_000)]
    public void Markdown_nested_beyond_64_levels_is_refused_with_what_to_do(int depth)
    {
        var error = Assert.Throws<ArgumentException>(() => AdfDocument.FromMarkdown(new string('>', depth) + " deep\n"));
        Assert.Contains("more than 64 levels deep", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*not emphasis* and _not_ either")]
    [InlineData("# not a heading")]
    [InlineData("1. not a list")]
    [InlineData("- not a list")]
    [InlineData("[not](a link) ![nor](an image)")]
    [InlineData("<b>not html</b> &amp; not an entity")]
    [InlineData("`not code` | not a cell ~~not struck~~")]
    [InlineData("https://not.a.link www.not.one")]
    [InlineData("    four spaces, not code")]
    [InlineData("\\ backslash \\* and a trailing #")]
    [InlineData("=== not a setext underline")]
    public void Text_that_looks_like_Markdown_stays_text_through_Markdown(string text)
    {
        var document = Doc(Paragraph(text));
        var back = AdfDocument.FromMarkdown(document.ToMarkdown());
        Assert.Equal(document.ToJson(), back.ToJson());
    }

    [Fact]
    public void Marks_Markdown_cannot_write_are_dropped_and_their_text_kept()
    {
        var document = Doc(Paragraph(Text("under").Underline(), " ", Text("red").Color("#ff0000"), " ", Mention("abc", "@Ada"), " ", Status("Done")));
        Assert.Equal("under red @Ada \\[Done\\]\n", document.ToMarkdown());
    }

    [Fact]
    public void Plain_text_keeps_one_line_per_block_with_list_markers_and_task_boxes()
    {
        var document = Doc(
            Heading(1, "Title"),
            Paragraph("Hello ", Text("world").Strong(), HardBreak(), "again"),
            BulletList("one", "two"),
            OrderedList(3, ListItem("three")),
            TaskList(TaskItem(true, "done"), TaskItem(false, "open")),
            Table(TableHeaderRow("k", "v"), TableRow("a", "1")),
            CodeBlock("sh", "echo 1\necho 2"));
        Assert.Equal("Title\nHello world\nagain\n- one\n- two\n3. three\n[x] done\n[ ] open\nk | v\na | 1\necho 1\necho 2", document.ToPlainText());
    }
}
