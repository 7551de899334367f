namespace Scopewise;

/// <summary>The family an OAuth 2.0 scope belongs to.</summary>
public enum ScopeKind
{
    /// <summary>Neither classic nor granular, or a mix of both in one alternative (for example <c>offline_access</c>).</summary>
    Other = 0,

    /// <summary>A classic scope such as <c>read:confluence-content.all</c> or <c>read:jira-work</c>.</summary>
    Classic = 1,

    /// <summary>A granular scope such as <c>read:page:confluence</c>: verb, resource and product.</summary>
    Granular = 2,
}
