namespace Scopewise.Sandbox;

/// <summary>A Jira issue in the sandbox store.</summary>
public sealed class SandboxIssue
{
    internal SandboxIssue(string id, string key, string projectKey, string summary, string issueType, string status, DateTimeOffset createdAt)
    {
        Id = id;
        Key = key;
        ProjectKey = projectKey;
        Summary = summary;
        IssueType = issueType;
        Status = status;
        CreatedAt = createdAt;
    }

    /// <summary>The numeric issue id.</summary>
    public string Id { get; }

    /// <summary>The issue key, for example <c>DEMO-1</c>.</summary>
    public string Key { get; }

    /// <summary>The project key.</summary>
    public string ProjectKey { get; }

    /// <summary>The summary.</summary>
    public string Summary { get; }

    /// <summary>The issue type name.</summary>
    public string IssueType { get; }

    /// <summary>The status name.</summary>
    public string Status { get; }

    /// <summary>When the issue was created.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Key} {Summary}";
}
