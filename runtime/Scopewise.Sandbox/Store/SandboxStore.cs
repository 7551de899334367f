namespace Scopewise.Sandbox;

/// <summary>
/// The sandbox's in-memory Confluence and Jira data, shared by the v1, v2 and Data Center routes: a page created
/// through v2 is visible through v1. Seed it from tests; every member is thread-safe.
/// </summary>
public sealed partial class SandboxStore
{
    private readonly object _gate = new();
    private readonly TimeProvider _clock;
    private readonly List<SandboxSpace> _spaces = [];
    private readonly List<SandboxContent> _contents = [];
    private readonly List<SandboxAttachment> _attachments = [];
    private readonly List<SandboxIssue> _issues = [];
    private readonly Dictionary<string, int> _issueNumbers = new(StringComparer.Ordinal);
    private long _nextSpaceId = 98300;
    private long _nextContentId = 65500;
    private long _nextAttachmentId = 70100;
    private long _nextIssueId = 10000;

    internal SandboxStore(TimeProvider clock)
    {
        _clock = clock;
    }

    /// <summary>Adds a space.</summary>
    /// <param name="key">The space key, letters and digits (for example <c>DOCS</c>).</param>
    /// <param name="name">The name; the key when null.</param>
    /// <param name="anonymousAccess">Whether anonymous requests may read it.</param>
    /// <param name="members">When given, only these users may use the space (others get 404 or 403 like Confluence); otherwise every user may.</param>
    public SandboxSpace AddSpace(string key, string? name = null, bool anonymousAccess = false, IEnumerable<SandboxUser>? members = null)
    {
        if (string.IsNullOrWhiteSpace(key) || !key.All(char.IsLetterOrDigit))
        {
            throw new ArgumentException($"A space key is letters and digits only, for example \"DOCS\"; got '{key}'.", nameof(key));
        }

        lock (_gate)
        {
            if (_spaces.Any(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"A space with key '{key}' already exists.", nameof(key));
            }

            var memberIds = members is null ? null : new HashSet<string>(members.Select(m => m.AccountId), StringComparer.Ordinal);
            var space = new SandboxSpace(++_nextSpaceId, key, name ?? key, anonymousAccess, memberIds, _clock.GetUtcNow());
            _spaces.Add(space);
            return space;
        }
    }

    /// <summary>Adds a page (version 1).</summary>
    /// <param name="space">The space.</param>
    /// <param name="title">The title, unique among the space's current pages.</param>
    /// <param name="body">The body in storage format.</param>
    /// <param name="parent">The parent page; null for a top-level page.</param>
    /// <param name="author">The creator.</param>
    public SandboxContent AddPage(SandboxSpace space, string title, string body = "<p></p>", SandboxContent? parent = null, SandboxUser? author = null)
    {
        if (parent is not null && (parent.Type != SandboxContentType.Page || parent.Space != space))
        {
            throw new ArgumentException($"The parent of a page must be a page in the same space; {parent} is not.", nameof(parent));
        }

        return AddContent(SandboxContentType.Page, space, title, body, parent?.Id, author);
    }

    /// <summary>Adds a blog post (version 1).</summary>
    /// <param name="space">The space.</param>
    /// <param name="title">The title.</param>
    /// <param name="body">The body in storage format.</param>
    /// <param name="author">The creator.</param>
    public SandboxContent AddBlogPost(SandboxSpace space, string title, string body = "<p></p>", SandboxUser? author = null)
        => AddContent(SandboxContentType.BlogPost, space, title, body, null, author);

    /// <summary>Adds a footer comment to a page or blog post.</summary>
    /// <param name="container">The page or blog post.</param>
    /// <param name="body">The comment in storage format.</param>
    /// <param name="author">The commenter.</param>
    public SandboxContent AddComment(SandboxContent container, string body, SandboxUser? author = null)
    {
        ArgumentNullException.ThrowIfNull(container);
        if (container.Type == SandboxContentType.Comment)
        {
            throw new ArgumentException("Comments go on pages and blog posts, not on comments.", nameof(container));
        }

        return AddContent(SandboxContentType.Comment, container.Space, "Re: " + container.Title, body, container.Id, author);
    }

