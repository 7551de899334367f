using System.Text.Json.Nodes;
using Scopewise.Sandbox.Adf;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Handlers;

/// <summary>
/// Jira Cloud v3 issue writes: create, edit (summary, ADF description, labels, assignee) and assign.
/// Rich-text fields must be ADF documents (a plain string is a 400, as in Jira) and are stored exactly as sent. A field
/// the sandbox does not keep is a 400 naming it, as Jira answers for a field that is not on the screen, so nothing a
/// client sends is silently dropped.
/// </summary>
internal static class JiraIssueWriteHandlers
{
    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal) { "project", "summary", "issuetype", "description", "labels", "assignee" };

    public static void Register(HandlerRegistry registry)
    {
        registry.Add(ApiFamily.JiraV3, "createIssue", CreateIssueAsync);
        registry.Add(ApiFamily.JiraV3, "editIssue", EditIssueAsync);
        registry.Add(ApiFamily.JiraV3, "assignIssue", AssignIssueAsync);
    }

    /// <summary><c>{"fields":{"project":{"key":"DEMO"},"summary":"...","issuetype":{"name":"Task"},"description":{ADF}}}</c>; 201 with id, key and self.</summary>
    private static async Task CreateIssueAsync(RequestContext context)
    {
        context.RequireUser();
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var fields = body["fields"] as JsonObject ?? new JsonObject();
        var errors = await FieldErrorsAsync(context, fields).ConfigureAwait(false);
        var project = RequestContext.OptionalText(fields["project"], "key");
        var summary = RequestContext.OptionalText(fields, "summary");
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

        var issue = context.Store.AddIssue(project!, summary!, RequestContext.OptionalText(fields["issuetype"], "name") ?? "Task");
        Apply(context, issue, fields);
        await context.WriteJsonAsync(new JsonObject { ["id"] = issue.Id, ["key"] = issue.Key, ["self"] = $"{context.SiteBase}/rest/api/3/issue/{issue.Id}" }, 201).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>PUT /issue/{key}</c> with <c>fields</c> (set) and <c>update.labels</c> (<c>add</c>, <c>remove</c>, <c>set</c>);
    /// 204, or 200 with the issue when <c>returnIssue=true</c>.
    /// </summary>
    private static async Task EditIssueAsync(RequestContext context)
    {
        context.RequireUser();
        var issue = FindIssue(context);
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var fields = body["fields"] as JsonObject ?? new JsonObject();
        var errors = await FieldErrorsAsync(context, fields).ConfigureAwait(false);
        foreach (var name in new[] { "project", "issuetype" }.Where(fields.ContainsKey))
        {
            errors[name] = $"Field '{name}' cannot be changed by editing the issue in the sandbox; create the issue in the right project with the right type.";
        }

        if (fields.ContainsKey("summary") && string.IsNullOrWhiteSpace(RequestContext.OptionalText(fields, "summary")))
        {
            errors["summary"] = "You must specify a summary of the issue.";
        }

        var labels = LabelUpdate(body["update"] as JsonObject, issue.Labels, errors);
        if (errors.Count > 0)
        {
            await context.WriteJsonAsync(new JsonObject { ["errorMessages"] = new JsonArray(), ["errors"] = errors }, 400).ConfigureAwait(false);
            return;
        }

        Apply(context, issue, fields);
        if (labels is not null)
        {
            context.Store.EditIssue(issue, labels: labels);
        }

        if (string.Equals(context.Query("returnIssue"), "true", StringComparison.OrdinalIgnoreCase))
        {
            await context.WriteJsonAsync(JiraRepresentations.Issue(issue, context.SiteBase)).ConfigureAwait(false);
            return;
        }

        context.Http.Response.StatusCode = 204;
    }

    /// <summary><c>PUT /issue/{key}/assignee</c> with <c>{"accountId":"..."}</c>; <c>null</c> unassigns. 204.</summary>
    private static async Task AssignIssueAsync(RequestContext context)
    {
        context.RequireUser();
        var issue = FindIssue(context);
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        if (!body.ContainsKey("accountId"))
        {
            throw new SandboxHttpError(400, "Send {\"accountId\": \"...\"} to assign the issue, or {\"accountId\": null} to unassign it.");
        }

        var accountId = RequestContext.OptionalText(body, "accountId");
        SandboxUser? assignee = null;
        if (accountId is not null)
        {
            assignee = context.FindUser(accountId) ?? throw new SandboxHttpError(404, $"User '{accountId}' does not exist.");
        }

        context.Store.AssignIssue(issue, assignee);
        context.Http.Response.StatusCode = 204;
    }

    public static SandboxIssue FindIssue(RequestContext context)
    {
        var key = context.PathValue("issueIdOrKey");
        return context.Store.FindIssue(key) ?? throw new SandboxHttpError(404, "Issue does not exist or you do not have permission to see it.");
    }

    /// <summary>Unknown fields, rich-text fields that are not ADF, labels that are not strings, assignees the site does not know.</summary>
    private static async Task<JsonObject> FieldErrorsAsync(RequestContext context, JsonObject fields)
    {
        var errors = new JsonObject();
        foreach (var (name, _) in fields)
        {
            if (!KnownFields.Contains(name))
            {
                errors[name] = $"Field '{name}' cannot be set. It is not on the appropriate screen, or unknown.";
            }
        }

        foreach (var name in JiraAdfFields.IssueFields.Where(fields.ContainsKey))
        {
            if (await JiraAdfFields.ProblemAsync(fields[name]).ConfigureAwait(false) is { } problem)
            {
                errors[name] = problem;
            }
        }

        if (fields["labels"] is { } labels && (labels is not JsonArray array || array.Any(l => l is not JsonValue v || !v.TryGetValue<string>(out var text) || text.Length == 0 || text.Any(char.IsWhiteSpace))))
        {
            errors["labels"] = "Labels are an array of strings without spaces, for example [\"backend\", \"release-1.2\"].";
        }

        if (fields["assignee"] is JsonObject assignee && RequestContext.OptionalText(assignee, "accountId") is { } accountId && context.FindUser(accountId) is null)
        {
            errors["assignee"] = $"User '{accountId}' does not exist.";
        }

        return errors;
    }

    private static void Apply(RequestContext context, SandboxIssue issue, JsonObject fields)
    {
        var summary = fields.ContainsKey("summary") ? RequestContext.OptionalText(fields, "summary") : null;
        var labels = fields["labels"] is JsonArray array ? array.Select(l => l!.GetValue<string>()).ToList() : null;
        context.Store.EditIssue(issue, summary, labels: labels);
        if (fields.TryGetPropertyValue("description", out var description))
        {
            if (description is null)
            {
                context.Store.ClearIssueDescription(issue);
            }
            else
            {
                context.Store.EditIssue(issue, description: description);
            }
        }

        if (fields.TryGetPropertyValue("assignee", out var assignee))
        {
            var accountId = RequestContext.OptionalText(assignee, "accountId");
            context.Store.AssignIssue(issue, accountId is null ? null : context.FindUser(accountId));
        }
    }

    /// <summary><c>update.labels</c>: a list of <c>{"add":"x"}</c>, <c>{"remove":"x"}</c> or <c>{"set":[...]}</c> operations, applied in order.</summary>
    private static List<string>? LabelUpdate(JsonObject? update, IReadOnlyList<string> current, JsonObject errors)
    {
        if (update is null)
        {
            return null;
        }

        foreach (var (name, _) in update)
        {
            if (name != "labels")
            {
                errors[name] = $"Field '{name}' cannot be set. It is not on the appropriate screen, or unknown.";
            }
        }

        if (update["labels"] is not JsonArray operations)
        {
            return null;
        }

        var labels = current.ToList();
        foreach (var operation in operations.OfType<JsonObject>())
        {
            if (RequestContext.OptionalText(operation, "add") is { } added && !labels.Contains(added, StringComparer.Ordinal))
            {
                labels.Add(added);
            }
            else if (RequestContext.OptionalText(operation, "remove") is { } removed)
            {
                labels.Remove(removed);
            }
            else if (operation["set"] is JsonArray set)
            {
                labels = set.Select(l => l?.GetValue<string>() ?? string.Empty).Where(l => l.Length > 0).ToList();
            }
        }

        return labels;
    }
}
