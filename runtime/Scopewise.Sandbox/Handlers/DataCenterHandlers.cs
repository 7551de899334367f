using System.Text.Json.Nodes;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Handlers;

/// <summary>The Confluence Data Center operations the sandbox implements: the classic content, space, attachment and label API.</summary>
internal static class DataCenterHandlers
{
    public static void Register(HandlerRegistry registry)
    {
        void Add(string operationId, Func<RequestContext, Task> handler) => registry.Add(ApiFamily.ConfluenceDataCenter, operationId, handler);

        Add("getCurrent", c => c.WriteJsonAsync(Representations.V1User(c.Principal.User, dataCenter: true)));
        Add("getContent", GetContent);
        Add("getContentById", c =>
        {
            var content = c.VisibleContent(c.PathValue("id"), SandboxContentType.Page, SandboxContentType.BlogPost, SandboxContentType.Comment);
            return c.WriteJsonAsync(Representations.V1Content(content, c.Query("expand"), c.Store.Ancestors(content)));
        });
        Add("createContent", CreateContent);
        Add("delete_3", c =>
        {
            var content = c.VisibleContent(c.PathValue("id"), SandboxContentType.Page, SandboxContentType.BlogPost, SandboxContentType.Comment);
            c.RequireWrite(content.Space);
            c.Store.Trash(content);
            c.Http.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        Add("spaces", c =>
        {
            var keys = c.Http.Request.Query["spaceKey"].Where(k => k is not null).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var spaces = c.Store.Spaces.Where(s => s.CanBeSeenBy(c.Principal) && (keys.Count == 0 || keys.Contains(s.Key))).ToList();
            return Paging.WriteOffsetPageAsync(c, spaces, s => Representations.V1Space(s));
        });
        Add("space", c => c.WriteJsonAsync(Representations.V1Space(c.VisibleSpace(c.PathValue("spaceKey")))));
        Add("getAttachments", ClassicContentOperations.ListAttachmentsAsync);
        Add("createAttachments", ClassicContentOperations.UploadAttachmentsAsync);
        Add("labels", ClassicContentOperations.ListLabelsAsync);
        Add("addLabels", ClassicContentOperations.AddLabelsAsync);
        Add("deleteLabelWithQueryParam", c => ClassicContentOperations.RemoveLabelAsync(c, c.Query("name") ?? throw new SandboxHttpError(400, "Pass the label to remove as ?name=.")));
    }

    private static Task GetContent(RequestContext context)
    {
        var type = (context.Query("type") ?? "page") switch
        {
            "page" => SandboxContentType.Page,
            "blogpost" => SandboxContentType.BlogPost,
            var other => throw new SandboxHttpError(400, $"type must be page or blogpost; got '{other}'."),
        };
        var spaceKey = context.Query("spaceKey");
        var space = spaceKey is null ? null : context.VisibleSpace(spaceKey);
        var title = context.Query("title");
        var status = context.Query("status") ?? "current";
        var items = context.Store.Contents
            .Where(c => c.Type == type && c.Status == status && c.Space.CanBeSeenBy(context.Principal))
            .Where(c => space is null || c.Space == space)
            .Where(c => title is null || c.Title == title)
            .ToList();
        var expand = context.Query("expand");
        return Paging.WriteOffsetPageAsync(context, items, c => Representations.V1Content(c, expand, context.Store.Ancestors(c)));
    }

    /// <summary><c>{"type":"page","title":"..","space":{"key":".."},"ancestors":[{"id":".."}],"body":{"storage":{"value":"..","representation":"storage"}}}</c>.</summary>
    private static async Task CreateContent(RequestContext context)
    {
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var spaceKey = RequestContext.OptionalText(body["space"], "key") ?? throw new SandboxHttpError(400, "The request body needs space.key.");
        var space = context.VisibleSpace(spaceKey);
        context.RequireWrite(space);
        var title = RequestContext.Text(body, "title");
        var storage = RequestContext.OptionalText(body["body"]?["storage"], "value") ?? string.Empty;
        var author = context.Principal.User;
        SandboxContent created = (RequestContext.OptionalText(body, "type") ?? "page") switch
        {
            "page" => context.Store.AddPage(space, title, storage, ParentOf(context, body), author),
            "blogpost" => context.Store.AddBlogPost(space, title, storage, author),
            var other => throw new SandboxHttpError(400, $"The sandbox creates type page or blogpost; got '{other}'."),
        };
        await context.WriteJsonAsync(Representations.V1Content(created, "body.storage,ancestors", context.Store.Ancestors(created))).ConfigureAwait(false);
    }

    private static SandboxContent? ParentOf(RequestContext context, JsonObject body)
    {
        if (body["ancestors"] is not JsonArray ancestors || ancestors.Count == 0)
        {
            return null;
        }

        var id = RequestContext.OptionalText(ancestors[^1], "id") ?? throw new SandboxHttpError(400, "ancestors[].id must be a string.");
        return context.VisibleContent(id, SandboxContentType.Page);
    }
}
