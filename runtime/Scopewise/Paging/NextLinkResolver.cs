namespace Scopewise;

/// <summary>
/// Turns a next-page link (<c>Link</c> header or <c>_links.next</c>) into a product-root path for the next request.
/// Links are resolved against the base in use (through the gateway, the gateway root), never against <c>_links.base</c>;
/// a link naming a host the connection was not configured for is refused, so credentials never follow it.
/// </summary>
internal static class NextLinkResolver
{
    public static string Resolve(string link, ResolvedRoute route, ApiOperationInfo operation)
    {
        string path;
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp))
        {
            if (UriPaths.SameOrigin(absolute, route.BaseAddress))
            {
                path = StripPrefix(absolute.PathAndQuery, route.BasePath);
            }
            else if (route.Site is not null && UriPaths.SameOrigin(absolute, route.Site.BaseAddress))
            {
                // A link naming the site while calls go through the gateway: keep its path, send it to the gateway.
                path = StripPrefix(absolute.PathAndQuery, route.Site.ContextPath);
            }
            else
            {
                throw new ScopewiseException(
                    $"The next page of {operation} is at {absolute.GetLeftPart(UriPartial.Authority)}, a host this connection is not configured for; it was not followed, so credentials stay with {route.BaseAddress.GetLeftPart(UriPartial.Authority)}.");
            }
        }
        else
        {
            path = link.StartsWith('/') ? link : "/" + link;
            path = StripPrefix(path, route.BasePath);
        }

        // Confluence v1 links are relative to _links.base (https://SITE/wiki), so they lack /wiki; v2 links carry it.
        // Adding it only when missing never produces /wiki/wiki. On Data Center the route drops it again.
        if (operation.PathTemplate.StartsWith("/wiki/", StringComparison.Ordinal) && !StartsWithSegment(path, "/wiki"))
        {
            path = "/wiki" + path;
        }

        return path;
    }

    private static string StripPrefix(string path, string prefix)
    {
        if (prefix.Length > 0 && StartsWithSegment(path, prefix))
        {
            var rest = path[prefix.Length..];
            return rest.Length == 0 || rest[0] == '?' ? "/" + rest : rest;
        }

        return path;
    }

    private static bool StartsWithSegment(string path, string prefix)
        => path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] is '/' or '?');
}
