namespace Scopewise;

/// <summary>Joins a base address (which may carry a path: a context path, a gateway prefix) with a root-relative path.</summary>
internal static class UriPaths
{
    public static Uri Append(Uri baseAddress, string pathAndQuery) => Append(Root(baseAddress), pathAndQuery);

    /// <summary>Appends to a root from <see cref="Root"/>, for callers that keep the root.</summary>
    public static Uri Append(string root, string pathAndQuery)
        => new(root + (pathAndQuery.Length == 0 || pathAndQuery[0] == '/' ? pathAndQuery : "/" + pathAndQuery), UriKind.Absolute);

    /// <summary>Scheme, authority and path of <paramref name="baseAddress"/> without a trailing slash (query and fragment dropped).</summary>
    public static string Root(Uri baseAddress) => baseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/');

    /// <summary>Same scheme, host and port: the only place a credential may follow a redirect or a link to.</summary>
    public static bool SameOrigin(Uri a, Uri b)
        => string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
            && a.Port == b.Port;
}
