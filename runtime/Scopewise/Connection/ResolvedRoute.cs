namespace Scopewise;

/// <summary>Where one product's calls go now: the base address, the credential, and whether Confluence's <c>/wiki</c> is dropped (Data Center).</summary>
internal sealed class ResolvedRoute(Uri baseAddress, AtlassianCredential credential, bool dropWikiPrefix, AtlassianSite? site)
{
    // Computed once: routes are kept by the route table, and every call's URI starts with this text.
    private readonly string _root = UriPaths.Root(baseAddress);

    public Uri BaseAddress { get; } = baseAddress;

    public AtlassianCredential Credential { get; } = credential;

    public bool DropWikiPrefix { get; } = dropWikiPrefix;

    /// <summary>The site, for Atlassian routes (links may name it even when calls go through the gateway).</summary>
    public AtlassianSite? Site { get; } = site;

    /// <summary>The path of the base address without a trailing slash: a context path or <c>/ex/{product}/{cloudId}</c>.</summary>
    public string BasePath => BaseAddress.AbsolutePath.TrimEnd('/');

    public Uri BuildUri(string pathAndQuery) => UriPaths.Append(_root, MapPath(pathAndQuery));

    /// <summary>The absolute URI of <paramref name="request"/>: base address, mapped path and escaped query, built as one string.</summary>
    public Uri BuildUri(ApiRequest request) => new(request.FormatUri(_root, MapPath(request.Path)), UriKind.Absolute);

    /// <summary>Confluence Cloud paths start with <c>/wiki</c>; Data Center serves the same API at the context root.</summary>
    public string MapPath(string pathAndQuery)
    {
        if (DropWikiPrefix && pathAndQuery.StartsWith("/wiki", StringComparison.Ordinal)
            && (pathAndQuery.Length == 5 || pathAndQuery[5] is '/' or '?'))
        {
            var rest = pathAndQuery[5..];
            return rest.Length == 0 || rest[0] == '?' ? "/" + rest : rest;
        }

        return pathAndQuery;
    }
}
