using System.Diagnostics;
using System.Text;

namespace Scopewise.Build.Tests.Infrastructure;

/// <summary>The outcome of one `dotnet` command.</summary>
public sealed record DotNetResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}";
}

/// <summary>Runs the `dotnet` CLI as a user would, without MSBuild settings inherited from the test host.</summary>
public static class DotNetCli
{
    public static DotNetResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host may run under MSBuild-set variables (MSBuildSDKsPath, MSBUILD_EXE_PATH...): a user's build has none.
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in 4 minutes:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new DotNetResult(process.ExitCode, output.ToString());
        }
    }

    /// <summary>`dotnet build` with one node and no node reuse, so no MSBuild process outlives the test; restoring only when asked.</summary>
    public static DotNetResult Build(string workingDirectory, string project, bool restore, params string[] properties)
    {
        var arguments = new List<string> { "build", project, "-m:1", "-nodeReuse:false", "-v:m", "-clp:NoSummary" };
        if (!restore)
        {
            arguments.Add("--no-restore");
        }

        arguments.AddRange(properties.Select(p => "-p:" + p));
        return Run(workingDirectory, arguments.ToArray());
    }
}
