using System.Globalization;
using System.Text.Json.Nodes;

namespace Scopewise.Sandbox;

// Jira's everyday writes: comments, attachments, edits, transitions and assignment.
public sealed partial class SandboxStore
{
    private long _nextIssueCommentId = 10100;
    private long _nextIssueAttachmentId = 10200;

    /// <summary>Changes an issue's summary, description (an ADF document, stored as sent) and labels; a null argument leaves that field alone.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="summary">The new summary.</param>
    /// <param name="description">The new description as ADF JSON.</param>
    /// <param name="labels">The new labels (replacing the old ones).</param>
    public void EditIssue(SandboxIssue issue, string? summary = null, JsonNode? description = null, IEnumerable<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(issue);
        issue.Edit(_clock.GetUtcNow(), summary, description, setDescription: description is not null, labels);
    }

    /// <summary>Removes an issue's description.</summary>
    /// <param name="issue">The issue.</param>
    public void ClearIssueDescription(SandboxIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        issue.Edit(_clock.GetUtcNow(), description: null, setDescription: true);
    }

    /// <summary>Moves an issue to another status.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="status">The status name, for example <c>In Progress</c>.</param>
    public void SetIssueStatus(SandboxIssue issue, string status)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        issue.Edit(_clock.GetUtcNow(), status: status);
    }

    /// <summary>Assigns an issue; null unassigns it.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="assignee">The assignee.</param>
    public void AssignIssue(SandboxIssue issue, SandboxUser? assignee)
    {
        ArgumentNullException.ThrowIfNull(issue);
        issue.Assign(assignee, _clock.GetUtcNow());
    }

    /// <summary>Adds a comment (an ADF document, stored as sent) to an issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="body">The comment body as ADF JSON.</param>
    /// <param name="author">The commenter.</param>
    public SandboxIssueComment AddIssueComment(SandboxIssue issue, JsonNode body, SandboxUser? author = null)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(body);
        string id;
        lock (_gate)
        {
            id = (++_nextIssueCommentId).ToString(CultureInfo.InvariantCulture);
        }

        var comment = new SandboxIssueComment(id, issue.Id, body, author, _clock.GetUtcNow());
        issue.AddComment(comment);
        return comment;
    }

    /// <summary>Replaces a comment's body.</summary>
    /// <param name="comment">The comment.</param>
    /// <param name="body">The new body as ADF JSON.</param>
    /// <param name="author">Who changed it.</param>
    public void UpdateIssueComment(SandboxIssueComment comment, JsonNode body, SandboxUser? author = null)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(body);
        comment.Update(body, author, _clock.GetUtcNow());
    }

    /// <summary>Deletes a comment from an issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="commentId">The comment id.</param>
    /// <returns>False when the issue had no such comment.</returns>
    public bool RemoveIssueComment(SandboxIssue issue, string commentId)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return issue.RemoveComment(commentId);
    }

    /// <summary>Attaches a file to an issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="data">The bytes.</param>
    /// <param name="mediaType">The media type.</param>
    /// <param name="author">The uploader.</param>
    public SandboxIssueAttachment AddIssueAttachment(SandboxIssue issue, string fileName, byte[] data, string mediaType = "application/octet-stream", SandboxUser? author = null)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        string id;
        lock (_gate)
        {
            id = (++_nextIssueAttachmentId).ToString(CultureInfo.InvariantCulture);
        }

        var attachment = new SandboxIssueAttachment(id, issue.Id, fileName, mediaType, data, author?.AccountId, _clock.GetUtcNow());
        issue.AddAttachment(attachment);
        return attachment;
    }

    /// <summary>Finds an issue attachment by id, with the issue it is on.</summary>
    /// <param name="id">The attachment id.</param>
    public (SandboxIssue Issue, SandboxIssueAttachment Attachment)? FindIssueAttachment(string id)
    {
        foreach (var issue in Issues)
        {
            if (issue.Attachments.FirstOrDefault(a => a.Id == id) is { } attachment)
            {
                return (issue, attachment);
            }
        }

        return null;
    }

    /// <summary>Deletes an issue attachment.</summary>
    /// <param name="id">The attachment id.</param>
    /// <returns>False when there was no such attachment.</returns>
    public bool RemoveIssueAttachment(string id)
        => FindIssueAttachment(id) is { } found && found.Issue.RemoveAttachment(id);
}
