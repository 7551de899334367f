using System.Text.Json.Nodes;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Handlers;

/// <summary>
/// Confluence Cloud v2 content properties of pages and blog posts: list (with <c>key</c> filter), create, get, update
/// (the next version number, else 409) and delete. Values are stored as sent.
/// </summary>
internal static class ContentPropertyHandlers
{
    public static void Register(HandlerRegistry registry)
    {
        Register(registry, SandboxContentType.Page, "page-id", "getPageContentProperties", "createPageProperty", "getPageContentPropertiesById", "updatePagePropertyById", "deletePagePropertyById");
        Register(registry, SandboxContentType.BlogPost, "blogpost-id", "getBlogpostContentProperties", "createBlogpostProperty", "getBlogpostContentPropertiesById", "updateBlogpostPropertyById", "deleteBlogpostPropertyById");
    }

    private static void Register(HandlerRegistry registry, SandboxContentType type, string idParameter, string list, string create, string get, string update, string delete)
    {
        SandboxContent Container(RequestContext c) => c.VisibleContent(c.PathValue(idParameter), type);

        registry.Add(ApiFamily.ConfluenceV2, list, c =>
        {
            var key = c.Query("key");
            var properties = c.Store.PropertiesOf(Container(c)).Where(p => key is null || p.Key == key).ToList();
            return Paging.WriteCursorPageAsync(c, properties, p => Render(p));
        });
        registry.Add(ApiFamily.ConfluenceV2, create, c => CreateAsync(c, Container(c)));
        registry.Add(ApiFamily.ConfluenceV2, get, c => c.WriteJsonAsync(Render(Find(c, Container(c)))));
        registry.Add(ApiFamily.ConfluenceV2, update, c => UpdateAsync(c, Container(c)));
        registry.Add(ApiFamily.ConfluenceV2, delete, c =>
        {
            var container = Container(c);
            c.RequireWrite(container.Space);
            c.Store.RemoveProperty(Find(c, container));
            c.Http.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
    }

    /// <summary><c>{"key":"...","value":...}</c>; 200 with the property (as Confluence answers).</summary>
    private static async Task CreateAsync(RequestContext context, SandboxContent container)
    {
        context.RequireWrite(container.Space);
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var key = RequestContext.Text(body, "key");
        var property = context.Store.AddProperty(container, key, body["value"], context.Principal.User?.AccountId)
            ?? throw new SandboxHttpError(400, $"Content {container.Id} already has a property with key '{key}'; update it instead (PUT with the next version number).");
        await context.WriteJsonAsync(Render(property)).ConfigureAwait(false);
    }

    /// <summary><c>{"key":"...","value":...,"version":{"number":2}}</c>; 200 with the property.</summary>
    private static async Task UpdateAsync(RequestContext context, SandboxContent container)
    {
        context.RequireWrite(container.Space);
        var property = Find(context, container);
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var number = body["version"]?["number"] is JsonValue n && n.TryGetValue<int>(out var parsed)
            ? parsed
            : throw new SandboxHttpError(400, $"The request body needs 'version': {{\"number\": {property.Version + 1}}}.");
        var updated = context.Store.UpdateProperty(property, RequestContext.OptionalText(body, "key") ?? property.Key, body["value"], number, context.Principal.User?.AccountId);
        await context.WriteJsonAsync(Render(updated)).ConfigureAwait(false);
    }

    private static SandboxContentProperty Find(RequestContext context, SandboxContent container)
    {
        var id = context.PathValue("property-id");
        return context.Store.FindProperty(container, id) ?? throw new SandboxHttpError(404, $"Content {container.Id} has no property with id '{id}'.");
    }

    private static JsonObject Render(SandboxContentProperty property) => new()
    {
        ["id"] = property.Id,
        ["key"] = property.Key,
        ["value"] = property.Value?.DeepClone(),
        ["version"] = new JsonObject
        {
            ["createdAt"] = Representations.Time(property.UpdatedAt),
            ["message"] = string.Empty,
            ["number"] = property.Version,
            ["minorEdit"] = false,
            ["authorId"] = property.AuthorId,
        },
    };
}
