using Scopewise.Adf;
using static Scopewise.Adf.Adf;

namespace Scopewise.Runtime.Tests.Adf;

/// <summary>Validate() reports each broken schema rule with its path, and nothing for a valid document.</summary>
public sealed class AdfValidationTests
{
    private static string[] Problems(string json) => AdfDocument.Parse(json).Validate().Select(p => p.ToString()).ToArray();

    [Fact]
    public void A_node_where_its_parent_does_not_allow_it_names_the_path_and_what_is_allowed()
    {
        var problems = Problems("""{"version":1,"type":"doc","content":[{"type":"paragraph","content":[]},{"type":"bulletList","content":[{"type":"paragraph","content":[]}]}]}""");
        Assert.Equal(["content[1].content[0]: a bulletList may contain only listItem nodes, not paragraph"], problems);
    }

    [Fact]
    public void A_tuple_content_rule_says_what_the_node_must_start_with()
    {
        var problems = Problems("""{"version":1,"type":"doc","content":[{"type":"mediaSingle","attrs":{"layout":"center"},"content":[{"type":"caption","content":[]}]}]}""");
        Assert.Contains("content[0].content[0]: a mediaSingle must start with a media, not caption", problems);
    }

    [Fact]
    public void Required_attributes_enum_values_and_ranges_are_checked()
    {
        var problems = Problems("""
            {"version":1,"type":"doc","content":[
              {"type":"heading","attrs":{"level":9},"content":[]},
              {"type":"panel","attrs":{"panelType":"shiny"},"content":[{"type":"paragraph","content":[]}]},
              {"type":"paragraph","content":[{"type":"mention","attrs":{}},{"type":"text","text":"x","marks":[{"type":"link","attrs":{}}]}]}
            ]}
            """);
        Assert.Contains("content[0].attrs.level: must be from 1 to 6, not 9", problems);
        Assert.Contains("content[1].attrs.panelType: must be one of info, note, tip, warning, error, success, custom, not 'shiny'", problems);
        Assert.Contains("content[2].content[0].attrs: a mention needs the attribute id", problems);
        Assert.Contains("content[2].content[1].marks[0].attrs: a link needs the attribute href", problems);
    }

    [Fact]
    public void Marks_not_allowed_in_the_position_are_reported()
    {
        var problems = Problems("""
            {"version":1,"type":"doc","content":[
              {"type":"codeBlock","content":[{"type":"text","text":"x","marks":[{"type":"strong"}]}]},
              {"type":"paragraph","content":[{"type":"text","text":"y","marks":[{"type":"code"},{"type":"strong"}]}]}
            ]}
            """);
        Assert.Contains("content[0].content[0].marks[0]: a text here takes no marks, not strong", problems);
        Assert.Contains("content[1].content[0].marks[1]: a text here takes only the marks code, link, annotation, not strong", problems);
    }

    [Fact]
    public void Counts_empty_text_unknown_types_and_attributes_are_reported()
    {
        var problems = Problems("""
            {"version":1,"type":"doc","content":[
              {"type":"bulletList","content":[]},
              {"type":"paragraph","content":[{"type":"text","text":""},{"type":"sparkle"}]},
              {"type":"rule","attrs":{"thickness":3}}
            ]}
            """);
        Assert.Contains("content[0].content: a bulletList needs at least 1 child node, it has 0", problems);
        Assert.Contains("content[1].content[0].text: a text node needs at least one character of text", problems);
        Assert.Contains(problems, p => p.StartsWith("content[1].content[1]: a paragraph may contain only ", StringComparison.Ordinal) && p.EndsWith("not 'sparkle' (not an ADF node type)", StringComparison.Ordinal));
        Assert.Contains("content[2].attrs.thickness: a rule has no attribute 'thickness' (it has localId)", problems);
    }

    [Fact]
    public void A_wrong_version_is_reported()
    {
        Assert.Equal(["version: an ADF document has version 1"], Problems("""{"version":2,"type":"doc","content":[]}"""));
    }

    [Fact]
    public void A_built_document_with_a_mistake_is_reported_not_thrown()
    {
        var document = Doc(Table(TableRow(TableCell(Heading(2, "x"), Panel(PanelType.Note)))));
        Assert.Equal(["content[0].content[0].content[0].content[1].content: a panel needs at least 1 child node, it has 0"], document.Validate().Select(p => p.ToString()));
    }
}
