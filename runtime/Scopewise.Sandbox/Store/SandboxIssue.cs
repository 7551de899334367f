using System.Text.Json.Nodes;

namespace Scopewise.Sandbox;

/// <summary>A Jira issue in the sandbox store. Read its state through the properties; change it through the API or <see cref="SandboxStore"/>.</summary>
public sealed class SandboxIssue
{
    // Handlers read an issue while other requests edit it; one small lock per issue keeps each snapshot whole.
    private readonly object _gate = new();
    private readonly List<string> _labels = [];
    private readonly List<SandboxIssueComment> _comments = [];
    private readonly List<SandboxIssueAttachment> _attachments = [];
    private string _summary;
    private string _status;
    private JsonNode? _description;
    private SandboxUser? _assignee;
    private DateTimeOffset _updatedAt;

    internal SandboxIssue(string id, string key, string projectKey, string summary, string issueType, string status, DateTimeOffset createdAt)
    {
        Id = id;
        Key = key;
        ProjectKey = projectKey;
        _summary = summary;
        IssueType = issueType;
        _status = status;
        CreatedAt = createdAt;
        _updatedAt = createdAt;
    }

    /// <summary>The numeric issue id.</summary>
    public string Id { get; }

    /// <summary>The issue key, for example <c>DEMO-1</c>.</summary>
    public string Key { get; }

    /// <summary>The project key.</summary>
    public string ProjectKey { get; }

    /// <summary>The summary.</summary>
    public string Summary
    {
        get { lock (_gate) { return _summary; } }
    }

    /// <summary>The issue type name.</summary>
    public string IssueType { get; }

    /// <summary>The status name (<c>To Do</c>, <c>In Progress</c> or <c>Done</c>).</summary>
    public string Status
    {
        get { lock (_gate) { return _status; } }
    }

    /// <summary>The description as the client sent it (an ADF document), or null; a copy, so changing it changes nothing here.</summary>
    public JsonNode? Description
    {
        get { lock (_gate) { return _description?.DeepClone(); } }
    }

    /// <summary>The assignee, or null when unassigned.</summary>
    public SandboxUser? Assignee
    {
        get { lock (_gate) { return _assignee; } }
    }

    /// <summary>The labels, in the order they were set.</summary>
    public IReadOnlyList<string> Labels
    {
        get { lock (_gate) { return _labels.ToArray(); } }
    }

    /// <summary>The comments, oldest first.</summary>
    public IReadOnlyList<SandboxIssueComment> Comments
    {
        get { lock (_gate) { return _comments.ToArray(); } }
    }

    /// <summary>The attachments, oldest first.</summary>
    public IReadOnlyList<SandboxIssueAttachment> Attachments
    {
        get { lock (_gate) { return _attachments.ToArray(); } }
    }

    /// <summary>When the issue last changed.</summary>
    public DateTimeOffset UpdatedAt
    {
        get { lock (_gate) { return _updatedAt; } }
    }

    /// <summary>When the issue was created.</summary>
    public DateTimeOffset CreatedAt { get; }

    internal void Edit(DateTimeOffset now, string? summary = null, JsonNode? description = null, bool setDescription = false, IEnumerable<string>? labels = null, string? status = null)
    {
        lock (_gate)
        {
            _summary = summary ?? _summary;
            _status = status ?? _status;
            if (setDescription)
            {
                _description = description?.DeepClone();
            }

            if (labels is not null)
            {
                _labels.Clear();
                _labels.AddRange(labels.Distinct(StringComparer.Ordinal));
            }

            _updatedAt = now;
        }
    }

    internal void Assign(SandboxUser? assignee, DateTimeOffset now)
    {
        lock (_gate)
        {
            _assignee = assignee;
            _updatedAt = now;
        }
    }

    internal void AddComment(SandboxIssueComment comment)
    {
        lock (_gate)
        {
            _comments.Add(comment);
        }
    }

    internal bool RemoveComment(string id)
    {
        lock (_gate)
        {
            return _comments.RemoveAll(c => c.Id == id) > 0;
        }
    }

    internal void AddAttachment(SandboxIssueAttachment attachment)
    {
        lock (_gate)
        {
            _attachments.Add(attachment);
        }
    }

    internal bool RemoveAttachment(string id)
    {
        lock (_gate)
        {
            return _attachments.RemoveAll(a => a.Id == id) > 0;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Key} {Summary}";
}
