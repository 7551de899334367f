using Scopewise;

namespace App;

/// <summary>A hand-written operation declared in the app itself.</summary>
public static class SpacesApi
{
    [ApiOperation("GET", "/wiki/rest/api/space", OperationId = "getSpaces", Product = "confluence")]
    [RequiresScopes("read:confluence-space.summary", Kind = ScopeKind.Classic)]
    [RequiresScopes("read:space:confluence", Kind = ScopeKind.Granular)]
    public static IReadOnlyList<string> GetSpaces() => new[] { "DOCS" };
}
