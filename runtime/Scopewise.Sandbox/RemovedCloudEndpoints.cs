namespace Scopewise.Sandbox;

/// <summary>Endpoints Atlassian Cloud has removed; they answer 410 with Confluence's <c>GoneException</c> body.</summary>
internal static class RemovedCloudEndpoints
{
    /// <summary>
    /// The Confluence v1 content and space endpoints that left the v1 spec when v2 replaced them (PROVENANCE.md;
    /// a real <c>GET /wiki/rest/api/space</c> answered 410), and Jira's old search, replaced by <c>/search/jql</c>.
    /// </summary>
    public static readonly string[] Defaults =
    [
        "GET /wiki/rest/api/content",
        "POST /wiki/rest/api/content",
        "GET /wiki/rest/api/content/{id}",
        "PUT /wiki/rest/api/content/{id}",
        "DELETE /wiki/rest/api/content/{id}",
        "GET /wiki/rest/api/content/{id}/child",
        "GET /wiki/rest/api/content/{id}/child/{type}",
        "GET /wiki/rest/api/content/{id}/child/attachment",
        "GET /wiki/rest/api/content/{id}/label",
        "GET /wiki/rest/api/content/{id}/history",
        "GET /wiki/rest/api/space",
        "GET /wiki/rest/api/space/{spaceKey}",
        "GET /wiki/rest/api/space/{spaceKey}/content",
        "GET /wiki/rest/api/space/{spaceKey}/content/{type}",
        "GET /rest/api/3/search",
        "POST /rest/api/3/search",
    ];
}
