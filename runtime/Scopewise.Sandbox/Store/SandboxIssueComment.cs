using System.Text.Json.Nodes;

namespace Scopewise.Sandbox;

/// <summary>A comment on a Jira issue; its body is the ADF document the client sent.</summary>
public sealed class SandboxIssueComment
{
    private readonly object _gate = new();
    private JsonNode _body;
    private DateTimeOffset _updatedAt;
    private SandboxUser? _updateAuthor;

    internal SandboxIssueComment(string id, string issueId, JsonNode body, SandboxUser? author, DateTimeOffset createdAt)
    {
        Id = id;
        IssueId = issueId;
        _body = body.DeepClone();
        Author = author;
        _updateAuthor = author;
        CreatedAt = createdAt;
        _updatedAt = createdAt;
    }

    /// <summary>The comment id (numeric, unique across issues).</summary>
    public string Id { get; }

    /// <summary>The id of the issue it is on.</summary>
    public string IssueId { get; }

    /// <summary>The body as sent (a copy).</summary>
    public JsonNode Body
    {
        get { lock (_gate) { return _body.DeepClone(); } }
    }

    /// <summary>The commenter.</summary>
    public SandboxUser? Author { get; }

    /// <summary>Whoever changed it last.</summary>
    public SandboxUser? UpdateAuthor
    {
        get { lock (_gate) { return _updateAuthor; } }
    }

    /// <summary>When it was added.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt
    {
        get { lock (_gate) { return _updatedAt; } }
    }

    internal void Update(JsonNode body, SandboxUser? author, DateTimeOffset now)
    {
        lock (_gate)
        {
            _body = body.DeepClone();
            _updateAuthor = author;
            _updatedAt = now;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"comment {Id} on issue {IssueId}";
}