    /// <summary>Adds a label (global prefix) to content; no effect when it is already there.</summary>
    /// <param name="content">The content.</param>
    /// <param name="label">The label name (lower case, no spaces).</param>
    public void AddLabel(SandboxContent content, string label)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrWhiteSpace(label) || label.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"A label is one word without spaces; got '{label}'.", nameof(label));
        }

        lock (_gate)
        {
            content.AddLabel(label.ToLowerInvariant());
        }
    }

    /// <summary>Attaches a file to a page or blog post.</summary>
    /// <param name="container">The page or blog post.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="data">The bytes.</param>
    /// <param name="mediaType">The media type.</param>
    /// <param name="comment">An upload comment.</param>
    /// <param name="author">The uploader.</param>
    public SandboxAttachment AddAttachment(SandboxContent container, string fileName, byte[] data, string mediaType = "application/octet-stream", string? comment = null, SandboxUser? author = null)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        lock (_gate)
        {
            var attachment = new SandboxAttachment("att" + ++_nextAttachmentId, container.Id, fileName, mediaType, data, comment, _clock.GetUtcNow(), author?.AccountId);
            _attachments.Add(attachment);
            return attachment;
        }
    }

    /// <summary>Adds a Jira issue; its key is the project key and the next number in that project.</summary>
    /// <param name="projectKey">The project key, for example <c>DEMO</c>.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="issueType">The issue type name.</param>
    /// <param name="status">The status name.</param>
    public SandboxIssue AddIssue(string projectKey, string summary, string issueType = "Task", string status = "To Do")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projectKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        lock (_gate)
        {
            var number = _issueNumbers.TryGetValue(projectKey.ToUpperInvariant(), out var last) ? last + 1 : 1;
            _issueNumbers[projectKey.ToUpperInvariant()] = number;
            var issue = new SandboxIssue((++_nextIssueId).ToString(System.Globalization.CultureInfo.InvariantCulture), $"{projectKey.ToUpperInvariant()}-{number}", projectKey.ToUpperInvariant(), summary, issueType, status, _clock.GetUtcNow());
            _issues.Add(issue);
            return issue;
        }
    }

    /// <summary>The spaces, oldest first.</summary>
    public IReadOnlyList<SandboxSpace> Spaces
    {
        get { lock (_gate) { return _spaces.ToArray(); } }
    }

    /// <summary>All pages, blog posts and comments (trashed ones too), oldest first.</summary>
    public IReadOnlyList<SandboxContent> Contents
    {
        get { lock (_gate) { return _contents.ToArray(); } }
    }

    /// <summary>All attachments, oldest first.</summary>
    public IReadOnlyList<SandboxAttachment> Attachments
    {
        get { lock (_gate) { return _attachments.ToArray(); } }
    }

    /// <summary>All Jira issues, oldest first.</summary>
    public IReadOnlyList<SandboxIssue> Issues
    {
        get { lock (_gate) { return _issues.ToArray(); } }
    }

    /// <summary>Finds content by id (any status).</summary>
    /// <param name="id">The content id.</param>
    public SandboxContent? FindContent(string id)
    {
        lock (_gate)
        {
            return _contents.FirstOrDefault(c => c.Id == id);
        }
    }

    /// <summary>Finds a space by numeric id or key.</summary>
    /// <param name="idOrKey">The id (v2) or key (v1).</param>
    public SandboxSpace? FindSpace(string idOrKey)
    {
        lock (_gate)
        {
            return _spaces.FirstOrDefault(s => s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == idOrKey)
                ?? _spaces.FirstOrDefault(s => string.Equals(s.Key, idOrKey, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>The current ancestors of a page, root first.</summary>
    /// <param name="page">The page.</param>
    public IReadOnlyList<SandboxContent> Ancestors(SandboxContent page)
    {
        ArgumentNullException.ThrowIfNull(page);
        lock (_gate)
        {
            var chain = new List<SandboxContent>();
            var parentId = page.Type == SandboxContentType.Page ? page.ParentId : null;
            while (parentId is not null && _contents.FirstOrDefault(c => c.Id == parentId) is { } parent)
            {
                chain.Insert(0, parent);
                parentId = parent.ParentId;
            }

            return chain;
        }
    }

    /// <summary>The current direct children of a page (pages) or the comments on content.</summary>
    /// <param name="content">The page or blog post.</param>
    /// <param name="type">Which children.</param>
    public IReadOnlyList<SandboxContent> Children(SandboxContent content, SandboxContentType type)
    {
        ArgumentNullException.ThrowIfNull(content);
        lock (_gate)
        {
            return _contents.Where(c => c.ParentId == content.Id && c.Type == type && c.Status == "current").ToArray();
        }
    }

    /// <summary>All current pages below a page, depth first.</summary>
    /// <param name="page">The page.</param>
    public IReadOnlyList<SandboxContent> Descendants(SandboxContent page)
    {
        var result = new List<SandboxContent>();
        foreach (var child in Children(page, SandboxContentType.Page))
        {
            result.Add(child);
            result.AddRange(Descendants(child));
        }

        return result;
    }

    /// <summary>The attachments of a page or blog post.</summary>
    /// <param name="container">The page or blog post.</param>
    public IReadOnlyList<SandboxAttachment> AttachmentsOf(SandboxContent container)
    {
        ArgumentNullException.ThrowIfNull(container);
        lock (_gate)
        {
            return _attachments.Where(a => a.ContainerId == container.Id).ToArray();
        }
    }

    /// <summary>Finds an attachment by id (<c>att123</c> or <c>123</c>).</summary>
    /// <param name="id">The id.</param>
    public SandboxAttachment? FindAttachment(string id)
    {
        var normalized = id.StartsWith("att", StringComparison.Ordinal) ? id : "att" + id;
        lock (_gate)
        {
            return _attachments.FirstOrDefault(a => a.Id == normalized);
        }
    }

    /// <summary>Finds an issue by id or key.</summary>
    /// <param name="idOrKey">The id or key.</param>
    public SandboxIssue? FindIssue(string idOrKey)
    {
        lock (_gate)
        {
            return _issues.FirstOrDefault(i => i.Id == idOrKey || string.Equals(i.Key, idOrKey, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Deletes an issue by id or key.</summary>
    /// <param name="idOrKey">The id or key.</param>
    /// <returns>False when there was no such issue.</returns>
    public bool RemoveIssue(string idOrKey)
    {
        lock (_gate)
        {
            return _issues.RemoveAll(i => i.Id == idOrKey || string.Equals(i.Key, idOrKey, StringComparison.OrdinalIgnoreCase)) > 0;
        }
    }

    /// <summary>Saves a new version of content; throws <see cref="VersionConflictException"/> unless <paramref name="number"/> is the next one.</summary>
    internal SandboxVersion Update(SandboxContent content, int number, string title, string body, string? authorId, string? message)
    {
        lock (_gate)
        {
            if (number != content.Version + 1)
            {
                throw new VersionConflictException(content.Version, number);
            }

            var version = new SandboxVersion(number, title, body, authorId, _clock.GetUtcNow(), message ?? string.Empty);
            content.AddVersion(version);
            return version;
        }
    }

    internal void Trash(SandboxContent content)
    {
        lock (_gate)
        {
            content.Status = "trashed";
        }
    }

    internal bool RemoveLabel(SandboxContent content, string label)
    {
        lock (_gate)
        {
            return content.RemoveLabel(label);
        }
    }

    private SandboxContent AddContent(SandboxContentType type, SandboxSpace space, string title, string body, string? parentId, SandboxUser? author)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(body);
        lock (_gate)
        {
            if (!_spaces.Contains(space))
            {
                throw new ArgumentException($"{space} does not belong to this sandbox; create it with AddSpace.", nameof(space));
            }

            if (type == SandboxContentType.Page && _contents.Any(c => c.Type == type && c.Space == space && c.Status == "current" && c.Title == title))
            {
                throw new DuplicateTitleException(title, space.Key);
            }

            var first = new SandboxVersion(1, title, body, author?.AccountId, _clock.GetUtcNow(), string.Empty);
            var content = new SandboxContent((++_nextContentId).ToString(System.Globalization.CultureInfo.InvariantCulture), type, space, parentId, first);
            _contents.Add(content);
            if (type == SandboxContentType.Page && parentId is null && space.HomepageId is null)
            {
                space.HomepageId = content.Id;
            }

            return content;
        }
    }
}

/// <summary>An update named a version number other than the next one (Confluence answers 409).</summary>
public sealed class VersionConflictException : InvalidOperationException
{
    internal VersionConflictException(int current, int attempted)
        : base($"Version must be incremented on update. Current version is: {current}, attempted {attempted}; send version.number = {current + 1}.")
    {
    }
}

/// <summary>A page with the same title already exists in the space (Confluence answers 400).</summary>
public sealed class DuplicateTitleException : InvalidOperationException
{
    internal DuplicateTitleException(string title, string spaceKey)
        : base($"A page with this title already exists: A page already exists with the same TITLE '{title}' in this space ({spaceKey}).")
    {
    }
}
