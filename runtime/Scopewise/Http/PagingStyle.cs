namespace Scopewise;

/// <summary>How a paged operation finds its next page.</summary>
public enum PagingStyle
{
    /// <summary>Confluence v2: opaque <c>cursor</c>; next page in the <c>Link</c> header (rel=next) or <c>_links.next</c>.</summary>
    ConfluenceCursor = 1,

    /// <summary>Confluence v1: <c>start</c>/<c>limit</c>; next page in <c>_links.next</c>.</summary>
    ConfluenceOffset = 2,

    /// <summary>Jira: <c>startAt</c>/<c>maxResults</c> with <c>total</c> and <c>isLast</c>.</summary>
    JiraOffset = 3,

    /// <summary>Jira's newer search endpoints: <c>nextPageToken</c>.</summary>
    JiraToken = 4,
}
