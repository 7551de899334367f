using System.Text.Json.Nodes;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Handlers;

/// <summary>Jira Cloud v3 transitions over <see cref="JiraWorkflow"/>: list the ones available, perform one (the status changes).</summary>
internal static class JiraTransitionHandlers
{
    public static void Register(HandlerRegistry registry)
    {
        registry.Add(ApiFamily.JiraV3, "getTransitions", ListAsync);
        registry.Add(ApiFamily.JiraV3, "doTransition", PerformAsync);
    }

    /// <summary>Every transition into a status other than the current one (or only <c>transitionId</c>'s).</summary>
    private static Task ListAsync(RequestContext context)
    {
        context.RequireUser();
        var issue = JiraIssueWriteHandlers.FindIssue(context);
        var only = context.Query("transitionId");
        var transitions = JiraWorkflow.Statuses
            .Where(s => !string.Equals(s.Name, issue.Status, StringComparison.OrdinalIgnoreCase))
            .Where(s => only is null || s.TransitionId == only)
            .Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.TransitionId,
                ["name"] = s.Name,
                ["to"] = JiraWorkflow.StatusJson(s.Name, context.SiteBase),
                ["hasScreen"] = false,
                ["isGlobal"] = true,
                ["isInitial"] = false,
                ["isAvailable"] = true,
                ["isConditional"] = false,
                ["looped"] = false,
            })
            .ToArray();
        return context.WriteJsonAsync(new JsonObject { ["expand"] = "transitions", ["transitions"] = new JsonArray(transitions) });
    }

    /// <summary><c>{"transition":{"id":"21"}}</c>; 204. A transition the issue does not offer is a 400, as in Jira.</summary>
    private static async Task PerformAsync(RequestContext context)
    {
        context.RequireUser();
        var issue = JiraIssueWriteHandlers.FindIssue(context);
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var id = RequestContext.OptionalText(body["transition"], "id")
            ?? throw new SandboxHttpError(400, "Send the transition to perform: {\"transition\":{\"id\":\"21\"}}; GET the issue's transitions for the ids.");
        foreach (var part in new[] { "fields", "update" })
        {
            if (body[part] is JsonObject { Count: > 0 })
            {
                throw new SandboxHttpError(400, $"The sandbox's transitions have no screen, so '{part}' cannot be set while transitioning; edit the issue separately.");
            }
        }

        var target = JiraWorkflow.ByTransition(id);
        if (target is null || string.Equals(target.Name, issue.Status, StringComparison.OrdinalIgnoreCase))
        {
            throw new SandboxHttpError(400, $"Transition id '{id}' is not valid for this issue.");
        }

        context.Store.SetIssueStatus(issue, target.Name);
        context.Http.Response.StatusCode = 204;
    }
}
