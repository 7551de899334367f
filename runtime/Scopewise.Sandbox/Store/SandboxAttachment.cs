namespace Scopewise.Sandbox;

/// <summary>A file attached to a page or blog post.</summary>
public sealed class SandboxAttachment
{
    internal SandboxAttachment(string id, string containerId, string fileName, string mediaType, byte[] data, string? comment, DateTimeOffset createdAt, string? authorId)
    {
        Id = id;
        ContainerId = containerId;
        FileName = fileName;
        MediaType = mediaType;
        Data = data;
        Comment = comment;
        CreatedAt = createdAt;
        AuthorId = authorId;
    }

    /// <summary>The attachment id (<c>att123</c>, as v2 writes it; v1 uses the same value).</summary>
    public string Id { get; }

    /// <summary>The content it is attached to.</summary>
    public string ContainerId { get; }

    /// <summary>The file name (the attachment's title).</summary>
    public string FileName { get; }

    /// <summary>The media type.</summary>
    public string MediaType { get; }

    /// <summary>The file's bytes.</summary>
    public byte[] Data { get; }

    /// <summary>The comment given at upload.</summary>
    public string? Comment { get; }

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The account id of the uploader.</summary>
    public string? AuthorId { get; }

    /// <summary>The file size in bytes.</summary>
    public long FileSize => Data.LongLength;

    /// <inheritdoc />
    public override string ToString() => $"attachment {Id} {FileName} ({FileSize} bytes)";
}
