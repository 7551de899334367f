using Scopewise.Build.Tests.Infrastructure;

namespace Scopewise.Build.Tests;

/// <summary>
/// Builds SampleProjects/ScopeStory (one call with a classic and a granular alternative) under a classic grant, a
/// granular grant, no grant, and a grant that covers neither, which `dotnet format analyzers --diagnostics SW2001` then
/// fixes; keeps each build's output and manifest for <see cref="ScopeStoryTests"/>.
/// </summary>
public sealed class ScopeStorySampleBuild : IDisposable
{
    private const string App = "App/App.csproj";
    private const string GrantFile = "App/GrantedScopes.cs";

    public ScopeStorySampleBuild()
    {
        Workspace = SampleWorkspace.Create("ScopeStory");
        Require(DotNetCli.Run(Workspace.Root, "restore", App), "restore");

        Classic = BuildWith("\"write:confluence-content\"", "classic grant");
        Granular = BuildWith("\"read:label:confluence\", \"write:label:confluence\"", "granular grant");
        NoGrant = BuildWith(grantArguments: null, "no grant");

        // Granted a classic scope the call does not need: SW2001 names the classic alternative (one scope missing
        // against two granular ones), the build repeats it as SW3011, and the code fix grants what SW2001 named.
        Uncovered = BuildWith("\"read:confluence-content.all\"", "uncovered grant");
        Require(DotNetCli.Run(Workspace.Root, "format", "analyzers", App, "--diagnostics", "SW2001", "--severity", "warn", "--no-restore"), "dotnet format");
        GrantAfterFormat = File.ReadAllText(Workspace.PathOf(GrantFile));
        AfterFormat = Build("build after dotnet format");
    }

    public SampleWorkspace Workspace { get; }

    public SampleBuild Classic { get; }

    public SampleBuild Granular { get; }

    public SampleBuild NoGrant { get; }

    public SampleBuild Uncovered { get; }

    public string GrantAfterFormat { get; }

    public SampleBuild AfterFormat { get; }

    public void Dispose() => Workspace.Dispose();

    private SampleBuild BuildWith(string? grantArguments, string step)
    {
        if (grantArguments is null)
        {
            Workspace.Delete(GrantFile);
        }
        else
        {
            Workspace.Write(GrantFile, "[assembly: Scopewise.GrantedScopes(" + grantArguments + ")]\n");
        }

        return Build(step);
    }

    /// <summary>A build at normal verbosity, where the manifest task's summary line shows.</summary>
    private SampleBuild Build(string step)
    {
        var result = DotNetCli.Run(Workspace.Root, "build", App, "--no-restore", "-m:1", "-nodeReuse:false", "-v:n", "-clp:NoSummary");
        Require(result, step);
        // The scope lines only: the account-permission and removal notes follow them as '#' lines (issue 18).
        var scopeLines = File.ReadAllLines(Workspace.PathOf("App/bin/Debug/net8.0/App.scopes.txt")).Where(line => !line.StartsWith('#'));
        return new SampleBuild(result.Output, string.Concat(scopeLines.Select(line => line + "\n")));
    }

    private void Require(ProcessResult result, string step)
    {
        if (result.ExitCode != 0)
        {
            // xunit does not dispose a fixture whose constructor threw: remove the temp folder here.
            Workspace.Dispose();
            throw new InvalidOperationException($"The scope-story sample's {step} failed:\n{result}");
        }
    }

    /// <summary>What one build printed and the scopes its manifest lists.</summary>
    public sealed record SampleBuild(string Output, string ScopesText);
}
