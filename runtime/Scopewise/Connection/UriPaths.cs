namespace Scopewise;

/// <summary>Joins a base address (which may carry a path: a context path, a gateway prefix) with a root-relative path.</summary>
internal static class UriPaths
{
    public static Uri Append(Uri baseAddress, string pathAndQuery)
    {
        var root = baseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var tail = pathAndQuery.Length == 0 || pathAndQuery[0] == '/' ? pathAndQuery : "/" + pathAndQuery;
        return new Uri(root + tail, UriKind.Absolute);
    }

    /// <summary>Same scheme, host and port: the only place a credential may follow a redirect or a link to.</summary>
    public static bool SameOrigin(Uri a, Uri b)
        => string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
            && a.Port == b.Port;
}
