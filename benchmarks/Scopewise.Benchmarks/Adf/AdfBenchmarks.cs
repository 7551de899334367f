using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Scopewise.Adf;
using AdfBuilder = Scopewise.Adf.Adf;

namespace Scopewise.Benchmarks.Adf;

/// <summary>
/// Scopewise.Adf against writing the same ADF JSON by hand with Utf8JsonWriter: building and serializing a
/// 1,000-paragraph document, and converting 100 KB of Markdown (the hand-written side parses with the same Markdig
/// pipeline). Target (issue 16): at most 1.5 x the baseline in time and in allocations.
/// </summary>
[BenchmarkCategory("Adf")]
public class AdfBenchmarks
{
    private string[] _texts = null!;
    private string _markdown = null!;

    /// <summary>Makes the inputs and checks that both sides of each comparison write the same document.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _texts = AdfFixtures.ParagraphTexts();
        _markdown = AdfFixtures.Markdown100KB();
        Same(HandWritten_BuildAndSerialize(), Scopewise_BuildAndSerialize(), "1,000 paragraphs");
        Same(HandWritten_MarkdownToAdf(), Scopewise_MarkdownToAdf(), "100 KB of Markdown");
    }

    /// <summary>1,000 paragraphs written with Utf8JsonWriter.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("BuildAndSerialize")]
    public string HandWritten_BuildAndSerialize() => HandWrittenAdf.Paragraphs(_texts);

    /// <summary>1,000 paragraphs built with <c>Adf.Doc(Adf.Paragraph(...))</c> and written with <c>ToJson()</c>.</summary>
    [Benchmark, BenchmarkCategory("BuildAndSerialize")]
    public string Scopewise_BuildAndSerialize()
    {
        var paragraphs = new AdfNode[_texts.Length];
        for (var i = 0; i < _texts.Length; i++)
        {
            paragraphs[i] = AdfBuilder.Paragraph(_texts[i], AdfBuilder.Text("done").Strong());
        }

        return AdfBuilder.Doc(paragraphs).ToJson();
    }

    /// <summary>100 KB of Markdown parsed by Markdig and walked into Utf8JsonWriter by hand.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("MarkdownToAdf")]
    public string HandWritten_MarkdownToAdf() => HandWrittenAdf.FromMarkdown(_markdown);

    /// <summary>100 KB of Markdown through <c>AdfDocument.FromMarkdown(...).ToJson()</c>.</summary>
    [Benchmark, BenchmarkCategory("MarkdownToAdf")]
    public string Scopewise_MarkdownToAdf() => AdfDocument.FromMarkdown(_markdown).ToJson();

    private static void Same(string hand, string scopewise, string what)
    {
        using var left = JsonDocument.Parse(hand);
        using var right = JsonDocument.Parse(scopewise);
        if (!JsonElement.DeepEquals(left.RootElement, right.RootElement))
        {
            throw new InvalidOperationException($"{what}: the hand-written and the Scopewise JSON differ; the comparison would be meaningless.\nhand:      {hand[..Math.Min(600, hand.Length)]}\nscopewise: {scopewise[..Math.Min(600, scopewise.Length)]}");
        }
    }
}
