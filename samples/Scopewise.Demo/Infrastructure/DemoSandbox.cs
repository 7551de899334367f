using Scopewise.Sandbox;

namespace Scopewise.Demo.Infrastructure;

/// <summary>
/// The in-process sandbox the demo runs against when no site is configured: a DEMO space with a small page tree and a
/// NOTES space with enough pages that listings take several requests (and show progress).
/// </summary>
public static class DemoSandbox
{
    /// <summary>How many pages the NOTES space holds.</summary>
    public const int ReleaseNoteCount = 60;

    /// <summary>Starts a Cloud sandbox on 127.0.0.1 and seeds it.</summary>
    public static async Task<(AtlassianSandbox Sandbox, SandboxUser User)> StartAsync(CancellationToken cancellationToken)
    {
        var sandbox = await AtlassianSandbox.StartAsync(new SandboxOptions(), cancellationToken);
        var user = sandbox.CreateUser("Demo User", "demo@example.com");
        var demo = sandbox.Store.AddSpace("DEMO", "Demo space", anonymousAccess: true);
        var home = sandbox.Store.AddPage(demo, "Demo home", "<p>Welcome to the Scopewise sandbox.</p>", author: user);
        var guide = sandbox.Store.AddPage(demo, "Getting started", "<p>Every call names the scopes it needs.</p>", home, user);
        sandbox.Store.AddPage(demo, "Scopes", "<p>The build writes them to App.scopes.txt.</p>", guide, user);
        var notes = sandbox.Store.AddSpace("NOTES", "Release notes", members: [user]);
        for (var i = 1; i <= ReleaseNoteCount; i++)
        {
            sandbox.Store.AddPage(notes, $"Release 1.{i}", $"<p>Changes in 1.{i}.</p>", author: user);
        }

        return (sandbox, user);
    }
}
