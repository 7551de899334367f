using System.Globalization;
using System.Text.Json.Nodes;

namespace Scopewise.Sandbox.Handlers;

/// <summary>The JSON Jira Cloud v3 returns for issues, comments and attachments (the fields clients read, in the spec's shapes).</summary>
internal static class JiraRepresentations
{
    /// <summary>Jira's timestamps: <c>2026-11-30T12:00:00.000+0000</c>.</summary>
    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff+0000", CultureInfo.InvariantCulture);

    public static JsonObject Issue(SandboxIssue issue, string siteBase)
    {
        var comments = issue.Comments.Select(c => (JsonNode)Comment(c, issue, siteBase)).ToArray();
        return new JsonObject
        {
            ["id"] = issue.Id,
            ["key"] = issue.Key,
            ["self"] = $"{siteBase}/rest/api/3/issue/{issue.Id}",
            ["fields"] = new JsonObject
            {
                ["summary"] = issue.Summary,
                ["status"] = JiraWorkflow.StatusJson(issue.Status, siteBase),
                ["issuetype"] = new JsonObject { ["name"] = issue.IssueType },
                ["project"] = new JsonObject { ["key"] = issue.ProjectKey },
                ["created"] = Time(issue.CreatedAt),
                ["updated"] = Time(issue.UpdatedAt),
                // Stored as sent: a client reads back the very document it wrote.
                ["description"] = issue.Description,
                ["labels"] = new JsonArray(issue.Labels.Select(l => (JsonNode)JsonValue.Create(l)).ToArray()),
                ["assignee"] = issue.Assignee is { } assignee ? User(assignee, siteBase) : null,
                ["attachment"] = new JsonArray(issue.Attachments.Select(a => (JsonNode)Attachment(a, siteBase)).ToArray()),
                ["comment"] = new JsonObject { ["comments"] = new JsonArray(comments), ["maxResults"] = comments.Length, ["total"] = comments.Length, ["startAt"] = 0 },
            },
        };
    }

    /// <summary>A user as Jira nests it (<c>UserDetails</c>).</summary>
    public static JsonObject User(SandboxUser user, string siteBase) => new()
    {
        ["self"] = $"{siteBase}/rest/api/3/user?accountId={Uri.EscapeDataString(user.AccountId)}",
        ["accountId"] = user.AccountId,
        ["accountType"] = "atlassian",
        ["emailAddress"] = user.Email,
        ["displayName"] = user.DisplayName,
        ["active"] = true,
        ["timeZone"] = "Etc/UTC",
    };

    public static JsonObject Comment(SandboxIssueComment comment, SandboxIssue issue, string siteBase)
    {
        var json = new JsonObject
        {
            ["self"] = $"{siteBase}/rest/api/3/issue/{issue.Id}/comment/{comment.Id}",
            ["id"] = comment.Id,
        };
        if (comment.Author is { } author)
        {
            json["author"] = User(author, siteBase);
        }

        json["body"] = comment.Body;
        if (comment.UpdateAuthor is { } updater)
        {
            json["updateAuthor"] = User(updater, siteBase);
        }

        json["created"] = Time(comment.CreatedAt);
        json["updated"] = Time(comment.UpdatedAt);
        json["jsdPublic"] = true;
        return json;
    }

    /// <summary>An attachment as the issue's <c>attachment</c> field and the upload answer list it (<c>Attachment</c>).</summary>
    public static JsonObject Attachment(SandboxIssueAttachment attachment, string siteBase) => new()
    {
        ["self"] = $"{siteBase}/rest/api/3/attachment/{attachment.Id}",
        ["id"] = attachment.Id,
        ["filename"] = attachment.FileName,
        ["created"] = Time(attachment.CreatedAt),
        ["size"] = attachment.Size,
        ["mimeType"] = attachment.MediaType,
        ["content"] = $"{siteBase}/rest/api/3/attachment/content/{attachment.Id}",
    };

    /// <summary><c>GET /attachment/{id}</c>'s <c>AttachmentMetadata</c>: the same facts, with a numeric id.</summary>
    public static JsonObject AttachmentMetadata(SandboxIssueAttachment attachment, string siteBase) => new()
    {
        ["id"] = long.Parse(attachment.Id, CultureInfo.InvariantCulture),
        ["self"] = $"{siteBase}/rest/api/3/attachment/{attachment.Id}",
        ["filename"] = attachment.FileName,
        ["created"] = Time(attachment.CreatedAt),
        ["size"] = attachment.Size,
        ["mimeType"] = attachment.MediaType,
        ["content"] = $"{siteBase}/rest/api/3/attachment/content/{attachment.Id}",
        ["properties"] = new JsonObject(),
    };
}
