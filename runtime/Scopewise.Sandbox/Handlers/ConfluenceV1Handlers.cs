using Scopewise.Sandbox.Query;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Handlers;

/// <summary>
/// The Confluence Cloud v1 operations the sandbox implements. The v1 content and space CRUD endpoints are gone from
/// Cloud (410, see <see cref="SandboxOptions.RemovedEndpoints"/>); what remains is served from the same store as v2.
/// </summary>
internal static class ConfluenceV1Handlers
{
    public static void Register(HandlerRegistry registry)
    {
        void Add(string operationId, Func<RequestContext, Task> handler) => registry.Add(ApiFamily.ConfluenceV1, operationId, handler);

        Add("getCurrentUser", c => c.WriteJsonAsync(Representations.V1User(c.Principal.User, dataCenter: false)));
        Add("getDescendantsOfType", GetDescendantsOfType);
        Add("searchContentByCQL", c =>
        {
            var expand = c.Query("expand");
            var found = SearchQueries.Cql(c.Query("cql"), c.Store.Contents.Where(x => x.Status == "current" && x.Space.CanBeSeenBy(c.Principal)), c.Store);
            return Paging.WriteV1CursorPageAsync(c, found, x => Representations.V1Content(x, expand, c.Store.Ancestors(x)));
        });
        Add("createAttachment", ClassicContentOperations.UploadAttachmentsAsync);
        Add("createOrUpdateAttachments", ClassicContentOperations.UploadAttachmentsAsync);
        Add("downloadAttatchment", ClassicContentOperations.DownloadAttachmentAsync);
        Add("addLabelsToContent", ClassicContentOperations.AddLabelsAsync);
        Add("removeLabelFromContentUsingQueryParameter", c => ClassicContentOperations.RemoveLabelAsync(c, c.Query("name") ?? throw new SandboxHttpError(400, "Pass the label to remove as ?name=.")));
        Add("removeLabelFromContent", c => ClassicContentOperations.RemoveLabelAsync(c, c.PathValue("label")));
    }

    /// <summary><c>/content/{id}/descendant/{type}</c>: pages below a page (depth first), comments or attachments; start/limit paging.</summary>
    private static Task GetDescendantsOfType(RequestContext context)
    {
        var content = context.VisibleContent(context.PathValue("id"), SandboxContentType.Page, SandboxContentType.BlogPost);
        var expand = context.Query("expand");
        switch (context.PathValue("type"))
        {
            case "page":
                var depth = context.Query("depth") ?? "all";
                var pages = depth == "root" || depth == "1"
                    ? context.Store.Children(content, SandboxContentType.Page)
                    : context.Store.Descendants(content);
                return Paging.WriteOffsetPageAsync(context, pages, p => Representations.V1Content(p, expand, context.Store.Ancestors(p)));
            case "comment":
                return Paging.WriteOffsetPageAsync(context, context.Store.Children(content, SandboxContentType.Comment), c => Representations.V1Content(c, expand, null));
            case "attachment":
                return Paging.WriteOffsetPageAsync(context, context.Store.AttachmentsOf(content), a => Representations.V1Attachment(a));
            case var other:
                throw new SandboxHttpError(400, $"Descendant type must be page, comment or attachment; got '{other}'.");
        }
    }
}
