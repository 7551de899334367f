using System.Text.Json;
using System.Text.Json.Serialization;
using Scopewise.Runtime.Tests.Support;

namespace Scopewise.Runtime.Tests.Jira;

/// <summary>
/// Typed Jira fields: what each setter writes is the JSON Jira's REST API v3 takes, what Jira sends back reads as typed
/// values, and an issue created with them over HTTP reads back with its summary.
/// </summary>
public sealed class JiraFieldValuesTests
{
    private static readonly ApiOperationInfo CreateIssue = new("createIssue", "POST", "/rest/api/3/issue", "jira", ScopeRequirement.None);
    private static readonly ApiOperationInfo GetIssue = new("getIssue", "GET", "/rest/api/3/issue/{issueIdOrKey}", "jira", ScopeRequirement.None);

    [Fact]
    public async Task An_issue_created_with_typed_fields_reads_back_its_summary_project_and_type_from_the_sandbox()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, sandbox.IssueApiToken(user).Token)));
        var fields = new JiraFieldValues
        {
            Project = JiraReference.ByKey("DEMO"),
            Summary = "Release notes 1.2",
            IssueType = JiraReference.ByName("Bug"),
            Labels = ["release"],
        };

        var create = new ApiRequest(CreateIssue, "/rest/api/3/issue");
        create.SetJsonBody(new IssueBody(fields.Fields), TestJiraJson.Default.IssueBody);
        var created = await connection.SendAsync(create, TestJiraJson.Default.IssueRead);
        var issue = await connection.SendAsync(new ApiRequest(GetIssue, "/rest/api/3/issue/" + created.Key), TestJiraJson.Default.IssueRead);

        var read = new JiraFieldValues(issue.Fields);
        Assert.Equal("Release notes 1.2", read.Summary);
        Assert.Equal("DEMO", read.Project?.Key);
        Assert.Equal("Bug", read.IssueType?.Name);
    }

    [Fact]
    public async Task A_description_written_as_an_adf_document_reads_back_as_the_same_document_and_text()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, sandbox.IssueApiToken(user).Token)));
        var description = Scopewise.Adf.AdfDocument.FromMarkdown("Fixed **#42**, see [the notes](https://example.com/notes).\n\n- one\n- two");
        var fields = new JiraFieldValues { Project = JiraReference.ByKey("DEMO"), Summary = "With a description", IssueType = JiraReference.ByName("Task"), Description = description };

        var create = new ApiRequest(CreateIssue, "/rest/api/3/issue");
        create.SetJsonBody(new IssueBody(fields.Fields), TestJiraJson.Default.IssueBody);
        var created = await connection.SendAsync(create, TestJiraJson.Default.IssueRead);
        var issue = await connection.SendAsync(new ApiRequest(GetIssue, "/rest/api/3/issue/" + created.Key), TestJiraJson.Default.IssueRead);

        var read = new JiraFieldValues(issue.Fields).Description;
        Assert.NotNull(read);
        Assert.Equal(description.ToJson(), read.ToJson());
        Assert.Equal("Fixed #42, see the notes.\n- one\n- two", read.ToPlainText().Trim().Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_description_that_is_a_plain_string_is_an_error_naming_the_field()
    {
        var fields = new JiraFieldValues();
        fields.SetJson("description", JsonDocument.Parse("\"plain text\"").RootElement);

        var error = Assert.Throws<FormatException>(() => fields.Description);
        Assert.Contains("'description'", error.Message);
        Assert.Null(new JiraFieldValues().Description);
    }

    [Fact]
    public void Setters_write_the_json_jira_takes_for_every_system_field_and_custom_fields_by_id()
    {
        var fields = new JiraFieldValues
        {
            Project = JiraReference.ById("10000"),
            Summary = "S",
            IssueType = JiraReference.ByName("Task"),
            Labels = ["a", "b"],
            AssigneeAccountId = "5b10a2844c20165700ede21g",
            ReporterAccountId = "5b10ac8d82e05b22cc7d4ef5",
            Priority = JiraReference.ByName("High"),
            Parent = JiraReference.ByKey("DEMO-1"),
            DueDate = new DateOnly(2026, 12, 1),
            Components = [JiraReference.ByName("API")],
            FixVersions = [JiraReference.ById("10100")],
            DescriptionJson = Json("""{"type":"doc","version":1,"content":[]}"""),
        };
        fields.SetString("customfield_10010", "text");
        fields.SetNumber("customfield_10011", 3.5);
        fields.SetOption("customfield_10012", "Green");
        fields.SetDate("customfield_10013", new DateOnly(2026, 1, 2));
        fields.Clear("customfield_10014");

        Assert.Equal(
            """
            {"project":{"id":"10000"},"summary":"S","issuetype":{"name":"Task"},"labels":["a","b"],"assignee":{"accountId":"5b10a2844c20165700ede21g"},"reporter":{"accountId":"5b10ac8d82e05b22cc7d4ef5"},"priority":{"name":"High"},"parent":{"key":"DEMO-1"},"duedate":"2026-12-01","components":[{"name":"API"}],"fixVersions":[{"id":"10100"}],"description":{"type":"doc","version":1,"content":[]},"customfield_10010":"text","customfield_10011":3.5,"customfield_10012":{"value":"Green"},"customfield_10013":"2026-01-02","customfield_10014":null}
            """,
            JsonSerializer.Serialize(fields.Fields, TestJiraJson.Default.DictionaryStringJsonElement));
    }

    [Fact]
    public void Getters_read_what_jira_sends_back_and_the_dictionary_keeps_the_rest()
    {
        var fields = new JiraFieldValues(JsonSerializer.Deserialize("""
            {"project":{"self":"https://x/rest/api/3/project/10000","id":"10000","key":"DEMO","name":"Demo"},"summary":"S",
             "issuetype":{"id":"10001","name":"Task","subtask":false},"labels":["a"],"assignee":{"accountId":"abc","displayName":"Ada"},
             "priority":{"id":"2","name":"High"},"parent":{"id":"10005","key":"DEMO-1"},"duedate":"2026-12-01",
             "components":[{"id":"1","name":"API"}],"fixVersions":[],"description":null,"customfield_10011":2,
             "customfield_10012":{"id":"3","value":"Green"},"status":{"name":"To Do"}}
            """, TestJiraJson.Default.DictionaryStringJsonElement));

        Assert.Equal(("10000", "DEMO", "Demo"), (fields.Project?.Id, fields.Project?.Key, fields.Project?.Name));
        Assert.Equal("S", fields.Summary);
        Assert.Equal("Task", fields.IssueType?.Name);
        Assert.Equal(["a"], fields.Labels!);
        Assert.Equal("abc", fields.AssigneeAccountId);
        Assert.Null(fields.ReporterAccountId);
        Assert.Equal("High", fields.Priority?.Name);
        Assert.Equal("DEMO-1", fields.Parent?.Key);
        Assert.Equal(new DateOnly(2026, 12, 1), fields.DueDate);
        Assert.Equal("API", Assert.Single(fields.Components!).Name);
        Assert.Empty(fields.FixVersions!);
        Assert.Null(fields.DescriptionJson);
        Assert.Equal(2, fields.GetNumber("customfield_10011"));
        Assert.Equal("Green", fields.GetOption("customfield_10012"));
        Assert.Equal("To Do", fields.Fields["status"].GetProperty("name").GetString());
    }

    [Fact]
    public void A_field_of_another_shape_is_an_error_naming_the_field_and_a_null_setter_removes_the_field()
    {
        var fields = new JiraFieldValues(new Dictionary<string, JsonElement> { ["summary"] = Json("42"), ["labels"] = Json("\"a\"") });

        var error = Assert.Throws<FormatException>(() => fields.Summary);
        Assert.Equal("The Jira field 'summary' holds a number, not a string; read it with GetJson(\"summary\").", error.Message);
        Assert.Throws<FormatException>(() => fields.Labels);

        fields.Summary = null;
        Assert.False(fields.Fields.ContainsKey("summary"));
        Assert.Throws<ArgumentException>(() => fields.GetString(" "));
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}

/// <summary>The body of createIssue: only <c>fields</c>, as the generated <c>IssueUpdateDetails</c> would carry it.</summary>
public sealed record IssueBody([property: JsonPropertyName("fields")] Dictionary<string, JsonElement> Fields);

/// <summary>What createIssue and getIssue answer, as far as these tests read it.</summary>
public sealed record IssueRead(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("fields")] Dictionary<string, JsonElement>? Fields);

[JsonSerializable(typeof(IssueBody))]
[JsonSerializable(typeof(IssueRead))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
internal sealed partial class TestJiraJson : JsonSerializerContext
{
}
