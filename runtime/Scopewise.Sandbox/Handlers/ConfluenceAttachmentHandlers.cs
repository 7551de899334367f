using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Handlers;

/// <summary>Confluence Cloud v2 attachment removal (upload is v1's, listing and metadata v2's, download v1's).</summary>
internal static class ConfluenceAttachmentHandlers
{
    public static void Register(HandlerRegistry registry)
        => registry.Add(ApiFamily.ConfluenceV2, "deleteAttachment", c =>
        {
            var id = c.PathValue("id");
            var attachment = c.Store.FindAttachment(id) ?? throw new SandboxHttpError(404, $"No attachment with id '{id}'.");
            var container = c.VisibleContent(attachment.ContainerId, SandboxContentType.Page, SandboxContentType.BlogPost);
            c.RequireWrite(container.Space);
            c.Store.RemoveAttachment(attachment);
            c.Http.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
}
