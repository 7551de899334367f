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

    // What each call would otherwise recompute (and allocate) from the product's route: see Entry.
    private readonly Dictionary<string, Entry> _entries;
    private readonly Entry? _fallbackEntry;

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
        _entries = new Dictionary<string, Entry>(_products.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (product, route) in _products)
        {
            _entries[product] = CreateEntry(route);
        }
    }

    /// <summary>A table that sends every product to one base address with one credential (the simple constructor).</summary>
    public RouteTable(Uri baseAddress, AtlassianCredential credential)
    {
        _credential = credential;
        _endpoints = AtlassianEndpoints.Default;
        _products = new Dictionary<string, ProductRoute>(StringComparer.OrdinalIgnoreCase);
        CloudIds = new CloudIdResolver(null, _endpoints, null);
        _entries = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        _fallbackEntry = CreateEntry(ProductRoute.Custom(baseAddress, credential));
    }

    public AtlassianSite? Site => _site;

    public AtlassianCredential Credential => _credential;

    public CloudIdResolver CloudIds { get; }

    public ValueTask<ResolvedRoute> ResolveAsync(string product, CredentialContext context, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue(product, out var entry))
        {
            entry = _fallbackEntry ?? throw new ScopewiseException(
                $"Operations of product '{product}' have no base address on this connection. Add one: options.Products[\"{product}\"] = ProductRoute.Custom(new Uri(\"https://api.example.com\")), or ProductRoute.Atlassian(\"jira\") for another API of the Atlassian site.");
        }

        if (entry.Fixed is { } fixedRoute)
        {
            return new ValueTask<ResolvedRoute>(fixedRoute);
        }

        if (entry.Route.IsAtlassian && _credential.UsesGateway)
        {
            return ResolveGatewayAsync(entry, context, cancellationToken);
        }

        throw new ScopewiseException(
            $"Operations of product '{product}' go to the Atlassian site, but this connection has no Site. Set Site (acme.atlassian.net for Cloud, https://confluence.example.com/confluence for Data Center), or use a separate connection for the Atlassian APIs.");
    }

    /// <summary>The gateway route for the site's cloud id, built the first time that cloud id is seen and then reused.</summary>
    private async ValueTask<ResolvedRoute> ResolveGatewayAsync(Entry entry, CredentialContext context, CancellationToken cancellationToken)
    {
        var cloudId = await CloudIds.GetAsync(_credential, context, cancellationToken).ConfigureAwait(false);
        if (Volatile.Read(ref entry.Gateway) is { } known && string.Equals(known.CloudId, cloudId, StringComparison.Ordinal))
        {
            return known.Route;
        }

        var route = new ResolvedRoute(_endpoints.GatewayRoot(entry.Route.GatewayProduct!, cloudId), _credential, dropWikiPrefix: false, _site);
        Volatile.Write(ref entry.Gateway, new GatewayRoute(cloudId, route));
        return route;
    }

    /// <summary>
    /// Custom routes and Atlassian routes to the site never change, so they are resolved once here; gateway routes
    /// depend on the cloud id, which is looked up on first use, so they are resolved then (<see cref="ResolveGatewayAsync"/>).
    /// An Atlassian route on a connection without a site gets neither: its calls fail with what to set.
    /// </summary>
    private Entry CreateEntry(ProductRoute route)
    {
        if (!route.IsAtlassian)
        {
            return new Entry(route, new ResolvedRoute(route.BaseAddress!, route.Credential ?? AtlassianCredential.Anonymous, dropWikiPrefix: false, site: null));
        }

        if (_credential.UsesGateway || _site is null)
        {
            return new Entry(route, null);
        }

        return new Entry(route, new ResolvedRoute(_site.BaseAddress, _credential, dropWikiPrefix: _site.Deployment == SiteDeployment.DataCenter, _site));
    }

    /// <summary>One product's route and what the table keeps for it.</summary>
    private sealed class Entry(ProductRoute route, ResolvedRoute? fixedRoute)
    {
        public ProductRoute Route { get; } = route;

        /// <summary>The route every call uses, when it does not depend on anything looked up later.</summary>
        public ResolvedRoute? Fixed { get; } = fixedRoute;

        /// <summary>The last gateway route built, with the cloud id it was built for.</summary>
        public GatewayRoute? Gateway;
    }

    private sealed record GatewayRoute(string CloudId, ResolvedRoute Route);

    private void Validate(string? cloudId)
    {
        var description = _credential.Description;
        if (_site is null)
        {
            if (_credential.UsesGateway && cloudId is null)
            {
                throw new ArgumentException(
                    $"A {description} goes through api.atlassian.com and needs the site's cloud id: set Site (for example acme.atlassian.net) so it can be looked up, or set CloudId.");
            }

            // A connection that routes products of its own (a user's API) may have no Atlassian site at all; then an
            // Atlassian operation fails when it is called (ResolveAsync), not here.
            if (!_credential.UsesGateway && _products.Values.Any(p => p.IsAtlassian) && !_products.Values.Any(p => !p.IsAtlassian))
            {
                throw new ArgumentException(
                    $"Set Site to the Atlassian site (acme.atlassian.net for Cloud, https://confluence.example.com/confluence for Data Center); a {description} is sent to the site.");
            }
        }
        else
        {
            _credential.RequireUsableWith(_site);
        }

        if (_credential.Scheme is null)
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

        _credential.RequireSecureEndpoints();
    }
}
