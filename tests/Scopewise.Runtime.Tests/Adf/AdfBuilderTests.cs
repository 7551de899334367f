using Scopewise.Adf;
using static Scopewise.Adf.Adf;

namespace Scopewise.Runtime.Tests.Adf;

/// <summary>The builder writes the ADF JSON Atlassian's editors write, and what it builds is valid.</summary>
public sealed class AdfBuilderTests
{
    [Fact]
    public void The_release_note_example_builds_the_expected_json_and_is_valid()
    {
        var document = Doc(
            Heading(2, "Release"),
            Paragraph("Fixed ", Text("#42").Link("https://example.com/42"), ", thanks ", Mention("5b10ac8d82e05b22cc7d4ef5")),
            BulletList("Faster start-up", "Smaller package"),
            CodeBlock("csharp", "var x = 1;"),
            Table(TableHeaderRow("Name", "Value"), TableRow("a", "1")),
            Panel(PanelType.Info, "Upgrade before Friday."));

        Assert.Empty(document.Validate());
        AdfCorpus.AssertSameJson("""
            {"version":1,"type":"doc","content":[
              {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Release"}]},
              {"type":"paragraph","content":[
                {"type":"text","text":"Fixed "},
                {"type":"text","text":"#42","marks":[{"type":"link","attrs":{"href":"https://example.com/42"}}]},
                {"type":"text","text":", thanks "},
                {"type":"mention","attrs":{"id":"5b10ac8d82e05b22cc7d4ef5"}}]},
              {"type":"bulletList","content":[
                {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"Faster start-up"}]}]},
                {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"Smaller package"}]}]}]},
              {"type":"codeBlock","attrs":{"language":"csharp"},"content":[{"type":"text","text":"var x = 1;"}]},
              {"type":"table","content":[
                {"type":"tableRow","content":[
                  {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"Name"}]}]},
                  {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"Value"}]}]}]},
                {"type":"tableRow","content":[
                  {"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"a"}]}]},
                  {"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"1"}]}]}]}]},
              {"type":"panel","attrs":{"panelType":"info"},"content":[{"type":"paragraph","content":[{"type":"text","text":"Upgrade before Friday."}]}]}
            ]}
            """, document.ToJson());
    }

    [Fact]
    public void Text_among_blocks_is_wrapped_in_a_paragraph_and_empty_strings_are_dropped()
    {
        var document = Doc("Hello ", Text("world").Strong(), Rule(), "", ListItem("x"));
        Assert.Equal(["paragraph", "rule", "listItem"], document.Content.Select(n => n.Type));
        Assert.Equal(2, document.Content[0].Content.Count);
        Assert.Equal("paragraph", document.Content[2].Content[0].Type);
    }

    [Fact]
    public void Every_builder_method_builds_valid_nodes()
    {
        var document = Doc(
            Paragraph(Text("b").Strong(), Text("i").Em(), Text("s").Strike(), Text("u").Underline(), Text("c").Code(), Text("r").Color("#ff0000"),
                Text("h").Background("#00ff00"), Text("2").Subscript(), Text("3").Superscript(), HardBreak(), Emoji(":smile:", "😄"),
                Date(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), Status("Done", "green"), InlineCard("https://example.com")),
            OrderedList(3, ListItem("three", BulletList("nested"))),
            OrderedList("a", "b"),
            Blockquote("quoted"),
            TaskList(TaskItem(true, "done"), TaskItem(false, "todo")),
            DecisionList(DecisionItem("decided")),
            Expand("More", "hidden", Table(TableRow(TableCell(NestedExpand("Inner", "deep"))))),
            Image("https://example.com/a.png", "A"),
            BlockCard("https://example.com/card"),
            LayoutSection(LayoutColumn(50, "left"), LayoutColumn(50, "right")),
            Heading(6, "Small"));

        Assert.Empty(document.Validate());
        Assert.Equal("1767225600000", ((DateNode)document.Content[0].Content[11]).Timestamp);
    }

    [Fact]
    public void A_heading_level_outside_1_to_6_is_refused_with_the_range()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Heading(7, "x"));
        Assert.Contains("1 to 6", error.Message, StringComparison.Ordinal);
    }
}
