namespace Scopewise.Sandbox.Specs;

/// <summary>
/// Finds the spec operation for a method and path. Templates are grouped by method and segment count and ordered
/// most specific first, so a lookup compares a handful of precompiled segments.
/// </summary>
internal sealed class RouteTable
{
    private readonly Dictionary<(string Method, int Segments), SpecOperation[]> _buckets;

    public RouteTable(IEnumerable<SpecOperation> operations)
    {
        Operations = operations.ToList();
        _buckets = Operations
            .GroupBy(o => (o.Method, o.Route.SegmentCount))
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(o => o.Route, Comparer<PathTemplate>.Create(PathTemplate.CompareSpecificity)).ToArray());
    }

    /// <summary>Every operation, in spec order.</summary>
    public IReadOnlyList<SpecOperation> Operations { get; }

    /// <summary>Finds the operation for <paramref name="method"/> and the split, unescaped <paramref name="segments"/>.</summary>
    public RouteMatch? Match(string method, string[] segments)
    {
        if (!_buckets.TryGetValue((method, segments.Length), out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Route.TryMatch(segments, out var values))
            {
                return new RouteMatch(candidate, values);
            }
        }

        return null;
    }

    /// <summary>Whether any method is routed for the path (to tell 405 from 404).</summary>
    public bool HasPath(string[] segments)
        => _buckets.Where(b => b.Key.Segments == segments.Length).Any(b => b.Value.Any(o => o.Route.TryMatch(segments, out _)));

    /// <summary>Splits a path that the server already unescaped into segments.</summary>
    public static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A matched operation and its path parameter values.</summary>
internal sealed record RouteMatch(SpecOperation Operation, IReadOnlyDictionary<string, string> PathValues);
