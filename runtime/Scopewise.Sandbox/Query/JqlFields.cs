using System.Text.Json.Nodes;
using Scopewise.Sandbox.Handlers;

namespace Scopewise.Sandbox.Query;

/// <summary>
/// JQL's view of a stored issue: any field of the issue as the API returns it (<c>fields.status.name</c> answers
/// <c>status = "In Progress"</c>), so a field that a handler adds to the issue's representation is searchable at once.
/// Objects match by name, key, value, id, display name, account id or e-mail; arrays by any element; <c>text</c> searches
/// the summary and the description's text.
/// </summary>
internal sealed class JqlFields : QueryFields<SandboxIssue>
{
    // Jira's system fields, known even when no stored issue has a value for them yet.
    private static readonly string[] SystemFields =
    [
        "key", "id", "project", "summary", "description", "status", "issuetype", "labels", "assignee", "reporter", "priority",
        "parent", "duedate", "components", "fixVersions", "created", "updated", "resolution", "text", "comment", "environment",
    ];

    private static readonly string[] ObjectValueNames = ["name", "key", "value", "id", "displayName", "accountId", "emailAddress"];

    private readonly Dictionary<SandboxIssue, JsonObject> _representations = new(ReferenceEqualityComparer.Instance);
    private readonly string _siteBase;
    private readonly HashSet<string> _known;

    public JqlFields(IEnumerable<SandboxIssue> issues, string siteBase)
    {
        _siteBase = siteBase;
        _known = new HashSet<string>(SystemFields, StringComparer.OrdinalIgnoreCase);
        foreach (var issue in issues)
        {
            if (Representation(issue)["fields"] is JsonObject fields)
            {
                _known.UnionWith(fields.Select(f => f.Key));
            }
        }
    }

    public override string Language => "JQL";

    public override IReadOnlyCollection<string> KnownFields => _known;

    public override string Canonical(string field) => field.ToLowerInvariant() switch
    {
        "type" => "issuetype",
        "issuekey" => "key",
        "fixversion" => "fixVersions",
        "component" => "components",
        var lower when lower.StartsWith("cf[", StringComparison.Ordinal) && lower.EndsWith(']') => "customfield_" + lower[3..^1],
        _ => field,
    };

    public override IReadOnlyList<string> Values(SandboxIssue item, string field)
    {
        var representation = Representation(item);
        switch (field.ToLowerInvariant())
        {
            case "key":
                return [item.Key];
            case "id":
                return [item.Id];
            case "text":
                var fields = representation["fields"] as JsonObject;
                var text = new List<string>();
                Flatten(fields?["summary"], text, everyString: true);
                Flatten(fields?["description"], text, everyString: true);
                Flatten(fields?["environment"], text, everyString: true);
                return text;
        }

        var values = new List<string>();
        if (representation["fields"] is JsonObject all && all.FirstOrDefault(f => string.Equals(f.Key, field, StringComparison.OrdinalIgnoreCase)) is { Key: not null } found)
        {
            Flatten(found.Value, values, everyString: string.Equals(field, "description", StringComparison.OrdinalIgnoreCase));
        }

        return values;
    }

    private JsonObject Representation(SandboxIssue issue)
    {
        if (!_representations.TryGetValue(issue, out var representation))
        {
            representation = Representations.JiraIssue(issue, _siteBase);
            _representations[issue] = representation;
        }

        return representation;
    }

    /// <summary>
    /// The comparable strings of a field value. For rich text (an ADF description) every string inside counts, so
    /// <c>~</c> finds its words; for other objects only their naming properties.
    /// </summary>
    private static void Flatten(JsonNode? node, List<string> into, bool everyString)
    {
        switch (node)
        {
            case JsonValue value when value.TryGetValue<string>(out var text):
                into.Add(text);
                break;
            case JsonValue value:
                into.Add(value.ToJsonString());
                break;
            case JsonArray array:
                foreach (var element in array)
                {
                    Flatten(element, into, everyString);
                }

                break;
            case JsonObject obj when everyString:
                foreach (var property in obj)
                {
                    Flatten(property.Value, into, everyString);
                }

                break;
            case JsonObject obj:
                foreach (var name in ObjectValueNames)
                {
                    if (obj[name] is JsonValue named && named.TryGetValue<string>(out var text))
                    {
                        into.Add(text);
                    }
                }

                break;
        }
    }
}
