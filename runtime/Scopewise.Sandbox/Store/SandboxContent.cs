namespace Scopewise.Sandbox;

/// <summary>A page, blog post or comment in the sandbox store. Read its state through the properties; change it through the API or <see cref="SandboxStore"/>.</summary>
public sealed class SandboxContent
{
    private readonly List<SandboxVersion> _versions = [];
    private readonly List<string> _labels = [];

    // Handlers read versions and labels while other requests change them; one small lock per item keeps snapshots whole.
    private readonly object _gate = new();

    internal SandboxContent(string id, SandboxContentType type, SandboxSpace space, string? parentId, SandboxVersion first)
    {
        Id = id;
        Type = type;
        Space = space;
        ParentId = parentId;
        CreatedAt = first.CreatedAt;
        AuthorId = first.AuthorId;
        _versions.Add(first);
    }

    /// <summary>The content id (numeric, shared across pages, blog posts and comments, as in Confluence).</summary>
    public string Id { get; }

    /// <summary>Page, blog post or comment.</summary>
    public SandboxContentType Type { get; }

    /// <summary>The space the content lives in.</summary>
    public SandboxSpace Space { get; }

    /// <summary>The parent page of a page, or the page/blog post a comment is on; null for top-level content.</summary>
    public string? ParentId { get; }

    /// <summary>The account id of the creator.</summary>
    public string? AuthorId { get; }

    /// <summary>When the content was created.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary><c>current</c>, or <c>trashed</c> after a delete.</summary>
    public string Status { get; internal set; } = "current";

    /// <summary>The current version.</summary>
    public SandboxVersion Current
    {
        get { lock (_gate) { return _versions[^1]; } }
    }

    /// <summary>The current title.</summary>
    public string Title => Current.Title;

    /// <summary>The current body in storage format.</summary>
    public string Body => Current.Body;

    /// <summary>The current version number.</summary>
    public int Version => Current.Number;

    /// <summary>Every version, oldest first.</summary>
    public IReadOnlyList<SandboxVersion> Versions
    {
        get { lock (_gate) { return _versions.ToArray(); } }
    }

    /// <summary>The labels (global prefix).</summary>
    public IReadOnlyList<string> Labels
    {
        get { lock (_gate) { return _labels.ToArray(); } }
    }

    internal void AddVersion(SandboxVersion version)
    {
        lock (_gate)
        {
            _versions.Add(version);
        }
    }

    internal bool AddLabel(string label)
    {
        lock (_gate)
        {
            if (_labels.Contains(label, StringComparer.Ordinal))
            {
                return false;
            }

            _labels.Add(label);
            return true;
        }
    }

    internal bool RemoveLabel(string label)
    {
        lock (_gate)
        {
            return _labels.Remove(label);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Type} {Id} \"{Title}\" v{Version}";
}
