using System.Text.Json.Nodes;

namespace Scopewise.Sandbox.Handlers;

/// <summary>
/// The one workflow every sandbox issue follows, Jira's simplified default: To Do, In Progress and Done, with a global
/// transition into each status (named after it, as Jira names them), so any status can be reached from any other.
/// </summary>
internal static class JiraWorkflow
{
    /// <summary>A status, its id, its category and the transition that leads into it.</summary>
    public sealed record Status(string Name, string Id, string TransitionId, int CategoryId, string CategoryKey, string CategoryName, string CategoryColor);

    public static readonly IReadOnlyList<Status> Statuses =
    [
        new("To Do", "10000", "11", 2, "new", "To Do", "blue-gray"),
        new("In Progress", "3", "21", 4, "indeterminate", "In Progress", "yellow"),
        new("Done", "10001", "31", 3, "done", "Done", "green"),
    ];

    /// <summary>The status called <paramref name="name"/> (any case), or null.</summary>
    public static Status? Find(string name) => Statuses.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The status a transition id leads to, or null.</summary>
    public static Status? ByTransition(string transitionId) => Statuses.FirstOrDefault(s => s.TransitionId == transitionId);

    /// <summary>Jira's status object (<c>StatusDetails</c>).</summary>
    public static JsonObject StatusJson(string name, string siteBase)
    {
        var status = Find(name) ?? new Status(name, "1", "0", 1, "undefined", "No Category", "medium-gray");
        return new JsonObject
        {
            ["self"] = $"{siteBase}/rest/api/3/status/{status.Id}",
            ["description"] = string.Empty,
            ["iconUrl"] = $"{siteBase}/images/icons/statuses/generic.png",
            ["name"] = status.Name,
            ["id"] = status.Id,
            ["statusCategory"] = new JsonObject
            {
                ["self"] = $"{siteBase}/rest/api/3/statuscategory/{status.CategoryId}",
                ["id"] = status.CategoryId,
                ["key"] = status.CategoryKey,
                ["colorName"] = status.CategoryColor,
                ["name"] = status.CategoryName,
            },
        };
    }
}
