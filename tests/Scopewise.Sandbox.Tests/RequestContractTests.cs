using System.Net;
using System.Text.Json.Nodes;

namespace Scopewise.Sandbox.Tests;

/// <summary>
/// Bodies that break the published contract are refused with 400 in the product's own error shape, and nothing is
/// stored; Jira's rich-text fields must be valid ADF, as in Jira, and a valid document is stored exactly as sent.
/// </summary>
public sealed class RequestContractTests : IAsyncLifetime
{
    private AtlassianSandbox _sandbox = null!;
    private string _auth = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await AtlassianSandbox.StartAsync();
        _auth = _sandbox.IssueApiToken(_sandbox.CreateUser("Hedy Lamarr")).BasicAuthorization;
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task A_plain_string_description_is_a_400_naming_the_field_and_creates_nothing()
    {
        var before = _sandbox.Store.Issues.Count;
        using var response = await Post("/rest/api/3/issue", Issue("Printer on fire", JsonValue.Create("It is on fire.")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Empty(body["errorMessages"]!.AsArray());
        Assert.Contains("Atlassian Document", body["errors"]!["description"]!.GetValue<string>());
        Assert.Equal(before, _sandbox.Store.Issues.Count);
    }

    [Fact]
    public async Task A_document_that_breaks_the_adf_schema_is_a_400_that_says_where()
    {
        // A heading level of 9 does not exist in ADF.
        var invalid = new JsonObject
        {
            ["type"] = "doc",
            ["version"] = 1,
            ["content"] = new JsonArray(new JsonObject { ["type"] = "heading", ["attrs"] = new JsonObject { ["level"] = 9 }, ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "Too deep" }) }),
        };
        var issue = _sandbox.Store.Issues[0];

        using var create = await Post("/rest/api/3/issue", Issue("Deep heading", invalid));
        using var comment = await Post($"/rest/api/3/issue/{issue.Key}/comment", new JsonObject { ["body"] = "just text" });

        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Contains("content[0]", (await create.JsonAsync())["errors"]!["description"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, comment.StatusCode);
        Assert.Contains("Comment body is not valid", (await comment.JsonAsync())["errors"]!["comment"]!.GetValue<string>());
        Assert.Empty(issue.Comments);
    }

    [Fact]
    public async Task A_valid_description_is_stored_and_returned_exactly_as_sent()
    {
        const string Sent = """{"type":"doc","version":1,"content":[{"type":"paragraph","content":[{"type":"text","text":"Caf\u00e9 \u2014 \"quoted\" <b>","marks":[{"type":"link","attrs":{"href":"https://example.com/?a=1&b=2"}}]},{"type":"mention","attrs":{"id":"557058:abc","text":"@Hedy"}}]}]}""";
        using var created = await Post("/rest/api/3/issue", Issue("Verbatim", JsonNode.Parse(Sent)!));
        var key = (await created.JsonAsync())["key"]!.GetValue<string>();

        using var read = await SandboxHttp.GetAsync(_sandbox, $"/rest/api/3/issue/{key}", _auth);
        var description = (await read.JsonAsync())["fields"]!["description"]!;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Sent), description), description.ToJsonString());
    }

    [Fact]
    public async Task Bodies_that_break_the_request_schema_get_400_in_each_products_shape()
    {
        var space = _sandbox.Store.AddSpace("DOCS");

        // Confluence v2: title must be a string; Jira: a transition id must be a string.
        using var v2 = await Post("/wiki/api/v2/pages", new JsonObject { ["spaceId"] = space.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["title"] = 42 });
        using var jira = await Post($"/rest/api/3/issue/{_sandbox.Store.Issues[0].Key}/transitions", new JsonObject { ["transition"] = new JsonObject { ["id"] = new JsonArray() } });

        Assert.Equal(HttpStatusCode.BadRequest, v2.StatusCode);
        var v2Error = (await v2.JsonAsync())["errors"]![0]!;
        Assert.Equal("BAD_REQUEST", v2Error["code"]!.GetValue<string>());
        Assert.Contains("title", v2Error["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, jira.StatusCode);
        Assert.Contains("transition.id", (await jira.JsonAsync())["errorMessages"]![0]!.GetValue<string>());
        Assert.Empty(_sandbox.Store.Contents);
        Assert.Equal("Done", _sandbox.Store.Issues[0].Status);
    }

    [Fact]
    public async Task Jira_attachments_need_the_xsrf_header_like_confluences()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "x.txt" } };
        using var response = await SandboxHttp.SendAsync(HttpMethod.Post, SandboxHttp.Site(_sandbox, $"/rest/api/3/issue/{_sandbox.Store.Issues[0].Key}/attachments"), _auth, content: form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("XSRF check failed", await response.Content.ReadAsStringAsync());
        Assert.Empty(_sandbox.Store.Issues[0].Attachments);
    }

    private static JsonObject Issue(string summary, JsonNode description) => new()
    {
        ["fields"] = new JsonObject
        {
            ["project"] = new JsonObject { ["key"] = "DEMO" },
            ["summary"] = summary,
            ["issuetype"] = new JsonObject { ["name"] = "Task" },
            ["description"] = description,
        },
    };

    private Task<HttpResponseMessage> Post(string path, JsonNode body) => SandboxHttp.SendAsync(HttpMethod.Post, SandboxHttp.Site(_sandbox, path), _auth, body);
}
