using Scopewise.Adf;

namespace Scopewise.Runtime.Tests.Adf;

/// <summary>
/// Markdown → ADF → Markdown → ADF on the CommonMark spec's examples: the ADF built from Markdown is valid, and the
/// Markdown written back from it reads as the same ADF (nothing is lost or changed by going through Markdown).
/// </summary>
public sealed class MarkdownRoundTripTests
{
    public static TheoryData<int> Examples() => new(CommonMarkCorpus.Examples.Select(e => e.Example));

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_CommonMark_example_converts_to_valid_ADF_that_survives_a_trip_through_Markdown(int example)
    {
        var markdown = CommonMarkCorpus.Examples.Single(e => e.Example == example).Markdown;
        var first = AdfDocument.FromMarkdown(markdown);
        Assert.Empty(first.Validate());
        var written = first.ToMarkdown();
        var second = AdfDocument.FromMarkdown(written);
        Assert.True(first.ToJson() == second.ToJson(), $"Example {example} changed through Markdown.\nmarkdown: {markdown}\nwritten:  {written}\nfirst:  {first.ToJson()}\nsecond: {second.ToJson()}");
    }
}
