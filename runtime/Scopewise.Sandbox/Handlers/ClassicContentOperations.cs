using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Scopewise.Sandbox.Handlers;

/// <summary>The classic REST operations that Confluence Cloud v1 and Data Center share (attachments, labels, current user).</summary>
internal static class ClassicContentOperations
{
    /// <summary>Multipart attachment upload, behind Atlassian's <see cref="XsrfCheck"/>.</summary>
    public static async Task UploadAttachmentsAsync(RequestContext context)
    {
        if (await XsrfCheck.RejectedAsync(context).ConfigureAwait(false))
        {
            return;
        }

        var container = context.VisibleContent(context.PathValue("id"), SandboxContentType.Page, SandboxContentType.BlogPost);
        context.RequireWrite(container.Space);
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

        var comments = form["comment"];
        var created = new List<JsonNode>();
        for (var i = 0; i < files.Count; i++)
        {
            using var buffer = new MemoryStream();
            await files[i].CopyToAsync(buffer, context.Http.RequestAborted).ConfigureAwait(false);
            var attachment = context.Store.AddAttachment(container, files[i].FileName, buffer.ToArray(), files[i].ContentType ?? "application/octet-stream", i < comments.Count ? comments[i] : null, context.Principal.User);
            created.Add(Representations.V1Attachment(attachment));
        }

        await context.WriteJsonAsync(new JsonObject
        {
            ["results"] = new JsonArray(created.ToArray()),
            ["start"] = 0,
            ["limit"] = created.Count,
            ["size"] = created.Count,
            ["_links"] = new JsonObject { ["base"] = context.WikiBase, ["context"] = context.WikiContext },
        }).ConfigureAwait(false);
    }

    public static Task ListAttachmentsAsync(RequestContext context)
    {
        var container = context.VisibleContent(context.PathValue("id"), SandboxContentType.Page, SandboxContentType.BlogPost);
        var fileName = context.Query("filename");
        var items = context.Store.AttachmentsOf(container).Where(a => fileName is null || a.FileName == fileName).ToList();
        return Paging.WriteOffsetPageAsync(context, items, a => Representations.V1Attachment(a), defaultLimit: 50);
    }

    public static async Task DownloadAttachmentAsync(RequestContext context)
    {
        var container = context.VisibleContent(context.PathValue("id"), SandboxContentType.Page, SandboxContentType.BlogPost);
        var attachmentId = context.PathValue("attachmentId");
        var attachment = context.Store.FindAttachment(attachmentId);
        if (attachment is null || attachment.ContainerId != container.Id)
        {
            throw new SandboxHttpError(404, $"No attachment '{attachmentId}' on content {container.Id}.");
        }

        context.Http.Response.StatusCode = 200;
        context.Http.Response.ContentType = attachment.MediaType;
        context.Http.Response.ContentLength = attachment.FileSize;
        await context.Http.Response.Body.WriteAsync(attachment.Data, context.Http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Adds labels: the body is an array of <c>{"prefix":"global","name":"..."}</c> (or one such object).</summary>
    public static async Task AddLabelsAsync(RequestContext context)
    {
        var content = context.VisibleContent(context.PathValue("id"), SandboxContentType.Page, SandboxContentType.BlogPost);
        context.RequireWrite(content.Space);
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Http.Request.Body, cancellationToken: context.Http.RequestAborted).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new SandboxHttpError(400, "The request body is not valid JSON: " + exception.Message);
        }

        var entries = body switch
        {
            JsonArray array => array.ToList(),
            JsonObject single => [single],
            _ => throw new SandboxHttpError(400, "Send an array of labels: [{\"prefix\":\"global\",\"name\":\"my-label\"}]."),
        };
        foreach (var entry in entries)
        {
            var name = RequestContext.OptionalText(entry, "name") ?? throw new SandboxHttpError(400, "Each label needs a 'name'.");
            try
            {
                context.Store.AddLabel(content, name);
            }
            catch (ArgumentException exception)
            {
                throw new SandboxHttpError(400, exception.Message);
            }
        }

        await WriteLabelsAsync(context, content).ConfigureAwait(false);
    }

    public static Task RemoveLabelAsync(RequestContext context, string label)
    {
        var content = context.VisibleContent(context.PathValue("id"), SandboxContentType.Page, SandboxContentType.BlogPost);
        context.RequireWrite(content.Space);
        if (!context.Store.RemoveLabel(content, label))
        {
            throw new SandboxHttpError(404, $"Content {content.Id} has no label '{label}'.");
        }

        context.Http.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    public static Task ListLabelsAsync(RequestContext context)
    {
        var content = context.VisibleContent(context.PathValue("id"), SandboxContentType.Page, SandboxContentType.BlogPost);
        return Paging.WriteOffsetPageAsync(context, content.Labels, l => Representations.V1Label(l), defaultLimit: 200);
    }

    private static Task WriteLabelsAsync(RequestContext context, SandboxContent content)
    {
        var labels = content.Labels.Select(l => (JsonNode)Representations.V1Label(l)).ToArray();
        return context.WriteJsonAsync(new JsonObject
        {
            ["results"] = new JsonArray(labels),
            ["start"] = 0,
            ["limit"] = labels.Length,
            ["size"] = labels.Length,
        });
    }
}
