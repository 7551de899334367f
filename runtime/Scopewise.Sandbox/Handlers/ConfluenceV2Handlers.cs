using System.Globalization;
using System.Text.Json.Nodes;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Handlers;

/// <summary>The Confluence Cloud v2 operations the sandbox implements (spaces, pages, blog posts, footer comments, labels, attachments).</summary>
internal static class ConfluenceV2Handlers
{
    public static void Register(HandlerRegistry registry)
    {
        void Add(string operationId, Func<RequestContext, Task> handler) => registry.Add(ApiFamily.ConfluenceV2, operationId, handler);

        Add("getSpaces", GetSpaces);
        Add("createSpace", CreateSpace);
        Add("getSpaceById", c => c.WriteJsonAsync(Representations.V2Space(c.VisibleSpace(c.PathValue("id")))));
        Add("getPages", c => ListContent(c, SandboxContentType.Page, SpaceFilter(c, c.Query("space-id"))));
        Add("getPagesInSpace", c => ListContent(c, SandboxContentType.Page, [c.VisibleSpace(c.PathValue("id"))]));
        Add("getPageById", c => c.WriteJsonAsync(Representations.V2Content(c.VisibleContent(c.PathValue("id"), SandboxContentType.Page), c.Query("body-format"))));
        Add("createPage", c => CreateAsync(c, SandboxContentType.Page));
        Add("updatePage", c => UpdateAsync(c, SandboxContentType.Page));
        Add("deletePage", c => DeleteAsync(c, SandboxContentType.Page));
        Add("getChildPages", GetChildPages);
        Add("getPageAncestors", GetPageAncestors);
        Add("getPageVersions", c => ListVersions(c, SandboxContentType.Page));
        Add("getBlogPosts", c => ListContent(c, SandboxContentType.BlogPost, SpaceFilter(c, c.Query("space-id"))));
        Add("getBlogPostsInSpace", c => ListContent(c, SandboxContentType.BlogPost, [c.VisibleSpace(c.PathValue("id"))]));
        Add("getBlogPostById", c => c.WriteJsonAsync(Representations.V2Content(c.VisibleContent(c.PathValue("id"), SandboxContentType.BlogPost), c.Query("body-format"))));
        Add("createBlogPost", c => CreateAsync(c, SandboxContentType.BlogPost));
        Add("updateBlogPost", c => UpdateAsync(c, SandboxContentType.BlogPost));
        Add("deleteBlogPost", c => DeleteAsync(c, SandboxContentType.BlogPost));
        Add("getBlogPostVersions", c => ListVersions(c, SandboxContentType.BlogPost));
        Add("getPageFooterComments", c => ListComments(c, SandboxContentType.Page));
        Add("getBlogPostFooterComments", c => ListComments(c, SandboxContentType.BlogPost));
        Add("createFooterComment", CreateFooterComment);
        Add("getPageLabels", c => ListLabels(c, SandboxContentType.Page));
        Add("getBlogPostLabels", c => ListLabels(c, SandboxContentType.BlogPost));
        Add("getPageAttachments", c => ListAttachments(c, SandboxContentType.Page));
        Add("getBlogpostAttachments", c => ListAttachments(c, SandboxContentType.BlogPost));
        Add("getAttachmentById", GetAttachmentById);
    }

    private static Task GetSpaces(RequestContext context)
    {
        var ids = Multi(context, "ids");
        var keys = Multi(context, "keys");
        var spaces = context.Store.Spaces
            .Where(s => s.CanBeSeenBy(context.Principal))
            .Where(s => ids.Count == 0 || ids.Contains(Representations.Id(s.Id)))
            .Where(s => keys.Count == 0 || keys.Contains(s.Key))
            .ToList();
        return Paging.WriteCursorPageAsync(context, spaces, s => Representations.V2Space(s));
    }

