namespace Scopewise.Demo.Tests;

/// <summary>Usage errors, --help and the `scopes` command, none of which needs a site.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Help_lists_the_commands_and_exit_codes()
    {
        var run = await DemoRun.StartAsync(["--help"]);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        foreach (var command in new[] { "spaces", "pages list", "pages get ID", "pages create", "search CQL", "scopes ASSEMBLY", "login" })
        {
            Assert.Contains(command, run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes:", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Status);
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "bogus" }, "Unknown command 'bogus'.")]
    [InlineData(new[] { "pages" }, "`pages` needs a sub-command")]
    [InlineData(new[] { "pages", "get", "abc" }, "A page id is a number; 'abc' is not.")]
    [InlineData(new[] { "pages", "list", "--max", "0" }, "--max must be a positive whole number")]
    [InlineData(new[] { "pages", "list", "--spcae", "DEMO" }, "Unknown option --spcae.")]
    [InlineData(new[] { "pages", "create", "--space" }, "The option --space needs a value")]
    [InlineData(new[] { "search" }, "`search` needs a CQL query")]
    public async Task Usage_errors_exit_with_1_and_say_what_to_type(string[] args, string message)
    {
        var run = await DemoRun.StartAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Status + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scopes_prints_what_an_assembly_needs()
    {
        var demo = Path.Combine(AppContext.BaseDirectory, "Scopewise.Demo.dll");

        var run = await DemoRun.StartAsync(["scopes", demo]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("Scopewise.Demo needs", run.Output, StringComparison.Ordinal);
        Assert.Contains("write:page:confluence", run.Output, StringComparison.Ordinal);
        Assert.Contains("needed by createPage", run.Output, StringComparison.Ordinal);
        Assert.Contains("Create and update pages.", run.Output, StringComparison.Ordinal);

        // Issue 18: what the account must be allowed beyond scopes, from the specs' "Permissions required".
        Assert.Contains("The account must also be allowed", run.Output, StringComparison.Ordinal);
        Assert.Contains("  a space or project permission  [spaceOrProject]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scopes_on_a_missing_file_is_exit_4_with_SW3004()
    {
        var run = await DemoRun.StartAsync(["scopes", "no/such/App.dll"]);

        Assert.Equal(ExitCodes.Input, run.ExitCode);
        Assert.Contains("SW3004", run.Status, StringComparison.Ordinal);
    }
}
