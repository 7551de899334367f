using Microsoft.CodeAnalysis.Text;
using Scopewise.Generator.Emit;

namespace Scopewise.Generator.Tests;

/// <summary>
/// The writer hands its chunks to the compiler without copying them into a string: the text the compiler reads
/// (by position, by range, and line by line) must be exactly what was written, across chunk boundaries too.
/// </summary>
public sealed class SourceWriterTests
{
    [Fact]
    public void The_compiler_reads_exactly_the_written_text_across_chunk_boundaries()
    {
        var writer = new SourceWriter();
        var expected = new System.Text.StringBuilder();
        writer.Open("namespace Demo");
        expected.Append("namespace Demo\n{\n");
        for (var i = 0; i < 3_000; i++)
        {
            var name = "Member" + i;
            writer.Line($"public int {name} {{ get; }} = {i};");
            expected.Append("    public int ").Append(name).Append(" { get; } = ").Append(i).Append(";\n");
        }

        writer.Close();
        expected.Append("}\n");

        var text = writer.ToSourceText();

        var expectedText = expected.ToString();
        Assert.True(expectedText.Length > 5 * CharChunks.ChunkSize, "the test must span several chunks");
        Assert.Equal(expectedText, text.ToString());
        Assert.Equal(expectedText.Length, text.Length);
        var boundary = CharChunks.ChunkSize;
        Assert.Equal(expectedText[boundary - 1], text[boundary - 1]);
        Assert.Equal(expectedText[boundary], text[boundary]);
        Assert.Equal(expectedText.Substring(boundary - 10, 20), text.ToString(new TextSpan(boundary - 10, 20)));
        var reference = SourceText.From(expectedText, System.Text.Encoding.UTF8);
        Assert.Equal(reference.Lines.Select(l => l.Span), text.Lines.Select(l => l.Span));
        Assert.Equal(Convert.ToHexString(reference.GetChecksum().ToArray()), Convert.ToHexString(text.GetChecksum().ToArray()));
        Assert.Throws<ArgumentOutOfRangeException>(() => text[text.Length]);
    }
}
