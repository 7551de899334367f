namespace Scopewise.Runtime.Tests.Support;

/// <summary>Operations as the generator describes them, written by hand (the generator is built in parallel).</summary>
internal static class Operations
{
    public static readonly ApiOperationInfo V1CurrentUser = new("getCurrentUser", "GET", "/wiki/rest/api/user/current", "confluence",
        new ScopeRequirement(new ScopeAlternative(ScopeKind.Classic, "read:confluence-user"), new ScopeAlternative(ScopeKind.Granular, "read:content-details:confluence")));

    public static readonly ApiOperationInfo V1Descendants = new("getDescendantsOfType", "GET", "/wiki/rest/api/content/{id}/descendant/{type}", "confluence",
        new ScopeRequirement(new ScopeAlternative(ScopeKind.Classic, "read:confluence-content.summary"), new ScopeAlternative(ScopeKind.Granular, "read:content-details:confluence")));

    public static readonly ApiOperationInfo V1RemovedContentList = new("getContent", "GET", "/wiki/rest/api/content", "confluence",
        new ScopeRequirement(new ScopeAlternative(ScopeKind.Classic, "read:confluence-content.summary"), new ScopeAlternative(ScopeKind.Granular, "read:content-details:confluence")))
    {
        Deprecated = true,
        ReplacedBy = "getPages (GET /wiki/api/v2/pages)",
    };

    public static readonly ApiOperationInfo V2Pages = new("getPages", "GET", "/wiki/api/v2/pages", "confluence",
        new ScopeRequirement(new ScopeAlternative(ScopeKind.Granular, "read:page:confluence")));

    public static readonly ApiOperationInfo V2PageById = new("getPageById", "GET", "/wiki/api/v2/pages/{id}", "confluence",
        new ScopeRequirement(new ScopeAlternative(ScopeKind.Granular, "read:page:confluence")));

    public static readonly ApiOperationInfo JiraMyself = new("getCurrentUser", "GET", "/rest/api/3/myself", "jira",
        new ScopeRequirement(new ScopeAlternative(ScopeKind.Classic, "read:jira-user")));

    public static readonly ApiOperationInfo JiraSearchJql = new("searchAndReconsileIssuesUsingJql", "GET", "/rest/api/3/search/jql", "jira",
        new ScopeRequirement(new ScopeAlternative(ScopeKind.Classic, "read:jira-work")));

    public static readonly ApiOperationInfo JiraSearchJqlPost = new("searchAndReconsileIssuesUsingJqlPost", "POST", "/rest/api/3/search/jql", "jira",
        new ScopeRequirement(new ScopeAlternative(ScopeKind.Classic, "read:jira-work")));

    public static readonly ApiOperationInfo JiraSearchProjects = new("searchProjects", "GET", "/rest/api/3/project/search", "jira",
        new ScopeRequirement(new ScopeAlternative(ScopeKind.Classic, "read:jira-work")));

    /// <summary>The bundled Data Center spec's own path form (no /wiki).</summary>
    public static readonly ApiOperationInfo DcContent = new("getContent", "GET", "/rest/api/content", "confluence", ScopeRequirement.None);

    public static ApiRequest Request(ApiOperationInfo operation, string? path = null) => new(operation, path ?? operation.PathTemplate);
}
