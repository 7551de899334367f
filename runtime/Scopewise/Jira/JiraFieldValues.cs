using System.Globalization;
using System.Text.Json;

namespace Scopewise;

/// <summary>
/// Typed getters and setters over the <c>fields</c> of a Jira issue (<c>IssueUpdateDetails.Fields</c> to create or
/// edit one, <c>IssueBean.Fields</c> when read): the system fields by name and custom fields by id, written and read as
/// the JSON Jira's REST API v3 uses, without reflection. It is a view: every setter writes into <see cref="Fields"/>, the
/// same dictionary the generated models carry, so anything not covered here stays reachable there.
/// </summary>
/// <remarks>
/// Setting a property to null removes the field from the request (Jira leaves it as it is); <see cref="Clear"/> sends
/// JSON null, which clears it on an edit. A field that holds JSON of another shape than its getter reads is a
/// <see cref="FormatException"/> naming the field, never a silent null.
/// </remarks>
/// <example>
/// <code>
/// var fields = new JiraFieldValues { Project = JiraReference.ByKey("DEMO"), Summary = "Release 1.2", IssueType = JiraReference.ByName("Task") };
/// CreatedIssue created = await jira.Issues.CreateIssueAsync(new IssueUpdateDetails { Fields = fields.Fields });
/// IssueBean issue = await jira.Issues.GetIssueAsync(created.Key!);
/// string? summary = new JiraFieldValues(issue.Fields).Summary;
/// </code>
/// </example>
public sealed class JiraFieldValues
{
    /// <summary>Starts an empty set of fields, for a new issue or an edit.</summary>
    public JiraFieldValues()
        : this(new Dictionary<string, JsonElement>(StringComparer.Ordinal))
    {
    }

    /// <summary>A typed view of fields read from Jira or built elsewhere; null (a response without fields) reads as empty.</summary>
    /// <param name="fields">The dictionary to read and write; setters change it.</param>
    public JiraFieldValues(Dictionary<string, JsonElement>? fields)
    {
        Fields = fields ?? new Dictionary<string, JsonElement>(StringComparer.Ordinal);
    }

    /// <summary>The fields as JSON, keyed by field id (<c>summary</c>, <c>customfield_10010</c>): what the generated models hold.</summary>
    public Dictionary<string, JsonElement> Fields { get; }

    /// <summary><c>project</c>: write <see cref="JiraReference.ByKey"/> or <see cref="JiraReference.ById"/>.</summary>
    public JiraReference? Project
    {
        get => Read<JiraReference?>("project", e => JiraReference.Read(e, "project"));
        set => Write("project", value is { } reference ? JiraFieldJson.Reference(reference) : null);
    }

    /// <summary><c>summary</c>: the issue's title.</summary>
    public string? Summary
    {
        get => GetString("summary");
        set => SetString("summary", value);
    }

    /// <summary><c>issuetype</c>: write <see cref="JiraReference.ByName"/> (<c>Task</c>, <c>Bug</c>) or by id.</summary>
    public JiraReference? IssueType
    {
        get => Read<JiraReference?>("issuetype", e => JiraReference.Read(e, "issuetype"));
        set => Write("issuetype", value is { } reference ? JiraFieldJson.Reference(reference) : null);
    }

    /// <summary><c>labels</c>: plain strings without spaces.</summary>
    public IReadOnlyList<string>? Labels
    {
        get => Read("labels", e => Strings(e, "labels"));
        set => Write("labels", value is null ? null : JiraFieldJson.Strings(value));
    }

    /// <summary><c>assignee</c>: the user's Atlassian account id (<c>{"accountId": "..."}</c>).</summary>
    public string? AssigneeAccountId
    {
        get => Read("assignee", e => Property(e, "assignee", "accountId"));
        set => Write("assignee", value is null ? null : JiraFieldJson.Object("accountId", value));
    }

    /// <summary><c>reporter</c>: the user's Atlassian account id.</summary>
    public string? ReporterAccountId
    {
        get => Read("reporter", e => Property(e, "reporter", "accountId"));
        set => Write("reporter", value is null ? null : JiraFieldJson.Object("accountId", value));
    }

