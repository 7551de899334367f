using Scopewise.Build.Tests.Infrastructure;

namespace Scopewise.Build.Tests;

/// <summary>
/// Builds SampleProjects/Generated (clients generated from the bundled Confluence v1 and v2 specs) once with the default
/// granular style, then again with the classic style, keeping both manifests.
/// </summary>
public sealed class GeneratedSampleBuild : IDisposable
{
    private const string App = "App/App.csproj";

    public GeneratedSampleBuild()
    {
        Workspace = SampleWorkspace.Create("Generated");

        Require(Workspace.RestoreAndBuild(App), "granular build");
        GranularJson = File.ReadAllText(Output("App.scopes.json"));
        GranularTextWithNotes = File.ReadAllText(Output("App.scopes.txt"));
        GranularText = ScopeLines(GranularTextWithNotes);

        Require(Workspace.Build(App, "ScopewiseScopeStyle=classic"), "classic build");
        ClassicJson = File.ReadAllText(Output("App.scopes.json"));
        ClassicText = ScopeLines(File.ReadAllText(Output("App.scopes.txt")));
    }

    public SampleWorkspace Workspace { get; }

    public string GranularJson { get; }

    /// <summary>The scope lines of the granular .scopes.txt (its '#' lines about account permissions left out).</summary>
    public string GranularText { get; }

    /// <summary>The granular .scopes.txt as written, '#' lines included.</summary>
    public string GranularTextWithNotes { get; }

    public string ClassicJson { get; }

    public string ClassicText { get; }

    public string Output(string file) => Workspace.PathOf(Path.Combine("App", "bin", "Debug", "net8.0", file));

    public void Dispose() => Workspace.Dispose();

    private static string ScopeLines(string text) => string.Concat(text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l + "\n"));

    private void Require(ProcessResult result, string step)
    {
        if (result.ExitCode != 0)
        {
            // xunit does not dispose a fixture whose constructor threw: remove the temp folder here.
            Workspace.Dispose();
            throw new InvalidOperationException($"The generated sample's {step} failed:\n{result}");
        }
    }
}
