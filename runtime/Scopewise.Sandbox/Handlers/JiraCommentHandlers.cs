using System.Text.Json.Nodes;
using Scopewise.Sandbox.Adf;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Handlers;

/// <summary>Jira Cloud v3 issue comments: add, list, get, update and delete. Bodies are ADF documents, stored as sent.</summary>
internal static class JiraCommentHandlers
{
    public static void Register(HandlerRegistry registry)
    {
        void Add(string operationId, Func<RequestContext, Task> handler) => registry.Add(ApiFamily.JiraV3, operationId, handler);

        Add("getComments", ListAsync);
        Add("addComment", AddAsync);
        Add("getComment", c =>
        {
            c.RequireUser();
            var (issue, comment) = FindComment(c);
            return c.WriteJsonAsync(JiraRepresentations.Comment(comment, issue, c.SiteBase));
        });
        Add("updateComment", UpdateAsync);
        Add("deleteComment", c =>
        {
            c.RequireUser();
            var (issue, comment) = FindComment(c);
            c.Store.RemoveIssueComment(issue, comment.Id);
            c.Http.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
    }

    /// <summary><c>startAt</c>/<c>maxResults</c> paging, oldest first (<c>orderBy=-created</c> for newest first).</summary>
    private static Task ListAsync(RequestContext context)
    {
        context.RequireUser();
        var issue = JiraIssueWriteHandlers.FindIssue(context);
        var comments = issue.Comments.ToList();
        if (context.Query("orderBy") is "-created" or "-updated")
        {
            comments.Reverse();
        }

        var page = Paging.JiraOffsetPage(context, comments, c => JiraRepresentations.Comment(c, issue, context.SiteBase), "comments", context.IntQuery("startAt", 0), context.IntQuery("maxResults", 5000, min: 1));
        page.Remove("isLast");
        return context.WriteJsonAsync(page);
    }

    /// <summary><c>{"body":{ADF}}</c>; 201 with the comment.</summary>
    private static async Task AddAsync(RequestContext context)
    {
        var user = context.RequireUser();
        var issue = JiraIssueWriteHandlers.FindIssue(context);
        if (await CheckedBodyAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var comment = context.Store.AddIssueComment(issue, body, user);
        await context.WriteJsonAsync(JiraRepresentations.Comment(comment, issue, context.SiteBase), 201).ConfigureAwait(false);
    }

    /// <summary><c>{"body":{ADF}}</c>; 200 with the comment.</summary>
    private static async Task UpdateAsync(RequestContext context)
    {
        var user = context.RequireUser();
        var (issue, comment) = FindComment(context);
        if (await CheckedBodyAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        context.Store.UpdateIssueComment(comment, body, user);
        await context.WriteJsonAsync(JiraRepresentations.Comment(comment, issue, context.SiteBase)).ConfigureAwait(false);
    }

    /// <summary>The ADF body of an add or update; null after answering 400 in Jira's shape.</summary>
    private static async Task<JsonNode?> CheckedBodyAsync(RequestContext context)
    {
        var request = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        if (!request.TryGetPropertyValue("body", out var body) || body is null)
        {
            await context.WriteJsonAsync(JiraAdfFields.ErrorBody("comment", "Comment body can not be empty!"), 400).ConfigureAwait(false);
            return null;
        }

        if (await JiraAdfFields.ProblemAsync(body).ConfigureAwait(false) is { } problem)
        {
            await context.WriteJsonAsync(JiraAdfFields.ErrorBody("comment", "Comment body is not valid! " + problem), 400).ConfigureAwait(false);
            return null;
        }

        return body;
    }

    private static (SandboxIssue Issue, SandboxIssueComment Comment) FindComment(RequestContext context)
    {
        var issue = JiraIssueWriteHandlers.FindIssue(context);
        var id = context.PathValue("id");
        var comment = issue.Comments.FirstOrDefault(c => c.Id == id)
            ?? throw new SandboxHttpError(404, $"Can not find a comment for the id: {id}.");
        return (issue, comment);
    }
}
