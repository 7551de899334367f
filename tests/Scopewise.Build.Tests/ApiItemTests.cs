using Scopewise.Build.Tests.Infrastructure;

namespace Scopewise.Build.Tests;

/// <summary>A ScopewiseApi item that names no bundled spec and no file is SW1007, not the compiler's CS2001.</summary>
public sealed class ApiItemTests
{
    [Fact]
    public void An_item_that_is_neither_a_bundled_name_nor_a_file_is_SW1007_naming_the_bundled_specs()
    {
        using var workspace = SampleWorkspace.Create("MissingSpec");

        var result = workspace.RestoreAndBuild("App/App.csproj");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error SW1007: ScopewiseApi 'jira' is neither a bundled spec nor an existing file", result.Output);
        Assert.Contains("Name a bundled spec (confluence-v1, confluence-v2, jira-v3, confluence-dc)", result.Output);
        Assert.DoesNotContain("CS2001", result.Output);
        Assert.DoesNotContain("'confluence-v2' is neither", result.Output);
    }
}
