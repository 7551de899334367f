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
        GranularText = File.ReadAllText(Output("App.scopes.txt"));

        Require(Workspace.Build(App, "ScopewiseScopeStyle=classic"), "classic build");
        ClassicJson = File.ReadAllText(Output("App.scopes.json"));
        ClassicText = File.ReadAllText(Output("App.scopes.txt"));
    }

    public SampleWorkspace Workspace { get; }

    public string GranularJson { get; }

    public string GranularText { get; }

    public string ClassicJson { get; }

    public string ClassicText { get; }

    public string Output(string file) => Workspace.PathOf(Path.Combine("App", "bin", "Debug", "net8.0", file));

    public void Dispose() => Workspace.Dispose();

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
