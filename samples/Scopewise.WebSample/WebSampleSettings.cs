namespace Scopewise.WebSample;

/// <summary>What the sample needs: the site, the registered OAuth app, and the address the browser reaches the sample at.</summary>
/// <param name="Site">The Atlassian site (acme.atlassian.net).</param>
/// <param name="ClientId">The OAuth app's client id.</param>
/// <param name="ClientSecret">The OAuth app's client secret.</param>
/// <param name="PublicAddress">Where the browser reaches this app; the callback is <c>{PublicAddress}/callback</c> and must be registered with the app.</param>
/// <param name="Endpoints">The gateway and authorization server; Atlassian's when null (a sandbox in tests).</param>
/// <param name="Deployment">Cloud, unless the site's host does not say so (a sandbox on 127.0.0.1).</param>
public sealed record WebSampleSettings(string Site, string ClientId, string ClientSecret, Uri PublicAddress, AtlassianEndpoints? Endpoints = null, SiteDeployment? Deployment = null)
{
    /// <summary>The OAuth callback: <c>{PublicAddress}/callback</c>.</summary>
    public Uri Callback => new(PublicAddress, "/callback");

    /// <summary>Reads SCOPEWISE_SITE, SCOPEWISE_OAUTH_CLIENT_ID, SCOPEWISE_OAUTH_CLIENT_SECRET, SCOPEWISE_PUBLIC_URL and the optional SCOPEWISE_GATEWAY_URL / SCOPEWISE_AUTH_URL.</summary>
    /// <param name="getVariable">Reads a variable.</param>
    public static WebSampleSettings FromEnvironment(Func<string, string?> getVariable)
    {
        string Require(string name, string what)
            => getVariable(name) is { Length: > 0 } value ? value : throw new ArgumentException($"Set the environment variable {name}: {what}.");

        var gateway = getVariable(ScopewiseEnvironment.GatewayUrl);
        var auth = getVariable(ScopewiseEnvironment.AuthUrl);
        return new WebSampleSettings(
            Require(ScopewiseEnvironment.Site, "the Atlassian site, for example acme.atlassian.net"),
            Require(ScopewiseEnvironment.OAuthClientId, "the OAuth app's client id from the developer console"),
            Require(ScopewiseEnvironment.OAuthClientSecret, "the OAuth app's client secret"),
            new Uri(getVariable("SCOPEWISE_PUBLIC_URL") ?? "http://127.0.0.1:5000"),
            gateway is null && auth is null ? null : new AtlassianEndpoints(
                new Uri(gateway ?? AtlassianEndpoints.Default.Gateway.AbsoluteUri), new Uri(auth ?? AtlassianEndpoints.Default.AuthorizationServer.AbsoluteUri)));
    }
}
