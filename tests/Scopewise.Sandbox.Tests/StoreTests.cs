using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Scopewise.Sandbox.Tests;

/// <summary>The in-memory store behind v1, v2 and Data Center routes.</summary>
public sealed class StoreTests : IAsyncLifetime
{
    private AtlassianSandbox _sandbox = null!;
    private SandboxUser _user = null!;
    private SandboxApiToken _token = null!;
    private SandboxSpace _space = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await AtlassianSandbox.StartAsync();
        _user = _sandbox.CreateUser("Donald Knuth");
        _token = _sandbox.IssueApiToken(_user);
        _space = _sandbox.Store.AddSpace("TAOCP", "The Art");
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Pages_created_through_v2_have_versions_children_and_ancestors_visible_through_v1()
    {
        using var created = await Send(HttpMethod.Post, "/wiki/api/v2/pages", new JsonObject
        {
            ["spaceId"] = _space.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["title"] = "Volume 1",
            ["body"] = new JsonObject { ["representation"] = "storage", ["value"] = "<p>Fundamental Algorithms</p>" },
        });
        var parentId = (await created.JsonAsync())["id"]!.GetValue<string>();
        using var child = await Send(HttpMethod.Post, "/wiki/api/v2/pages", new JsonObject { ["spaceId"] = _space.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["title"] = "Chapter 1", ["parentId"] = parentId });
        var childId = (await child.JsonAsync())["id"]!.GetValue<string>();
        using var updated = await Send(HttpMethod.Put, $"/wiki/api/v2/pages/{parentId}", new JsonObject
        {
            ["id"] = parentId,
            ["status"] = "current",
            ["title"] = "Volume 1 (3rd ed.)",
            ["body"] = new JsonObject { ["representation"] = "storage", ["value"] = "<p>Third edition</p>" },
            ["version"] = new JsonObject { ["number"] = 2, ["message"] = "new edition" },
        });
        using var conflict = await Send(HttpMethod.Put, $"/wiki/api/v2/pages/{parentId}", new JsonObject
        {
            ["id"] = parentId, ["status"] = "current", ["title"] = "Stale", ["version"] = new JsonObject { ["number"] = 2 },
            ["body"] = new JsonObject { ["representation"] = "storage", ["value"] = "<p>Stale</p>" },
        });
        using var read = await SandboxHttp.GetAsync(_sandbox, $"/wiki/api/v2/pages/{parentId}?body-format=storage", _token.BasicAuthorization);
        using var versions = await SandboxHttp.GetAsync(_sandbox, $"/wiki/api/v2/pages/{parentId}/versions", _token.BasicAuthorization);
        using var ancestors = await SandboxHttp.GetAsync(_sandbox, $"/wiki/api/v2/pages/{childId}/ancestors", _token.BasicAuthorization);
        using var v1 = await SandboxHttp.GetAsync(_sandbox, $"/wiki/rest/api/content/{parentId}/descendant/page?expand=body.storage,ancestors", _token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await read.JsonAsync();
        Assert.Equal("Volume 1 (3rd ed.)", page["title"]!.GetValue<string>());
        Assert.Equal("<p>Third edition</p>", page["body"]!["storage"]!["value"]!.GetValue<string>());
        Assert.Equal(2, page["version"]!["number"]!.GetValue<int>());
        Assert.Equal([2, 1], (await versions.JsonAsync())["results"]!.AsArray().Select(v => v!["number"]!.GetValue<int>()));
        Assert.Equal(parentId, (await ancestors.JsonAsync())["results"]![0]!["id"]!.GetValue<string>());
        var descendant = (await v1.JsonAsync())["results"]![0]!;
        Assert.Equal("Chapter 1", descendant["title"]!.GetValue<string>());
        Assert.Equal(parentId, descendant["ancestors"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("TAOCP", descendant["space"]!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task Attachment_upload_needs_the_xsrf_header_and_is_listed_through_v2()
    {
        var page = _sandbox.Store.AddPage(_space, "Figures");
        var path = $"/wiki/rest/api/content/{page.Id}/child/attachment";

        using var refused = await Upload(path, withXsrfHeader: false);
        using var accepted = await Upload(path, withXsrfHeader: true);
        using var listed = await SandboxHttp.GetAsync(_sandbox, $"/wiki/api/v2/pages/{page.Id}/attachments", _token.BasicAuthorization);
        var attachmentId = (await accepted.JsonAsync())["results"]![0]!["id"]!.GetValue<string>();
        using var download = await SandboxHttp.GetAsync(_sandbox, $"{path}/{attachmentId}/download", _token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("XSRF check failed", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var attachment = (await listed.JsonAsync())["results"]![0]!;
        Assert.Equal("diagram.txt", attachment["title"]!.GetValue<string>());
        Assert.Equal(5, attachment["fileSize"]!.GetValue<long>());
        Assert.Equal("hello", await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Labels_and_footer_comments_round_trip()
    {
        var page = _sandbox.Store.AddPage(_space, "Errata");

        using var labelled = await Send(HttpMethod.Post, $"/wiki/rest/api/content/{page.Id}/label", new JsonArray(new JsonObject { ["prefix"] = "global", ["name"] = "errata" }, new JsonObject { ["prefix"] = "global", ["name"] = "checks" }));
        using var removed = await SandboxHttp.SendAsync(HttpMethod.Delete, SandboxHttp.Site(_sandbox, $"/wiki/rest/api/content/{page.Id}/label?name=checks"), _token.BasicAuthorization);
        using var labels = await SandboxHttp.GetAsync(_sandbox, $"/wiki/api/v2/pages/{page.Id}/labels", _token.BasicAuthorization);
        using var commented = await Send(HttpMethod.Post, "/wiki/api/v2/footer-comments", new JsonObject
        {
            ["pageId"] = page.Id,
            ["body"] = new JsonObject { ["representation"] = "storage", ["value"] = "<p>$2.56 cheque</p>" },
        });
        using var comments = await SandboxHttp.GetAsync(_sandbox, $"/wiki/api/v2/pages/{page.Id}/footer-comments?body-format=storage", _token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.OK, labelled.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(["errata"], (await labels.JsonAsync())["results"]!.AsArray().Select(l => l!["name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Created, commented.StatusCode);
        Assert.Equal("<p>$2.56 cheque</p>", (await comments.JsonAsync())["results"]![0]!["body"]!["storage"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Members_only_spaces_hide_content_from_other_users_and_anonymous_cannot_write()
    {
        var outsider = _sandbox.IssueApiToken(_sandbox.CreateUser("Outsider"));
        var secret = _sandbox.Store.AddSpace("SECRET", members: [_user]);
        var page = _sandbox.Store.AddPage(secret, "Plans");
        var open = _sandbox.Store.AddSpace("OPEN", anonymousAccess: true);

        using var member = await SandboxHttp.GetAsync(_sandbox, $"/wiki/api/v2/pages/{page.Id}", _token.BasicAuthorization);
        using var other = await SandboxHttp.GetAsync(_sandbox, $"/wiki/api/v2/pages/{page.Id}", outsider.BasicAuthorization);
        using var anonymousWrite = await SandboxHttp.SendAsync(HttpMethod.Post, SandboxHttp.Site(_sandbox, "/wiki/api/v2/pages"), json: new JsonObject { ["spaceId"] = open.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["title"] = "Graffiti" });

        Assert.Equal(HttpStatusCode.OK, member.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousWrite.StatusCode);
    }

    [Fact]
    public async Task Data_center_creates_and_lists_content_with_start_and_limit()
    {
        await using var dc = await AtlassianSandbox.StartAsync(new SandboxOptions { Deployment = SandboxDeployment.DataCenter });
        var pat = dc.IssuePersonalAccessToken(dc.CreateUser("Ken Thompson"));
        dc.Store.AddSpace("UNIX");

        using var created = await SandboxHttp.SendAsync(HttpMethod.Post, SandboxHttp.Site(dc, "/rest/api/content"), pat.BearerAuthorization, new JsonObject
        {
            ["type"] = "page",
            ["title"] = "Pipes",
            ["space"] = new JsonObject { ["key"] = "UNIX" },
            ["body"] = new JsonObject { ["storage"] = new JsonObject { ["value"] = "<p>a | b</p>", ["representation"] = "storage" } },
        });
        using var listed = await SandboxHttp.GetAsync(dc, "/rest/api/content?spaceKey=UNIX&expand=body.storage", pat.BearerAuthorization);
        var body = await listed.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal("<p>a | b</p>", body["results"]![0]!["body"]!["storage"]!["value"]!.GetValue<string>());
        Assert.Equal(dc.BaseAddress.AbsoluteUri.TrimEnd('/'), body["_links"]!["base"]!.GetValue<string>());
    }

    [Fact]
    public async Task Spaces_and_jira_issues_can_be_created_and_issues_deleted_over_http()
    {
        using var space = await Send(HttpMethod.Post, "/wiki/api/v2/spaces", new JsonObject { ["key"] = "NEW", ["name"] = "New space" });
        using var duplicate = await Send(HttpMethod.Post, "/wiki/api/v2/spaces", new JsonObject { ["key"] = "NEW" });
        using var issue = await Send(HttpMethod.Post, "/rest/api/3/issue", new JsonObject
        {
            ["fields"] = new JsonObject { ["project"] = new JsonObject { ["key"] = "OPS" }, ["summary"] = "Disk full", ["issuetype"] = new JsonObject { ["name"] = "Bug" } },
        });
        using var invalid = await Send(HttpMethod.Post, "/rest/api/3/issue", new JsonObject { ["fields"] = new JsonObject { ["project"] = new JsonObject { ["key"] = "OPS" } } });
        var key = (await issue.JsonAsync())["key"]!.GetValue<string>();
        using var deleted = await SandboxHttp.SendAsync(HttpMethod.Delete, SandboxHttp.Site(_sandbox, $"/rest/api/3/issue/{key}"), _token.BasicAuthorization);
        using var gone = await SandboxHttp.GetAsync(_sandbox, $"/rest/api/3/issue/{key}", _token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.Created, space.StatusCode);
        Assert.Equal("NEW", (await space.JsonAsync())["key"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.Created, issue.StatusCode);
        Assert.Equal("OPS-1", key);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.NotNull((await invalid.JsonAsync())["errors"]!["summary"]);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Bad_values_are_400_with_the_reason_in_the_apis_error_shape()
    {
        using var badKey = await Send(HttpMethod.Post, "/wiki/api/v2/spaces", new JsonObject { ["key"] = "not a key", ["name"] = "Not a key" });
        using var badLabel = await Send(HttpMethod.Post, $"/wiki/rest/api/content/{_sandbox.Store.AddPage(_space, "Labels").Id}/label", new JsonArray(new JsonObject { ["prefix"] = "global", ["name"] = "two words" }));

        Assert.Equal(HttpStatusCode.BadRequest, badKey.StatusCode);
        Assert.Contains("letters and digits", (await badKey.JsonAsync())["errors"]![0]!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, badLabel.StatusCode);
        Assert.Contains("without spaces", (await badLabel.JsonAsync())["message"]!.GetValue<string>());
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, JsonNode body)
        => SandboxHttp.SendAsync(method, SandboxHttp.Site(_sandbox, path), _token.BasicAuthorization, body);

    private Task<HttpResponseMessage> Upload(string path, bool withXsrfHeader)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("hello"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "diagram.txt");
        form.Add(new StringContent("true"), "minorEdit");
        return withXsrfHeader
            ? SandboxHttp.SendAsync(HttpMethod.Post, SandboxHttp.Site(_sandbox, path), _token.BasicAuthorization, content: form, headers: ("X-Atlassian-Token", "no-check"))
            : SandboxHttp.SendAsync(HttpMethod.Post, SandboxHttp.Site(_sandbox, path), _token.BasicAuthorization, content: form);
    }
}