    /// <summary><c>priority</c>: write <see cref="JiraReference.ByName"/> (<c>High</c>) or by id.</summary>
    public JiraReference? Priority
    {
        get => Read<JiraReference?>("priority", e => JiraReference.Read(e, "priority"));
        set => Write("priority", value is { } reference ? JiraFieldJson.Reference(reference) : null);
    }

    /// <summary><c>parent</c>: the parent issue (an epic, or the issue of a subtask) by key or id.</summary>
    public JiraReference? Parent
    {
        get => Read<JiraReference?>("parent", e => JiraReference.Read(e, "parent"));
        set => Write("parent", value is { } reference ? JiraFieldJson.Reference(reference) : null);
    }

    /// <summary><c>duedate</c>: a date without time (<c>2026-12-01</c>).</summary>
    public DateOnly? DueDate
    {
        get => GetDate("duedate");
        set => SetDate("duedate", value);
    }

    /// <summary><c>components</c>: the project's components, by name or id.</summary>
    public IReadOnlyList<JiraReference>? Components
    {
        get => Read("components", e => References(e, "components"));
        set => Write("components", value is null ? null : JiraFieldJson.References(value));
    }

    /// <summary><c>fixVersions</c>: the project's versions, by name or id.</summary>
    public IReadOnlyList<JiraReference>? FixVersions
    {
        get => Read("fixVersions", e => References(e, "fixVersions"));
        set => Write("fixVersions", value is null ? null : JiraFieldJson.References(value));
    }

    /// <summary>
    /// <c>description</c> as an Atlassian Document Format document (REST API v3 accepts nothing else), or null when
    /// absent. Build one with <see cref="Adf.Adf"/> or <see cref="Adf.AdfDocument.FromMarkdown(string)"/>; read it back
    /// with <see cref="Adf.AdfDocument.ToPlainText"/> or <see cref="Adf.AdfDocument.ToMarkdown"/>.
    /// </summary>
    /// <exception cref="FormatException">The field holds something other than an ADF document (the message names it).</exception>
    public Adf.AdfDocument? Description
    {
        get => GetDocument("description");
        set => SetDocument("description", value);
    }

    /// <summary><c>environment</c> as an Atlassian Document Format document, or null when absent.</summary>
    /// <exception cref="FormatException">The field holds something other than an ADF document (the message names it).</exception>
    public Adf.AdfDocument? Environment
    {
        get => GetDocument("environment");
        set => SetDocument("environment", value);
    }

    /// <summary>A rich-text field (<c>description</c>, <c>environment</c>, a textarea custom field's id) as an ADF document, or null when absent or JSON null.</summary>
    /// <param name="fieldId">The field's id.</param>
    /// <exception cref="FormatException">The field holds something other than an ADF document (the message names it).</exception>
    public Adf.AdfDocument? GetDocument(string fieldId) => Read(fieldId, e => e.ValueKind == JsonValueKind.Object ? Adf.AdfDocument.FromJsonElement(e) : throw WrongKind(fieldId, e, "an Atlassian Document Format document"));

    /// <summary>Sets a rich-text field to an ADF document; null removes it from the request.</summary>
    /// <param name="fieldId">The field's id.</param>
    /// <param name="document">The document.</param>
    public void SetDocument(string fieldId, Adf.AdfDocument? document) => Write(fieldId, document?.ToJsonElement());

    /// <summary>
    /// <c>description</c> as its raw JSON: in REST API v3 an Atlassian Document Format document
    /// (<c>{"type": "doc", "version": 1, "content": [...]}</c>), not a string.
    /// </summary>
    public JsonElement? DescriptionJson
    {
        get => GetJson("description");
        set => SetJson("description", value);
    }

    /// <summary>A text field (a custom text field's id, <c>customfield_10010</c>), or null when absent or JSON null.</summary>
    /// <param name="fieldId">The field's id.</param>
    public string? GetString(string fieldId) => Read(fieldId, e => e.ValueKind == JsonValueKind.String ? e.GetString() : throw WrongKind(fieldId, e, "a string"));

    /// <summary>Sets a text field; null removes it from the request.</summary>
    /// <param name="fieldId">The field's id.</param>
    /// <param name="value">The text.</param>
    public void SetString(string fieldId, string? value) => Write(fieldId, value is null ? null : JiraFieldJson.String(value));

