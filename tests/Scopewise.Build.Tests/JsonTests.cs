using Scopewise.Build.Json;
using Scopewise.Shared.Json;

namespace Scopewise.Build.Tests;

/// <summary>The task's own JSON reader and writer (it brings no JSON library, so it cannot clash with MSBuild's).</summary>
public sealed class JsonTests
{
    [Fact]
    public void Reads_objects_arrays_strings_numbers_and_literals()
    {
        var value = (Dictionary<string, object?>)JsonReader.Parse("\uFEFF{ \"a\": [1, -2.5e1, true, false, null], \"b\": \"x\\u0041\\n\\\"\" }")!;

        Assert.Equal(new object?[] { 1.0, -25.0, true, false, null }, (List<object?>)value["a"]!);
        Assert.Equal("xA\n\"", value["b"]);
    }

    [Theory]
    [InlineData("{\n  \"a\": 1,\n  \"a\": 2\n}", "property 'a' appears twice", 3, 3)]
    [InlineData("{\n  \"a\": [1, 2\n}", "expected ',' or ']' in an array", 3, 1)]
    [InlineData("{ \"a\": tru }", "unexpected word (expected 'true')", 1, 8)]
    [InlineData("[1] 2", "unexpected text after the end of the document", 1, 5)]
    public void Bad_input_names_the_problem_with_its_line_and_column(string text, string reason, int line, int column)
    {
        var error = Assert.Throws<JsonParseException>(() => JsonReader.Parse(text));

        Assert.Equal(reason, error.Reason);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Writes_indented_json_with_newline_line_ends_that_reads_back_the_same()
    {
        var writer = new JsonWriter();
        writer.StartObject();
        writer.String("name", "quote \" backslash \\ tab \t bell \u0007");
        writer.StartArray("empty");
        writer.EndArray();
        writer.StartArray("list");
        writer.Number(null, 1);
        writer.Boolean(null, true);
        writer.String(null, null);
        writer.EndArray();
        writer.EndObject();

        var text = writer.ToString();

        Assert.Equal("{\n  \"name\": \"quote \\\" backslash \\\\ tab \\t bell \\u0007\",\n  \"empty\": [],\n  \"list\": [\n    1,\n    true,\n    null\n  ]\n}\n", text);
        var read = (Dictionary<string, object?>)JsonReader.Parse(text)!;
        Assert.Equal("quote \" backslash \\ tab \t bell \u0007", read["name"]);
    }
}
