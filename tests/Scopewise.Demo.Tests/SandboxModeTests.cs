namespace Scopewise.Demo.Tests;

/// <summary>With no SCOPEWISE_SITE the demo starts its own sandbox, says so, and its commands work against it.</summary>
public sealed class SandboxModeTests
{
    [Fact]
    public async Task Spaces_says_it_uses_the_sandbox_and_prints_a_table()
    {
        var run = await DemoRun.StartAsync(["spaces"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("SCOPEWISE_SITE is not set: running against a Scopewise sandbox started in this process", run.Status, StringComparison.Ordinal);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Matches(@"^KEY\s+NAME\s+TYPE\s+ID$", lines[0]);
        Assert.StartsWith("---", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("DEMO ", StringComparison.Ordinal) && l.Contains("Demo space", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("NOTES", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pages_list_of_a_space_follows_every_page_and_reports_progress()
    {
        var run = await DemoRun.StartAsync(["pages", "list", "--space", "NOTES"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Equal(Infrastructure.DemoSandbox.ReleaseNoteCount, run.Output.Split('\n').Count(l => l.Contains("Release 1.", StringComparison.Ordinal)));
        Assert.Contains("... 25 pages so far", run.Status, StringComparison.Ordinal);
        Assert.Contains("... 50 pages so far", run.Status, StringComparison.Ordinal);
        Assert.Contains($"{Infrastructure.DemoSandbox.ReleaseNoteCount} pages.", run.Status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_list_stops_at_max()
    {
        var run = await DemoRun.StartAsync(["pages", "list", "--max", "5"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Equal(5 + 2, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Pages_get_shows_the_page_and_its_storage_body()
    {
        var list = await DemoRun.StartAsync(["search", "title = \"Getting started\""]);
        var id = list.Output.Split('\n').Single(l => l.Contains("Getting started", StringComparison.Ordinal)).Split(' ')[0];

        var run = await DemoRun.StartAsync(["pages", "get", id]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains($"id:       {id}", run.Output, StringComparison.Ordinal);
        Assert.Contains("title:    Getting started", run.Output, StringComparison.Ordinal);
        Assert.Contains("<p>Every call names the scopes it needs.</p>", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_create_creates_a_page_in_the_space()
    {
        var run = await DemoRun.StartAsync(["pages", "create", "--space", "DEMO", "--title", "Made by the demo", "--body", "<p>hi</p>"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Matches(@"Created page \d+ ""Made by the demo"" in DEMO \(version 1\)\.", run.Output);
    }

    [Fact]
    public async Task Search_runs_CQL_and_prints_the_matches()
    {
        var run = await DemoRun.StartAsync(["search", "type = page AND space = DEMO"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("Demo home", run.Output, StringComparison.Ordinal);
        Assert.Contains("Scopes", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Release 1.", run.Output, StringComparison.Ordinal);
        Assert.Contains("3 results.", run.Status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_runs_the_OAuth_flow_against_the_sandbox_and_uses_the_token()
    {
        var run = await DemoRun.StartAsync(["login"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("Logged in to the sandbox as Demo User.", run.Output, StringComparison.Ordinal);
        // It asks for what the assembly's [GrantedScopes] declares, plus offline_access.
        Assert.Contains("Granted: offline_access read:content-details:confluence read:jira-work read:page:confluence read:space:confluence write:jira-work write:page:confluence.", run.Output, StringComparison.Ordinal);
        Assert.Contains("through the gateway: 2 spaces visible (DEMO, NOTES)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_page_is_an_API_error_with_the_message()
    {
        var run = await DemoRun.StartAsync(["pages", "get", "999999999"]);

        Assert.Equal(ExitCodes.ApiError, run.ExitCode);
        Assert.Contains("error: getPageById (GET /wiki/api/v2/pages/{id}) answered 404", run.Status, StringComparison.Ordinal);
    }
}