    /// <summary>A number field, or null.</summary>
    /// <param name="fieldId">The field's id.</param>
    public double? GetNumber(string fieldId) => Read<double?>(fieldId, e => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : throw WrongKind(fieldId, e, "a number"));

    /// <summary>Sets a number field; null removes it from the request.</summary>
    /// <param name="fieldId">The field's id.</param>
    /// <param name="value">The number.</param>
    public void SetNumber(string fieldId, double? value) => Write(fieldId, value is { } number ? JiraFieldJson.Number(number) : null);

    /// <summary>A date field (<c>yyyy-MM-dd</c>), or null.</summary>
    /// <param name="fieldId">The field's id.</param>
    public DateOnly? GetDate(string fieldId) => Read<DateOnly?>(fieldId, e =>
        e.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw WrongKind(fieldId, e, "a date (yyyy-MM-dd)"));

    /// <summary>Sets a date field; null removes it from the request.</summary>
    /// <param name="fieldId">The field's id.</param>
    /// <param name="value">The date.</param>
    public void SetDate(string fieldId, DateOnly? value) =>
        Write(fieldId, value is { } date ? JiraFieldJson.String(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null);

    /// <summary>The chosen value of a single-select custom field (<c>{"value": "Green"}</c>), or null.</summary>
    /// <param name="fieldId">The field's id.</param>
    public string? GetOption(string fieldId) => Read(fieldId, e => Property(e, fieldId, "value"));

    /// <summary>Chooses the value of a single-select custom field; null removes it from the request.</summary>
    /// <param name="fieldId">The field's id.</param>
    /// <param name="value">The option's value as shown in Jira.</param>
    public void SetOption(string fieldId, string? value) => Write(fieldId, value is null ? null : JiraFieldJson.Object("value", value));

    /// <summary>Any field as raw JSON, or null when absent or JSON null.</summary>
    /// <param name="fieldId">The field's id.</param>
    public JsonElement? GetJson(string fieldId) => Read<JsonElement?>(fieldId, e => e);

    /// <summary>Sets any field to raw JSON; null removes it from the request.</summary>
    /// <param name="fieldId">The field's id.</param>
    /// <param name="value">The JSON value.</param>
    public void SetJson(string fieldId, JsonElement? value) => Write(fieldId, value);

    /// <summary>Sends JSON null for the field, which clears it when the fields are used to edit an issue.</summary>
    /// <param name="fieldId">The field's id.</param>
    public void Clear(string fieldId) => Write(fieldId, JiraFieldJson.Null);

    internal static FormatException WrongKind(string fieldId, JsonElement element, string expected) =>
        new($"The Jira field '{fieldId}' holds {Describe(element.ValueKind)}, not {expected}; read it with GetJson(\"{fieldId}\").");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "true or false",
    };

    private T? Read<T>(string fieldId, Func<JsonElement, T> read)
    {
        ValidateId(fieldId);
        return Fields.TryGetValue(fieldId, out var element) && element.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? read(element)
            : default;
    }

    private void Write(string fieldId, JsonElement? value)
    {
        ValidateId(fieldId);
        if (value is { } json)
        {
            Fields[fieldId] = json;
        }
        else
        {
            Fields.Remove(fieldId);
        }
    }

    private static void ValidateId(string fieldId)
    {
        if (string.IsNullOrWhiteSpace(fieldId))
        {
            throw new ArgumentException("Give the field's id, for example 'summary' or 'customfield_10010'.", nameof(fieldId));
        }
    }

    private static string? Property(JsonElement element, string fieldId, string property)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw WrongKind(fieldId, element, $"an object with '{property}'");
        }

        return element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    private static IReadOnlyList<string> Strings(JsonElement element, string fieldId)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw WrongKind(fieldId, element, "an array of strings");
        }

        return element.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : throw WrongKind(fieldId, item, "a string")).ToList();
    }

    private static IReadOnlyList<JiraReference> References(JsonElement element, string fieldId)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw WrongKind(fieldId, element, "an array of objects");
        }

        return element.EnumerateArray().Select(item => JiraReference.Read(item, fieldId)).ToList();
    }
}
