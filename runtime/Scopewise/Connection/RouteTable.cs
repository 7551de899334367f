namespace Scopewise;

/// <summary>
/// Picks base address and credential per product, following the table in the README: API token and anonymous go to the
/// site, scoped tokens and OAuth to the gateway with the cloud id, Data Center credentials to the Data Center host with
/// Confluence's <c>/wiki</c> dropped. Impossible combinations fail when the connection is built.
/// </summary>
internal sealed class RouteTable
{
    private readonly AtlassianSite? _site;
    private readonly AtlassianCredential _credential;
    private readonly AtlassianEndpoints _endpoints;
    private readonly Dictionary<string, ProductRoute> _products;
    private readonly ProductRoute? _fallback;

    public RouteTable(ScopewiseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _credential = options.Credential ?? AtlassianCredential.Anonymous;
        _endpoints = options.Endpoints ?? AtlassianEndpoints.Default;
        _products = new Dictionary<string, ProductRoute>(options.Products, StringComparer.OrdinalIgnoreCase);
        if (_products.FirstOrDefault(p => p.Value is null) is { Key: { } emptyProduct })
        {
            throw new ArgumentException($"options.Products[\"{emptyProduct}\"] is null; give it ProductRoute.Custom(baseAddress) or ProductRoute.Atlassian(\"jira\"), or remove it.");
        }

        _site = string.IsNullOrWhiteSpace(options.Site) ? null : AtlassianSite.Parse(options.Site, options.Deployment);
        var cloudId = string.IsNullOrWhiteSpace(options.CloudId) ? null : options.CloudId.Trim();
        Validate(cloudId);
        CloudIds = new CloudIdResolver(_site, _endpoints, cloudId);
    }

    /// <summary>A table that sends every product to one base address with one credential (the simple constructor).</summary>
    public RouteTable(Uri baseAddress, AtlassianCredential credential)
    {
        _credential = credential;
        _endpoints = AtlassianEndpoints.Default;
        _products = new Dictionary<string, ProductRoute>(StringComparer.OrdinalIgnoreCase);
        _fallback = ProductRoute.Custom(baseAddress, credential);
        CloudIds = new CloudIdResolver(null, _endpoints, null);
    }

    public AtlassianSite? Site => _site;

    public AtlassianCredential Credential => _credential;

    public CloudIdResolver CloudIds { get; }

    public async ValueTask<ResolvedRoute> ResolveAsync(string product, CredentialContext context, CancellationToken cancellationToken)
    {
        if (!_products.TryGetValue(product, out var route))
        {
            route = _fallback ?? throw new ScopewiseException(
                $"Operations of product '{product}' have no base address on this connection. Add one: options.Products[\"{product}\"] = ProductRoute.Custom(new Uri(\"https://api.example.com\")), or ProductRoute.Atlassian(\"jira\") for another API of the Atlassian site.");
        }

        if (!route.IsAtlassian)
        {
            return new ResolvedRoute(route.BaseAddress!, route.Credential ?? AtlassianCredential.Anonymous, dropWikiPrefix: false, site: null);
        }

        if (_credential.UsesGateway)
        {
            var cloudId = await CloudIds.GetAsync(_credential, context, cancellationToken).ConfigureAwait(false);
            return new ResolvedRoute(_endpoints.GatewayRoot(route.GatewayProduct!, cloudId), _credential, dropWikiPrefix: false, _site);
        }

        var site = _site ?? throw new ScopewiseException(
            $"Operations of product '{product}' go to the Atlassian site, but this connection has no Site. Set Site (acme.atlassian.net for Cloud, https://confluence.example.com/confluence for Data Center), or use a separate connection for the Atlassian APIs.");
        return new ResolvedRoute(site.BaseAddress, _credential, dropWikiPrefix: site.Deployment == SiteDeployment.DataCenter, site);
    }

    private void Validate(string? cloudId)
    {
        var kind = _credential.Kind;
        if (_site is null)
        {
            if (_credential.UsesGateway && cloudId is null)
            {
                throw new ArgumentException(
                    $"A {Describe(kind)} goes through api.atlassian.com and needs the site's cloud id: set Site (for example acme.atlassian.net) so it can be looked up, or set CloudId.");
            }

            // A connection that routes products of its own (a user's API) may have no Atlassian site at all; then an
            // Atlassian operation fails when it is called (ResolveAsync), not here.
            if (!_credential.UsesGateway && _products.Values.Any(p => p.IsAtlassian) && !_products.Values.Any(p => !p.IsAtlassian))
            {
                throw new ArgumentException(
                    $"Set Site to the Atlassian site (acme.atlassian.net for Cloud, https://confluence.example.com/confluence for Data Center); a {Describe(kind)} is sent to the site.");
            }
        }
        else if (_site.IsCloud)
        {
            if (kind == CredentialKind.PersonalAccessToken)
            {
                throw new ArgumentException(
                    $"{_site.Host} is Atlassian Cloud, where personal access tokens do not exist. Use AtlassianCredential.ApiToken(email, token), ScopedApiToken or OAuth. If the site is Data Center, set Deployment = SiteDeployment.DataCenter.");
            }

            if (kind == CredentialKind.Password)
            {
                throw new ArgumentException(
                    $"{_site.Host} is Atlassian Cloud, where Basic auth with a password is refused. Create an API token at https://id.atlassian.com/manage-profile/security/api-tokens and use AtlassianCredential.ApiToken(email, token).");
            }
        }
        else if (kind is CredentialKind.ApiToken or CredentialKind.ScopedApiToken or CredentialKind.OAuth)
        {
            throw new ArgumentException(
                $"{_site.Host} looks like Data Center, where a {Describe(kind)} does not work; use AtlassianCredential.PersonalAccessToken(token) or Password(user, password). If it is a Cloud site on a custom domain, set Deployment = SiteDeployment.Cloud.");
        }

        if (kind == CredentialKind.Anonymous)
        {
            return;
        }

        if (_credential.UsesGateway)
        {
            TransportGuard.RequireSecureForSecrets(_endpoints.Gateway, "the API gateway");
        }
        else if (_site is not null)
        {
            TransportGuard.RequireSecureForSecrets(_site.BaseAddress, "the site");
        }

        if (_credential is OAuthCredential oauth)
        {
            TransportGuard.RequireSecureForSecrets(oauth.App.AuthorizationServer, "the OAuth authorization server");
        }
    }

    private static string Describe(CredentialKind kind) => kind switch
    {
        CredentialKind.ApiToken => "API token",
        CredentialKind.ScopedApiToken => "scoped API token",
        CredentialKind.OAuth => "OAuth 2.0 token",
        CredentialKind.PersonalAccessToken => "personal access token",
        CredentialKind.Password => "password",
        CredentialKind.FixedHeader => "fixed Authorization header",
        _ => "anonymous connection",
    };
}
