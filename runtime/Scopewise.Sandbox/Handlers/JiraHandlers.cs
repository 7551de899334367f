using System.Text.Json.Nodes;
using Scopewise.Sandbox.Query;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Handlers;

/// <summary>
/// The Jira Cloud v3 reads the sandbox implements: current user, issues (get, delete), projects and search. JQL is the
/// common subset (<see cref="SearchQueries.Jql"/>); anything else is a 400 naming what was not understood. Writes live
/// in JiraIssueWriteHandlers, JiraCommentHandlers, JiraTransitionHandlers and JiraAttachmentHandlers.
/// </summary>
internal static class JiraHandlers
{
    public static void Register(HandlerRegistry registry)
    {
        void Add(string operationId, Func<RequestContext, Task> handler) => registry.Add(ApiFamily.JiraV3, operationId, handler);

        Add("getCurrentUser", c => c.WriteJsonAsync(Representations.JiraUser(c.RequireUser(), c.SiteBase)));
        Add("getIssue", c =>
        {
            c.RequireUser();
            var key = c.PathValue("issueIdOrKey");
            var issue = c.Store.FindIssue(key) ?? throw new SandboxHttpError(404, "Issue does not exist or you do not have permission to see it.");
            return c.WriteJsonAsync(Representations.JiraIssue(issue, c.SiteBase));
        });
        Add("deleteIssue", c =>
        {
            c.RequireUser();
            var key = c.PathValue("issueIdOrKey");
            if (!c.Store.RemoveIssue(key))
            {
                throw new SandboxHttpError(404, "Issue does not exist or you do not have permission to see it.");
            }

            c.Http.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        Add("searchAndReconsileIssuesUsingJql", c => TokenSearch(c, c.Query("jql"), c.Query("nextPageToken"), c.IntQuery("maxResults", 50, min: 1)));
        Add("searchAndReconsileIssuesUsingJqlPost", async c =>
        {
            var body = await c.ReadJsonObjectAsync().ConfigureAwait(false);
            var max = body["maxResults"] is JsonValue m && m.TryGetValue<int>(out var parsed) ? parsed : 50;
            await TokenSearch(c, RequestContext.OptionalText(body, "jql"), RequestContext.OptionalText(body, "nextPageToken"), max).ConfigureAwait(false);
        });

        // The older search, removed by Atlassian (410 by default); served when a test takes it out of RemovedEndpoints.
        Add("searchForIssuesUsingJql", c =>
        {
            c.RequireUser();
            var issues = Filter(c, c.Query("jql"));
            var page = Paging.JiraOffsetPage(c, issues, i => Representations.JiraIssue(i, c.SiteBase), "issues", c.IntQuery("startAt", 0), c.IntQuery("maxResults", 50, min: 1));
            page.Remove("isLast"); // SearchResults has no isLast (and allows no other members)
            return c.WriteJsonAsync(page);
        });
        Add("searchProjects", c =>
        {
            c.RequireUser();
            var projects = c.Store.Issues.Select(i => i.ProjectKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return c.WriteJsonAsync(Paging.JiraOffsetPage(c, projects, p => new JsonObject { ["key"] = p, ["name"] = p, ["projectTypeKey"] = "software" }, "values", c.IntQuery("startAt", 0), c.IntQuery("maxResults", 50, min: 1)));
        });
    }

    private static Task TokenSearch(RequestContext context, string? jql, string? nextPageToken, int maxResults)
    {
        context.RequireUser();
        var issues = Filter(context, jql);
        return context.WriteJsonAsync(Paging.JiraTokenPage(context, issues, i => Representations.JiraIssue(i, context.SiteBase), nextPageToken, maxResults));
    }

    private static List<SandboxIssue> Filter(RequestContext context, string? jql)
        => SearchQueries.Jql(jql, context.Store.Issues, context.SiteBase);
}
