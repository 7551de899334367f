using System.Text.Json;
using Scopewise.Adf;

namespace Scopewise.Runtime.Tests.Adf;

/// <summary>Reading and writing ADF JSON: exact round trips, newer content kept, and clear errors for bad input.</summary>
public sealed class AdfJsonTests
{
    [Fact]
    public void Node_and_mark_types_newer_than_the_schema_are_kept_with_everything_in_them()
    {
        const string json = """
            {"version":1,"type":"doc","content":[
              {"type":"futureBlock","attrs":{"x":1,"y":{"z":[1,2]}},"content":[{"type":"text","text":"inside"}],"extra":"kept"},
              {"type":"paragraph","content":[{"type":"text","text":"t","marks":[{"type":"sparkle","attrs":{"level":3}}]}]},
              {"type":"heading","attrs":{"level":2,"futureAttr":"kept"},"content":[]}
            ]}
            """;
        var document = AdfDocument.Parse(json);
        var future = Assert.IsType<AdfUnknownNode>(document.Content[0]);
        Assert.Equal("futureBlock", future.Type);
        Assert.IsType<AdfUnknownMark>(document.Content[1].Content[0].Marks[0]);
        Assert.Equal("kept", document.Content[2].Attributes["futureAttr"].AsString());
        AdfCorpus.AssertSameJson(json, document.ToJson());
    }

    [Fact]
    public void Numbers_and_empty_members_round_trip_exactly()
    {
        const string json = """{"version":1,"type":"doc","content":[{"type":"paragraph","attrs":{},"content":[]},{"type":"layoutSection","content":[{"type":"layoutColumn","attrs":{"width":33.33},"content":[]}]}]}""";
        Assert.Equal(json, AdfDocument.Parse(json).ToJson());
    }

    [Fact]
    public void JsonElement_conversions_go_both_ways()
    {
        var document = Scopewise.Adf.Adf.Doc(Scopewise.Adf.Adf.Paragraph("Hello"));
        var element = document.ToJsonElement();
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        Assert.Equal("doc", element.GetProperty("type").GetString());
        Assert.Equal(document.ToJson(), AdfDocument.FromJsonElement(element).ToJson());
    }

    [Theory]
    [InlineData("not json", "the text is not valid JSON")]
    [InlineData("[]", "a node must be a JSON object, not an array")]
    [InlineData("""{"version":1,"content":[]}""", "a node needs a string \"type\"")]
    [InlineData("""{"type":"paragraph"}""", "the root node is a 'paragraph', not a 'doc': wrap it")]
    [InlineData("""{"type":"doc","content":[{"type":"paragraph","content":[{"text":"x"}]}]}""", "content[0].content[0]: a node needs a string \"type\"")]
    [InlineData("""{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"x","marks":[1]}]}]}""", "content[0].content[0].marks[0]: a mark must be a JSON object, not a number")]
    [InlineData("""{"type":"doc","content":{}}""", "content: content must be a JSON array of nodes")]
    public void Bad_input_gets_an_error_that_names_the_path_and_what_to_do(string json, string expected)
    {
        var error = Assert.Throws<AdfFormatException>(() => AdfDocument.Parse(json));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_escaped_when_written()
    {
        var document = Scopewise.Adf.Adf.Doc(Scopewise.Adf.Adf.Paragraph("\"quoted\" </script> \u2028 \\"));
        var json = document.ToJson();
        Assert.DoesNotContain("</script>", json, StringComparison.Ordinal);
        Assert.Equal("\"quoted\" </script> \u2028 \\", ((TextNode)AdfDocument.Parse(json).Content[0].Content[0]).Text);
    }
}
