using System.Net;
using System.Net.Sockets;
using Scopewise.Confluence.V2;
using Scopewise.Demo.Infrastructure;
// Confluence v2 has a model named Task; the alias keeps System.Threading.Tasks.Task the default here.

namespace Scopewise.Demo.Commands;

/// <summary>
/// `login`: the OAuth 2.0 (3LO) authorization code flow through a loopback callback (the runtime's
/// LoopbackAuthorization). Against a real site it opens the browser and saves the tokens to SCOPEWISE_OAUTH_TOKEN_STORE,
/// where later commands find them. Against the in-process sandbox the sandbox consents on the demo user's behalf, the
/// demo follows the authorize URL itself, and the new token then lists spaces through the gateway.
/// </summary>
public static class LoginCommand
{
    /// <summary>The scopes the demo's assembly declares with [GrantedScopes] (checked by the analyzer), and offline_access for a refresh token.</summary>
    public static readonly IReadOnlyList<string> DemoScopes =
    [
        .. typeof(LoginCommand).Assembly.GetCustomAttributes(typeof(GrantedScopesAttribute), inherit: false)
            .Cast<GrantedScopesAttribute>()
            .SelectMany(a => a.Scopes),
        "offline_access",
    ];

    /// <summary>Runs the flow.</summary>
    public static async Task<int> RunAsync(CommandContext context)
    {
        context.Arguments.AllowOnly("port", "scopes");
        var scopes = context.Arguments.Option("scopes")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? DemoScopes.ToArray();
        return DemoSession.UsesSandbox(context.Environment)
            ? await LoginToSandboxAsync(context, scopes)
            : await LoginToSiteAsync(context, scopes);
    }

    private static async Task<int> LoginToSiteAsync(CommandContext context, string[] scopes)
    {
        string Require(string name) => context.Environment(name) is { Length: > 0 } value
            ? value.Trim()
            : throw new ArgumentException($"`login` needs {name}: set {ScopewiseEnvironment.OAuthClientId}, {ScopewiseEnvironment.OAuthClientSecret} and {ScopewiseEnvironment.OAuthTokenStore} (see --help).");

        var authServer = context.Environment(ScopewiseEnvironment.AuthUrl) is { Length: > 0 } url ? new Uri(url.Trim()) : null;
        var app = new AtlassianOAuthApp(Require(ScopewiseEnvironment.OAuthClientId), Require(ScopewiseEnvironment.OAuthClientSecret), authServer);
        var store = new FileTokenStore(Require(ScopewiseEnvironment.OAuthTokenStore));
        var options = new LoopbackAuthorizationOptions { Port = context.Arguments.PositiveNumber("port", 13131), Output = context.Status };
        context.Status.WriteLine($"Register http://localhost:{options.Port}/callback as the app's callback URL in the Atlassian developer console.");
        var tokens = await LoopbackAuthorization.AuthorizeAsync(app, scopes, store, options, context.CancellationToken);
        context.Output.WriteLine($"Logged in. Granted: {string.Join(' ', tokens.Scopes)}. Tokens saved to {store.Path}; the other commands now use them.");
        return ExitCodes.Ok;
    }

    private static async Task<int> LoginToSandboxAsync(CommandContext context, string[] scopes)
    {
        var (sandbox, user) = await DemoSandbox.StartAsync(context.CancellationToken);
        await using (sandbox)
        {
            var port = context.Arguments.Option("port") is null ? FreeLoopbackPort() : context.Arguments.PositiveNumber("port", 0);
            var client = sandbox.RegisterOAuthClient("Scopewise demo", [$"http://localhost:{port}/callback"]);
            context.Status.WriteLine($"{ScopewiseEnvironment.Site} is not set: logging in to a Scopewise sandbox started in this process at {sandbox.BaseAddress}");
            context.Status.WriteLine($"  (it consents as {user.DisplayName}; nothing is sent to Atlassian)");

            var app = new AtlassianOAuthApp(client.ClientId, client.ClientSecret, sandbox.AuthorizationServerAddress);
            var store = new InMemoryTokenStore();
            using var browser = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            Task browsing = Task.CompletedTask;
            var options = new LoopbackAuthorizationOptions
            {
                Port = port,
                Output = context.Status,
                // The sandbox's consent page redirects to the callback at once; following it is what a browser does.
                // Not awaited here: the callback is answered only once the login flow goes on listening.
                OpenBrowser = (url, ct) =>
                {
                    browsing = FollowAsync(browser, url, ct);
                    return Task.CompletedTask;
                },
            };
            var tokens = await LoopbackAuthorization.AuthorizeAsync(app, scopes, store, options, context.CancellationToken);
            await browsing;
            context.Output.WriteLine($"Logged in to the sandbox as {user.DisplayName}. Granted: {string.Join(' ', tokens.Scopes)}.");

            using var connection = new ApiConnection(new ScopewiseOptions
            {
                Site = sandbox.BaseAddress.AbsoluteUri,
                Deployment = SiteDeployment.Cloud,
                Endpoints = AtlassianEndpoints.AllAt(sandbox.GatewayBaseAddress),
                Credential = AtlassianCredential.OAuth(app, store),
            });
            var spaces = await new ConfluenceV2Client(connection).Spaces.GetSpacesAsync(cancellationToken: context.CancellationToken);
            context.Output.WriteLine($"With the OAuth token through the gateway: {spaces.Results?.Count ?? 0} spaces visible ({string.Join(", ", spaces.Results?.Select(s => s.Key) ?? [])}).");
            return ExitCodes.Ok;
        }
    }

    private static async Task FollowAsync(HttpClient browser, Uri url, CancellationToken cancellationToken)
    {
        using var response = await browser.GetAsync(url, cancellationToken);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
