using System.Text.Json.Nodes;
using Scopewise.Sandbox.Query;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Handlers;

/// <summary>
/// The Jira Cloud v3 operations the sandbox implements: current user, issues (get, create, delete), projects and search. JQL is the
/// common subset (<see cref="SearchQueries.Jql"/>); anything else is a 400 naming what was not understood.
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
        Add("createIssue", CreateIssue);
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
            return c.WriteJsonAsync(Paging.JiraOffsetPage(c, issues, i => Representations.JiraIssue(i, c.SiteBase), "issues", c.IntQuery("startAt", 0), c.IntQuery("maxResults", 50, min: 1)));
        });
        Add("searchProjects", c =>
        {
            c.RequireUser();
            var projects = c.Store.Issues.Select(i => i.ProjectKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return c.WriteJsonAsync(Paging.JiraOffsetPage(c, projects, p => new JsonObject { ["key"] = p, ["name"] = p, ["projectTypeKey"] = "software" }, "values", c.IntQuery("startAt", 0), c.IntQuery("maxResults", 50, min: 1)));
        });
    }

    /// <summary><c>{"fields":{"project":{"key":"DEMO"},"summary":"...","issuetype":{"name":"Task"}}}</c>; 201 with id, key and self.</summary>
    private static async Task CreateIssue(RequestContext context)
    {
        context.RequireUser();
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var fields = body["fields"] as JsonObject;
        var errors = new JsonObject();
        var project = RequestContext.OptionalText(fields?["project"], "key");
        var summary = RequestContext.OptionalText(fields, "summary");
        var issueType = RequestContext.OptionalText(fields?["issuetype"], "name") ?? "Task";
        if (string.IsNullOrWhiteSpace(project))
        {
            errors["project"] = "Specify a valid project ID or key";
        }

        if (string.IsNullOrWhiteSpace(summary))
        {
            errors["summary"] = "You must specify a summary of the issue.";
        }

        if (errors.Count > 0)
        {
            await context.WriteJsonAsync(new JsonObject { ["errorMessages"] = new JsonArray(), ["errors"] = errors }, 400).ConfigureAwait(false);
            return;
        }

        var issue = context.Store.AddIssue(project!, summary!, issueType);
        await context.WriteJsonAsync(new JsonObject { ["id"] = issue.Id, ["key"] = issue.Key, ["self"] = $"{context.SiteBase}/rest/api/3/issue/{issue.Id}" }, 201).ConfigureAwait(false);
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
