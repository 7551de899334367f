using System.Text.Json.Nodes;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Handlers;

/// <summary>
/// Jira Cloud v3 attachments: multipart upload (behind <see cref="XsrfCheck"/>), metadata, download and delete. The
/// issue lists its attachments in <c>fields.attachment</c>. Jira's download answers 303 to its media store unless
/// <c>redirect=false</c>; the sandbox serves the bytes itself either way.
/// </summary>
internal static class JiraAttachmentHandlers
{
    public static void Register(HandlerRegistry registry)
    {
        void Add(string operationId, Func<RequestContext, Task> handler) => registry.Add(ApiFamily.JiraV3, operationId, handler);

        Add("addAttachment", UploadAsync);
        Add("getAttachment", c =>
        {
            c.RequireUser();
            return c.WriteJsonAsync(JiraRepresentations.AttachmentMetadata(Find(c).Attachment, c.SiteBase));
        });
        Add("getAttachmentContent", DownloadAsync);
        Add("removeAttachment", c =>
        {
            c.RequireUser();
            c.Store.RemoveIssueAttachment(Find(c).Attachment.Id);
            c.Http.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
    }

    /// <summary>One or more <c>file</c> parts; 200 with the new attachments.</summary>
    private static async Task UploadAsync(RequestContext context)
    {
        if (await XsrfCheck.RejectedAsync(context).ConfigureAwait(false))
        {
            return;
        }

        var user = context.RequireUser();
        var issue = JiraIssueWriteHandlers.FindIssue(context);
        if (!context.Http.Request.HasFormContentType)
        {
            throw new SandboxHttpError(415, "Upload attachments as multipart/form-data with one or more 'file' parts.");
        }

        var form = await context.Http.Request.ReadFormAsync(context.Http.RequestAborted).ConfigureAwait(false);
        var files = form.Files.GetFiles("file");
        if (files.Count == 0)
        {
            throw new SandboxHttpError(400, "The multipart body has no 'file' part.");
        }

        var created = new List<JsonNode>();
        foreach (var file in files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, context.Http.RequestAborted).ConfigureAwait(false);
            var attachment = context.Store.AddIssueAttachment(issue, file.FileName, buffer.ToArray(), string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType, user);
            var json = JiraRepresentations.Attachment(attachment, context.SiteBase);
            json["author"] = JiraRepresentations.User(user, context.SiteBase);
            created.Add(json);
        }

        await context.WriteJsonAsync(new JsonArray(created.ToArray())).ConfigureAwait(false);
    }

    private static async Task DownloadAsync(RequestContext context)
    {
        context.RequireUser();
        var attachment = Find(context).Attachment;
        context.Http.Response.StatusCode = 200;
        context.Http.Response.ContentType = attachment.MediaType;
        context.Http.Response.ContentLength = attachment.Size;
        await context.Http.Response.Body.WriteAsync(attachment.Data, context.Http.RequestAborted).ConfigureAwait(false);
    }

    private static (SandboxIssue Issue, SandboxIssueAttachment Attachment) Find(RequestContext context)
    {
        var id = context.PathValue("id");
        return context.Store.FindIssueAttachment(id) ?? throw new SandboxHttpError(404, $"The attachment with id '{id}' does not exist.");
    }
}
