using System.Text.Json.Nodes;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Handlers;

/// <summary>Confluence Cloud v2 footer comments beyond create and per-page listing: list all, get, update (versioned) and delete.</summary>
internal static class ConfluenceFooterCommentHandlers
{
    public static void Register(HandlerRegistry registry)
    {
        void Add(string operationId, Func<RequestContext, Task> handler) => registry.Add(ApiFamily.ConfluenceV2, operationId, handler);

        Add("getFooterComments", c =>
        {
            var comments = c.Store.Contents.Where(x => x.Type == SandboxContentType.Comment && x.Status == "current" && x.Space.CanBeSeenBy(c.Principal)).ToList();
            var bodyFormat = c.Query("body-format");
            return Paging.WriteCursorPageAsync(c, comments, x => Render(c, x, bodyFormat));
        });
        Add("getFooterCommentById", c => c.WriteJsonAsync(Render(c, Find(c), c.Query("body-format"))));
        Add("updateFooterComment", UpdateAsync);
        Add("deleteFooterComment", c =>
        {
            var comment = Find(c);
            c.RequireWrite(comment.Space);
            c.Store.Trash(comment);
            c.Http.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
    }

    /// <summary><c>{"version":{"number":2},"body":{"representation":"storage","value":"..."}}</c>; 200 with the comment.</summary>
    private static async Task UpdateAsync(RequestContext context)
    {
        var comment = Find(context);
        context.RequireWrite(comment.Space);
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var version = body["version"] as JsonObject ?? throw new SandboxHttpError(400, $"The request body needs 'version': {{\"number\": {comment.Version + 1}}}.");
        var number = version["number"] is JsonValue n && n.TryGetValue<int>(out var parsed) ? parsed : throw new SandboxHttpError(400, "'version.number' must be an integer.");
        context.Store.Update(comment, number, comment.Title, ConfluenceV2Handlers.StorageBody(body), context.Principal.User?.AccountId, RequestContext.OptionalText(version, "message"));
        await context.WriteJsonAsync(Render(context, comment, "storage")).ConfigureAwait(false);
    }

    private static SandboxContent Find(RequestContext context) => context.VisibleContent(context.PathValue("comment-id"), SandboxContentType.Comment);

    /// <summary>A comment names its container as <c>pageId</c> or <c>blogPostId</c>.</summary>
    private static JsonObject Render(RequestContext context, SandboxContent comment, string? bodyFormat)
    {
        var json = Representations.V2Content(comment, bodyFormat);
        if (comment.ParentId is { } parentId && context.Store.FindContent(parentId) is { Type: SandboxContentType.BlogPost })
        {
            json.Remove("pageId");
            json["blogPostId"] = parentId;
        }

        return json;
    }
}
