namespace Scopewise.Analyzers.Tests.Infrastructure;

/// <summary>A hand-written client shaped like the generated ones: the attributes the analyzer reads, nothing else.</summary>
internal static class TestApi
{
    public const string Source = """
        using System.Threading.Tasks;
        using Scopewise;

        namespace Api
        {
            public sealed class PagesClient
            {
                [ApiOperation("GET", "/wiki/api/v2/pages/{id}", OperationId = "getPageById", Product = "confluence")]
                [RequiresScopes("read:page:confluence", Kind = ScopeKind.Granular)]
                public Task GetPageByIdAsync(long id) => Task.CompletedTask;

                [ApiOperation("POST", "/wiki/api/v2/pages", OperationId = "createPage", Product = "confluence")]
                [RequiresScopes("write:page:confluence", Kind = ScopeKind.Granular)]
                public Task CreatePageAsync(string title) => Task.CompletedTask;

                [ApiOperation("GET", "/wiki/rest/api/content/{id}", OperationId = "getContentById", Product = "confluence")]
                [RequiresScopes("read:confluence-content.all", Kind = ScopeKind.Classic)]
                [RequiresScopes("read:content-details:confluence", "read:page:confluence", Kind = ScopeKind.Granular)]
                public Task GetContentByIdAsync(string id) => Task.CompletedTask;

                [RequiresScopes("read:space:confluence", Kind = ScopeKind.Granular)]
                public int SpaceCount => 0;

                public Task PingAsync() => Task.CompletedTask;
            }

            public sealed class Uploader
            {
                [RequiresScopes("write:attachment:confluence", Kind = ScopeKind.Granular)]
                public Uploader() { }
            }
        }
        """;
}
