using Scopewise.Sandbox;

namespace Scopewise.Demo.Infrastructure;

/// <summary>
/// Where the demo's calls go: the site the SCOPEWISE_* variables describe, or, when SCOPEWISE_SITE is not set, a
/// sandbox started in this process with a classic API token issued for its demo user.
/// </summary>
public sealed class DemoSession : IAsyncDisposable
{
    private DemoSession(ApiConnection connection, AtlassianSandbox? sandbox, SandboxUser? user)
    {
        Connection = connection;
        Sandbox = sandbox;
        SandboxUser = user;
    }

    /// <summary>The connection every client of the demo shares.</summary>
    public ApiConnection Connection { get; }

    /// <summary>The in-process sandbox, or null against a real site.</summary>
    public AtlassianSandbox? Sandbox { get; }

    /// <summary>The sandbox's demo user, or null against a real site.</summary>
    public SandboxUser? SandboxUser { get; }

    /// <summary>True when no site is configured, so the demo talks to its own sandbox.</summary>
    public static bool UsesSandbox(Func<string, string?> environment) =>
        string.IsNullOrWhiteSpace(environment(ScopewiseEnvironment.Site));

    /// <summary>Opens the session and says on <paramref name="status"/> which one it is.</summary>
    /// <exception cref="ArgumentException">A SCOPEWISE_* variable is missing or wrong; the message names it.</exception>
    public static async Task<DemoSession> OpenAsync(Func<string, string?> environment, TextWriter status, CancellationToken cancellationToken)
    {
        if (!UsesSandbox(environment))
        {
            var connection = ApiConnection.FromEnvironment(environment);
            status.WriteLine($"Using {environment(ScopewiseEnvironment.Site)!.Trim()} (from {ScopewiseEnvironment.Site}).");
            return new DemoSession(connection, null, null);
        }

        var (sandbox, user) = await DemoSandbox.StartAsync(cancellationToken);
        var token = sandbox.IssueApiToken(user);
        status.WriteLine($"{ScopewiseEnvironment.Site} is not set: running against a Scopewise sandbox started in this process at {sandbox.BaseAddress}");
        status.WriteLine("  (a local stand-in for Atlassian with demo data, not your site; see --help to use a real one)");
        var sandboxConnection = new ApiConnection(new ScopewiseOptions
        {
            Site = sandbox.BaseAddress.AbsoluteUri,
            Deployment = SiteDeployment.Cloud,
            Credential = AtlassianCredential.ApiToken(user.Email, token.Token),
        });
        return new DemoSession(sandboxConnection, sandbox, user);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Connection.Dispose();
        if (Sandbox is not null)
        {
            await Sandbox.DisposeAsync();
        }
    }
}
