using System.Diagnostics;

namespace Scopewise.Demo.Tests;

/// <summary>The README's "Run the demo" command, exactly as a newcomer types it at the repository root.</summary>
public sealed class ReadmeCommandTests
{
    [Fact]
    public async Task Dotnet_run_the_demo_spaces_works_with_no_configuration()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "run", "--project", "samples/Scopewise.Demo", "--", "spaces" })
        {
            start.ArgumentList.Add(argument);
        }

        // As from a user's shell: no MSBuild settings of the test host, no SCOPEWISE_* site, no lingering build nodes.
        foreach (var name in start.Environment.Keys.Where(n => n.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                     || n.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || n.StartsWith("SCOPEWISE_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet run did not finish in 3 minutes");
        }

        var all = $"{output}\n{await error}";
        Assert.True(process.ExitCode == 0, all);
        Assert.Contains("running against a Scopewise sandbox started in this process", all, StringComparison.Ordinal);
        Assert.Contains("Demo space", output, StringComparison.Ordinal);
    }
}
