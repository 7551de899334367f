namespace Scopewise.Sandbox;

/// <summary>A file attached to a Jira issue.</summary>
/// <param name="Id">The attachment id (numeric).</param>
/// <param name="IssueId">The id of the issue it is attached to.</param>
/// <param name="FileName">The file name.</param>
/// <param name="MediaType">The media type given at upload.</param>
/// <param name="Data">The bytes.</param>
/// <param name="AuthorId">The uploader's account id.</param>
/// <param name="CreatedAt">When it was uploaded.</param>
public sealed record SandboxIssueAttachment(string Id, string IssueId, string FileName, string MediaType, byte[] Data, string? AuthorId, DateTimeOffset CreatedAt)
{
    /// <summary>The file size in bytes.</summary>
    public long Size => Data.LongLength;

    /// <summary>The id and name, never the content.</summary>
    public override string ToString() => $"attachment {Id} {FileName} ({Size} bytes)";
}
