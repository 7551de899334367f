namespace Scopewise;

/// <summary>Atlassian's shared endpoints. Replace them to point a connection at a local stand-in such as Scopewise.Sandbox.</summary>
public sealed class AtlassianEndpoints
{
    /// <summary>The real endpoints: <c>https://api.atlassian.com</c> and <c>https://auth.atlassian.com</c>.</summary>
    public static AtlassianEndpoints Default { get; } = new(new Uri("https://api.atlassian.com"), AtlassianOAuthApp.DefaultAuthorizationServer);

    /// <summary>Creates endpoint settings.</summary>
    /// <param name="gateway">The API gateway (<c>/ex/{product}/{cloudId}</c> and <c>/oauth/token/accessible-resources</c>).</param>
    /// <param name="authorizationServer">The OAuth server (<c>/authorize</c>, <c>/oauth/token</c>).</param>
    public AtlassianEndpoints(Uri gateway, Uri authorizationServer)
    {
        Gateway = Require(gateway, nameof(gateway));
        AuthorizationServer = Require(authorizationServer, nameof(authorizationServer));
    }

    /// <summary>The API gateway root.</summary>
    public Uri Gateway { get; }

    /// <summary>The OAuth authorization server root.</summary>
    public Uri AuthorizationServer { get; }

    /// <summary>Endpoints where one local server stands in for both (the sandbox does).</summary>
    /// <param name="server">The stand-in's base address.</param>
    public static AtlassianEndpoints AllAt(Uri server) => new(server, server);

    /// <summary>The gateway root of one product for one site: <c>{gateway}/ex/{product}/{cloudId}</c>.</summary>
    /// <param name="product">The gateway's product segment (<c>confluence</c>, <c>jira</c>).</param>
    /// <param name="cloudId">The site's cloud id.</param>
    public Uri GatewayRoot(string product, string cloudId)
        => UriPaths.Append(Gateway, "/ex/" + Uri.EscapeDataString(product) + "/" + Uri.EscapeDataString(cloudId));

    private static Uri Require(Uri uri, string name)
    {
        ArgumentNullException.ThrowIfNull(uri, name);
        if (!uri.IsAbsoluteUri)
        {
            throw new ArgumentException($"The {name} address must be absolute (https://...); got '{uri}'.", name);
        }

        return uri;
    }

    /// <inheritdoc />
    public override string ToString() => $"gateway {Gateway}, authorization server {AuthorizationServer}";
}
