using Scopewise.Build.Metadata;

namespace Scopewise.Build.Tests;

/// <summary>Compiler-generated member names lead back to the method written in source.</summary>
public sealed class CallerNamesTests
{
    [Theory]
    [InlineData("<Main>b__0_0", "Main")]
    [InlineData("<DoAsync>d__3", "DoAsync")]
    [InlineData("<Main>g__Helper|0_0", "Main")]
    [InlineData("<<Main>$>b__0_0", "Main")]
    [InlineData("<Main>$", "Main")]
    [InlineData("Plain", "Plain")]
    [InlineData("<>c", null)]
    [InlineData("<>c__DisplayClass0_0", null)]
    public void Source_name_of_a_generated_name(string generated, string? expected)
    {
        Assert.Equal(expected, CallerNames.SourceName(generated));
    }
}
