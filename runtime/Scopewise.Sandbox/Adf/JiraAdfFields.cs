using System.Text.Json.Nodes;

namespace Scopewise.Sandbox.Adf;

/// <summary>
/// Jira Cloud v3 takes rich-text fields (description, environment, comment bodies) only as Atlassian Document Format:
/// a plain string or a document that breaks the ADF schema is a 400 with the field named in <c>errors</c>, and nothing
/// is stored. A valid document is stored exactly as sent.
/// </summary>
internal static class JiraAdfFields
{
    /// <summary>The issue fields the sandbox keeps that Jira treats as rich text.</summary>
    public static readonly IReadOnlyList<string> IssueFields = ["description"];

    /// <summary>Null when <paramref name="value"/> is an ADF document (or JSON null, which clears the field); otherwise what is wrong.</summary>
    public static async Task<string?> ProblemAsync(JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value is not JsonObject)
        {
            return "Operation value must be an Atlassian Document (see the Atlassian Document Format); send {\"type\":\"doc\",\"version\":1,\"content\":[...]} instead of a plain string.";
        }

        var problems = await AdfSchema.ProblemsAsync(value).ConfigureAwait(false);
        return problems.Count == 0
            ? null
            : $"The value is not a valid Atlassian Document: {string.Join("; ", problems)}.";
    }

    /// <summary>Jira's 400 body naming the field: <c>{"errorMessages":[],"errors":{"description":"..."}}</c>.</summary>
    public static JsonObject ErrorBody(string field, string problem)
        => new() { ["errorMessages"] = new JsonArray(), ["errors"] = new JsonObject { [field] = problem } };
}
