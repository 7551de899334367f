using Scopewise.Sandbox;

namespace Scopewise.Demo.Infrastructure;

/// <summary>
/// The in-process sandbox the demo runs against when no site is configured, seeded with the sandbox's own demo data
/// (<see cref="SandboxOptions.SeedDemoData"/>): a DEMO space with a small page tree and a NOTES space with enough pages
/// that listings take several requests (and show progress).
/// </summary>
public static class DemoSandbox
{
    /// <summary>How many pages the NOTES space holds.</summary>
    public const int ReleaseNoteCount = DemoData.ReleaseNoteCount;

    /// <summary>Starts a Cloud sandbox on 127.0.0.1 with the demo data.</summary>
    public static async Task<(AtlassianSandbox Sandbox, SandboxUser User)> StartAsync(CancellationToken cancellationToken)
    {
        var sandbox = await AtlassianSandbox.StartAsync(new SandboxOptions { SeedDemoData = true }, cancellationToken);
        return (sandbox, sandbox.DemoUser!);
    }
}
