using Scopewise;

namespace Lib;

/// <summary>Hand-written operations shaped like generated ones: [ApiOperation] plus one [RequiresScopes] per alternative.</summary>
public sealed class PagesApi
{
    [ApiOperation("GET", "/wiki/api/v2/pages/{id}", OperationId = "getPageById", Product = "confluence")]
    [RequiresScopes("read:page:confluence", Kind = ScopeKind.Granular)]
    public Task<string> GetPageByIdAsync(long id) => Task.FromResult("page " + id);

    [ApiOperation("GET", "/wiki/rest/api/content/{id}/label", OperationId = "getLabelsForContent", Product = "confluence")]
    [RequiresScopes("read:confluence-content.summary", Kind = ScopeKind.Classic)]
    [RequiresScopes("read:label:confluence", Kind = ScopeKind.Granular)]
    public Task<string[]> GetLabelsAsync(string id) => Task.FromResult(new[] { "label-" + id });

    [ApiOperation("DELETE", "/wiki/api/v2/pages/{id}", OperationId = "deletePage", Product = "confluence")]
    [RequiresScopes("delete:page:confluence", Kind = ScopeKind.Granular)]
    public Task DeletePageAsync(long id) => Task.CompletedTask;

    [ApiOperation("GET", "/wiki/rest/api/content/{id}/property", OperationId = "getContentProperties", Product = "confluence")]
    [RequiresScopes("read:confluence-props", Kind = ScopeKind.Classic)]
    [RequiresScopes("read:content.property:confluence", Kind = ScopeKind.Granular)]
    [RequiresScopes("read:page:confluence", Kind = ScopeKind.Granular)]
    public Task<string> GetContentPropertiesAsync(string id) => Task.FromResult("{}");

    [ApiOperation("PUT", "/wiki/api/v2/spaces/{id}", OperationId = "updateSpace", Product = "confluence")]
    [RequiresScopes("write:space:confluence", Kind = ScopeKind.Granular)]
    public Task UpdateSpaceAsync(long id) => Task.CompletedTask;
}
