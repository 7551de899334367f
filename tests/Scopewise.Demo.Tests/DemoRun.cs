namespace Scopewise.Demo.Tests;

/// <summary>One in-process run of the demo: exit code, standard output and the status stream.</summary>
public sealed record DemoRun(int ExitCode, string Output, string Status)
{
    /// <summary>Runs the demo with only the given SCOPEWISE_* variables (none: the in-process sandbox).</summary>
    public static async Task<DemoRun> StartAsync(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var output = new StringWriter();
        var status = new StringWriter();
        var exitCode = await DemoApp.RunAsync(args, output, status, name => environment?.GetValueOrDefault(name));
        return new DemoRun(exitCode, output.ToString(), status.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- output\n{Output}\n--- status\n{Status}";
}
