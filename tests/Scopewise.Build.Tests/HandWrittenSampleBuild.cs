using Scopewise.Build.Tests.Infrastructure;

namespace Scopewise.Build.Tests;

/// <summary>
/// Builds SampleProjects/HandWritten (an app and a library with hand-written [RequiresScopes] operations) once, in a
/// fixed sequence, and keeps what each step wrote: the tests only read these snapshots, so their order does not matter.
/// </summary>
public sealed class HandWrittenSampleBuild : IDisposable
{
    private const string App = "App/App.csproj";

    public HandWrittenSampleBuild()
    {
        Workspace = SampleWorkspace.Create("HandWritten");

        // 1. A first, clean build with the defaults (granular, json;txt, offline_access auto).
        Require(Workspace.RestoreAndBuild(App), "first build");
        GranularJson = File.ReadAllText(AppOutput("App.scopes.json"));
        GranularText = File.ReadAllText(AppOutput("App.scopes.txt"));
        GranularJsonBytes = File.ReadAllBytes(AppOutput("App.scopes.json"));
        GranularTextBytes = File.ReadAllBytes(AppOutput("App.scopes.txt"));
        LibraryText = File.ReadAllText(Workspace.PathOf("Lib/bin/Debug/net8.0/Lib.scopes.txt"));
        ForgeWrittenByDefault = File.Exists(AppOutput("App.scopes.forge.yml"));
        FirstWriteTime = File.GetLastWriteTimeUtc(AppOutput("App.scopes.json"));

        // 2. Nothing changed: the target is skipped and the manifest left as it is.
        Require(Workspace.Build(App), "unchanged rebuild");
        UnchangedRebuildWriteTime = File.GetLastWriteTimeUtc(AppOutput("App.scopes.json"));

        // 3. Classic style, no offline_access, Forge snippet: a settings change alone re-runs the target.
        Require(Workspace.Build(App, "ScopewiseScopeStyle=classic", "ScopewiseOfflineAccess=false", "ScopewiseManifestFormats=forge"), "classic build");
        ClassicJson = File.ReadAllText(AppOutput("App.scopes.json"));
        ClassicText = File.ReadAllText(AppOutput("App.scopes.txt"));
        ClassicForge = File.ReadAllText(AppOutput("App.scopes.forge.yml"));

        // 4. A second clean build with the defaults, to compare bytes with the first.
        Workspace.CleanBuildOutputs("App");
        Workspace.CleanBuildOutputs("Lib");
        Require(Workspace.Build(App), "second clean build");
        CleanRebuildJsonBytes = File.ReadAllBytes(AppOutput("App.scopes.json"));
        CleanRebuildTextBytes = File.ReadAllBytes(AppOutput("App.scopes.txt"));

        // 5. The only call to deletePage is removed from the code.
        Workspace.Write("App/Cleanup.cs", """
            using Lib;

            namespace App;

            public static class Cleanup
            {
                public static Task RemoveAsync(PagesApi api, long id) => Task.CompletedTask;
            }
            """);
        Require(Workspace.Build(App), "build after removing a call");
        AfterRemovalText = File.ReadAllText(AppOutput("App.scopes.txt"));
        AfterRemovalJson = File.ReadAllText(AppOutput("App.scopes.json"));

        // 6. A setting the task cannot read.
        BadStyle = Workspace.Build(App, "ScopewiseScopeStyle=fancy");

    }

    public SampleWorkspace Workspace { get; }

    public string GranularJson { get; }

    public string GranularText { get; }

    public byte[] GranularJsonBytes { get; }

    public byte[] GranularTextBytes { get; }

    public string LibraryText { get; }

    public bool ForgeWrittenByDefault { get; }

    public DateTime FirstWriteTime { get; }

    public DateTime UnchangedRebuildWriteTime { get; }

    public string ClassicJson { get; }

    public string ClassicText { get; }

    public string ClassicForge { get; }

    public byte[] CleanRebuildJsonBytes { get; }

    public byte[] CleanRebuildTextBytes { get; }

    public string AfterRemovalText { get; }

    public string AfterRemovalJson { get; }

    public ProcessResult BadStyle { get; }

    public string AppOutput(string file) => Workspace.PathOf(Path.Combine("App", "bin", "Debug", "net8.0", file));

    public void Dispose() => Workspace.Dispose();

    private void Require(ProcessResult result, string step)
    {
        if (result.ExitCode != 0)
        {
            // xunit does not dispose a fixture whose constructor threw: remove the temp folder here.
            Workspace.Dispose();
            throw new InvalidOperationException($"The sample's {step} failed:\n{result}");
        }
    }
}