    /// <summary><c>{"key":"DOCS","name":"Docs"}</c>; 201 with the space. The sandbox's spaces are open to every user.</summary>
    private static async Task CreateSpace(RequestContext context)
    {
        context.RequireUser();
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var key = RequestContext.Text(body, "key");
        SandboxSpace space;
        try
        {
            space = context.Store.AddSpace(key, RequestContext.OptionalText(body, "name") ?? key);
        }
        catch (ArgumentException exception)
        {
            throw new SandboxHttpError(400, exception.Message);
        }

        await context.WriteJsonAsync(Representations.V2Space(space), 201).ConfigureAwait(false);
    }

    private static IReadOnlyList<SandboxSpace>? SpaceFilter(RequestContext context, string? spaceIds)
        => spaceIds is null ? null : spaceIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => context.VisibleSpace(id)).ToList();

    private static Task ListContent(RequestContext context, SandboxContentType type, IReadOnlyList<SandboxSpace>? spaces)
    {
        var status = context.Query("status") ?? "current";
        var title = context.Query("title");
        var items = context.Store.Contents
            .Where(c => c.Type == type && c.Status == status && c.Space.CanBeSeenBy(context.Principal))
            .Where(c => spaces is null || spaces.Contains(c.Space))
            .Where(c => title is null || c.Title == title)
            .ToList();
        var bodyFormat = context.Query("body-format");
        return Paging.WriteCursorPageAsync(context, items, c => Representations.V2Content(c, bodyFormat));
    }

    private static async Task CreateAsync(RequestContext context, SandboxContentType type)
    {
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var space = context.VisibleSpace(Identifier(body, "spaceId") ?? throw new SandboxHttpError(400, "The request body needs 'spaceId'."));
        context.RequireWrite(space);
        var title = RequestContext.Text(body, "title");
        var storage = StorageBody(body);
        var author = context.Principal.User;
        SandboxContent created;
        if (type == SandboxContentType.Page)
        {
            var parentId = Identifier(body, "parentId");
            var parent = parentId is null ? null : context.VisibleContent(parentId, SandboxContentType.Page);
            if (parent is not null && parent.Space != space)
            {
                throw new SandboxHttpError(400, $"The parent page {parent.Id} is in space {parent.Space.Key}, not in space {space.Key}.");
            }

            created = context.Store.AddPage(space, title, storage, parent, author);
        }
        else
        {
            created = context.Store.AddBlogPost(space, title, storage, author);
        }

        await context.WriteJsonAsync(Representations.V2Content(created, "storage")).ConfigureAwait(false);
    }

    private static async Task UpdateAsync(RequestContext context, SandboxContentType type)
    {
        var content = context.VisibleContent(context.PathValue("id"), type);
        context.RequireWrite(content.Space);
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        if (Identifier(body, "id") is { } bodyId && bodyId != content.Id)
        {
            throw new SandboxHttpError(400, $"The id in the body ({bodyId}) differs from the id in the path ({content.Id}).");
        }

        var version = body["version"] as JsonObject ?? throw new SandboxHttpError(400, $"The request body needs 'version': {{\"number\": {content.Version + 1}}}.");
        var number = version["number"] is JsonValue n && n.TryGetValue<int>(out var parsed) ? parsed : throw new SandboxHttpError(400, "'version.number' must be an integer.");
        context.Store.Update(content, number, RequestContext.Text(body, "title"), StorageBody(body), context.Principal.User?.AccountId, RequestContext.OptionalText(version, "message"));
        await context.WriteJsonAsync(Representations.V2Content(content, "storage")).ConfigureAwait(false);
    }

    private static Task DeleteAsync(RequestContext context, SandboxContentType type)
    {
        var content = context.VisibleContent(context.PathValue("id"), type);
        context.RequireWrite(content.Space);
        context.Store.Trash(content);
        context.Http.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    private static Task GetChildPages(RequestContext context)
    {
        var page = context.VisibleContent(context.PathValue("id"), SandboxContentType.Page);
        return Paging.WriteCursorPageAsync(context, context.Store.Children(page, SandboxContentType.Page), c => new JsonObject
        {
            ["id"] = c.Id,
            ["status"] = c.Status,
            ["title"] = c.Title,
            ["spaceId"] = Representations.Id(c.Space.Id),
            ["childPosition"] = null,
        });
    }

    private static Task GetPageAncestors(RequestContext context)
    {
        var page = context.VisibleContent(context.PathValue("id"), SandboxContentType.Page);
        var ancestors = context.Store.Ancestors(page).Select(a => (JsonNode)new JsonObject { ["id"] = a.Id, ["type"] = "page" }).ToArray();
        return context.WriteJsonAsync(new JsonObject { ["results"] = new JsonArray(ancestors), ["_links"] = new JsonObject { ["base"] = context.SiteBase + "/wiki" } });
    }

    private static Task ListVersions(RequestContext context, SandboxContentType type)
    {
        var content = context.VisibleContent(context.PathValue("id"), type);
        var versions = content.Versions.Reverse().ToList();
        return Paging.WriteCursorPageAsync(context, versions, v => Representations.V2Version(v));
    }

    private static Task ListComments(RequestContext context, SandboxContentType containerType)
    {
        var container = context.VisibleContent(context.PathValue("id"), containerType);
        var bodyFormat = context.Query("body-format");
        return Paging.WriteCursorPageAsync(context, context.Store.Children(container, SandboxContentType.Comment), c =>
        {
            var json = Representations.V2Content(c, bodyFormat);
            if (containerType == SandboxContentType.BlogPost)
            {
                json.Remove("pageId");
                json["blogPostId"] = container.Id;
            }

            return json;
        });
    }

    private static async Task CreateFooterComment(RequestContext context)
    {
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var containerId = Identifier(body, "pageId") ?? Identifier(body, "blogPostId")
            ?? throw new SandboxHttpError(400, "The request body needs 'pageId' or 'blogPostId' (replies to comments are not supported by the sandbox).");
        var container = context.VisibleContent(containerId, SandboxContentType.Page, SandboxContentType.BlogPost);
        context.RequireWrite(container.Space);
        var comment = context.Store.AddComment(container, StorageBody(body), context.Principal.User);
        await context.WriteJsonAsync(Representations.V2Content(comment, "storage"), 201).ConfigureAwait(false);
    }

    private static Task ListLabels(RequestContext context, SandboxContentType type)
    {
        var content = context.VisibleContent(context.PathValue("id"), type);
        return Paging.WriteCursorPageAsync(context, content.Labels, l => Representations.V2Label(l));
    }

    private static Task ListAttachments(RequestContext context, SandboxContentType type)
    {
        var container = context.VisibleContent(context.PathValue("id"), type);
        return Paging.WriteCursorPageAsync(context, context.Store.AttachmentsOf(container), a => Representations.V2Attachment(a, container));
    }

    private static Task GetAttachmentById(RequestContext context)
    {
        var id = context.PathValue("id");
        var attachment = context.Store.FindAttachment(id) ?? throw new SandboxHttpError(404, $"No attachment with id '{id}'.");
        var container = context.VisibleContent(attachment.ContainerId, SandboxContentType.Page, SandboxContentType.BlogPost);
        return context.WriteJsonAsync(Representations.V2Attachment(attachment, container));
    }

    /// <summary>The storage-format body of a create or update request (<c>body.representation</c> must be <c>storage</c>).</summary>
    internal static string StorageBody(JsonObject body)
    {
        if (body["body"] is not JsonObject content)
        {
            return string.Empty;
        }

        var representation = RequestContext.OptionalText(content, "representation") ?? "storage";
        if (representation != "storage")
        {
            throw new SandboxHttpError(400, $"The sandbox stores bodies in storage format only; send body.representation \"storage\", not \"{representation}\".");
        }

        return RequestContext.OptionalText(content, "value") ?? string.Empty;
    }

    /// <summary>An id given as a JSON string or number.</summary>
    internal static string? Identifier(JsonObject body, string name) => body[name] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when value.TryGetValue<long>(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static HashSet<string> Multi(RequestContext context, string name)
        => context.Http.Request.Query[name].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
}
