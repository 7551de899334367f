namespace Scopewise.Build.Tests.Infrastructure;

/// <summary>The `dotnet` commands the build tests run, through the shared <see cref="DotNetProcess"/>.</summary>
public static class DotNetCli
{
    public static ProcessResult Run(string workingDirectory, params string[] arguments) => DotNetProcess.Run(workingDirectory, arguments);

    /// <summary>`dotnet build` with one node and no node reuse, so no MSBuild process outlives the test; restoring only when asked.</summary>
    public static ProcessResult Build(string workingDirectory, string project, bool restore, params string[] properties)
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
