using Scopewise.Sandbox;

namespace Scopewise.Runtime.Tests.Support;

/// <summary>Starts sandboxes and builds connection options pointed at them.</summary>
internal static class Sandboxes
{
    public static Task<AtlassianSandbox> CloudAsync(TimeProvider? time = null)
        => AtlassianSandbox.StartAsync(new SandboxOptions { TimeProvider = time ?? TimeProvider.System });

    public static Task<AtlassianSandbox> DataCenterAsync(string contextPath = "/confluence")
        => AtlassianSandbox.StartAsync(new SandboxOptions { Deployment = SandboxDeployment.DataCenter, ContextPath = contextPath });

    /// <summary>Options for the sandbox as a Cloud site (its host is 127.0.0.1, so Cloud must be said explicitly).</summary>
    public static ScopewiseOptions CloudOptions(AtlassianSandbox sandbox, AtlassianCredential credential, TimeProvider? time = null) => new()
    {
        Site = sandbox.BaseAddress.AbsoluteUri,
        Deployment = SiteDeployment.Cloud,
        Credential = credential,
        Endpoints = AtlassianEndpoints.AllAt(sandbox.GatewayBaseAddress),
        TimeProvider = time ?? TimeProvider.System,
    };

    public static ScopewiseOptions DataCenterOptions(AtlassianSandbox sandbox, AtlassianCredential credential) => new()
    {
        Site = sandbox.BaseAddress.AbsoluteUri,
        Credential = credential,
    };

    public static AtlassianOAuthApp OAuthApp(AtlassianSandbox sandbox, SandboxOAuthClient client)
        => new(client.ClientId, client.ClientSecret, sandbox.AuthorizationServerAddress);

    /// <summary>An OAuth 2.0 credential for the sandbox's <paramref name="client"/>, starting from <paramref name="tokens"/> in memory.</summary>
    public static AtlassianCredential OAuthCredential(AtlassianSandbox sandbox, SandboxOAuthClient client, SandboxOAuthTokens tokens)
        => AtlassianCredential.OAuth(OAuthApp(sandbox, client), new InMemoryTokenStore(ToTokens(tokens)));

    public static OAuthTokens ToTokens(SandboxOAuthTokens tokens)
        => new(tokens.AccessToken, tokens.RefreshToken, tokens.ExpiresAt, tokens.Scopes);

    /// <summary>The API requests (not cloud-id or token calls) whose path ends with <paramref name="pathSuffix"/>.</summary>
    public static IReadOnlyList<SandboxRequest> ApiRequests(AtlassianSandbox sandbox, string pathSuffix)
        => sandbox.Requests.Where(r => r.Path.EndsWith(pathSuffix, StringComparison.Ordinal)).ToList();

    public static int TokenRequests(AtlassianSandbox sandbox) => sandbox.Requests.Count(r => r.Path == "/oauth/token");
}
