using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Scopewise.Sandbox.Handlers;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Tests;

/// <summary>
/// Every operation the sandbox implements, driven with realistic data against a sandbox that fails loudly on an answer
/// its own spec does not allow (<see cref="SandboxOptions.FailOnContractViolation"/>): each answer must be a success,
/// no answer may break its response schema, and no implemented operation may be left out.
/// </summary>
public sealed class ContractTests
{
    private static readonly JsonObject Adf = new()
    {
        ["type"] = "doc",
        ["version"] = 1,
        ["content"] = new JsonArray(new JsonObject
        {
            ["type"] = "paragraph",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "Steps to reproduce", ["marks"] = new JsonArray(new JsonObject { ["type"] = "strong" }) }),
        }),
    };

    [Fact]
    public async Task Every_implemented_cloud_operation_answers_within_its_published_schema()
    {
        var options = new SandboxOptions { FailOnContractViolation = true };
        options.RemovedEndpoints.Clear(); // the removed v1 and Jira endpoints still have handlers; drive them too
        await using var sandbox = await AtlassianSandbox.StartAsync(options);
        var user = sandbox.CreateUser("Grace Hopper");
        var auth = sandbox.IssueApiToken(user).BasicAuthorization;
        var space = sandbox.Store.AddSpace("DOCS", "Documentation");
        var home = sandbox.Store.AddPage(space, "Home", "<p>Welcome</p>", author: user);
        var blog = sandbox.Store.AddBlogPost(space, "Release 2.0", "<p>Out now</p>", user);
        var drive = new Driver(sandbox, auth);

        // Confluence v2: spaces, pages, blog posts.
        await drive.Json(HttpMethod.Get, "/wiki/api/v2/spaces?keys=DOCS");
        var created = await drive.Json(HttpMethod.Post, "/wiki/api/v2/spaces", new JsonObject { ["key"] = "TEAM", ["name"] = "Team" }, expected: HttpStatusCode.Created);
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/spaces/{space.Id}");
        var page = await drive.Json(HttpMethod.Post, "/wiki/api/v2/pages", new JsonObject
        {
            ["spaceId"] = space.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["status"] = "current",
            ["title"] = "Runbook",
            ["parentId"] = home.Id,
            ["body"] = new JsonObject { ["representation"] = "storage", ["value"] = "<p>Restart the service.</p>" },
        });
        var pageId = page["id"]!.GetValue<string>();
        await drive.Json(HttpMethod.Get, "/wiki/api/v2/pages?body-format=storage");
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/spaces/{space.Id}/pages");
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/pages/{pageId}?body-format=storage");
        await drive.Json(HttpMethod.Put, $"/wiki/api/v2/pages/{pageId}", new JsonObject
        {
            ["id"] = pageId,
            ["status"] = "current",
            ["title"] = "Runbook (2)",
            ["body"] = new JsonObject { ["representation"] = "storage", ["value"] = "<p>Restart, then check.</p>" },
            ["version"] = new JsonObject { ["number"] = 2, ["message"] = "clarified" },
        });
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/pages/{home.Id}/children");
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/pages/{pageId}/ancestors");
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/pages/{pageId}/versions");
        await drive.Json(HttpMethod.Get, "/wiki/api/v2/blogposts");
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/spaces/{space.Id}/blogposts");
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/blogposts/{blog.Id}?body-format=storage");
        var post = await drive.Json(HttpMethod.Post, "/wiki/api/v2/blogposts", new JsonObject
        {
            ["spaceId"] = space.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["status"] = "current",
            ["title"] = "Release 2.1",
            ["body"] = new JsonObject { ["representation"] = "storage", ["value"] = "<p>Fixes.</p>" },
        });
        var postId = post["id"]!.GetValue<string>();
        await drive.Json(HttpMethod.Put, $"/wiki/api/v2/blogposts/{postId}", new JsonObject
        {
            ["id"] = postId,
            ["status"] = "current",
            ["title"] = "Release 2.1.1",
            ["body"] = new JsonObject { ["representation"] = "storage", ["value"] = "<p>More fixes.</p>" },
            ["version"] = new JsonObject { ["number"] = 2 },
        });
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/blogposts/{postId}/versions");

        // Footer comments.
        var comment = await drive.Json(HttpMethod.Post, "/wiki/api/v2/footer-comments", new JsonObject
        {
            ["pageId"] = pageId,
            ["body"] = new JsonObject { ["representation"] = "storage", ["value"] = "<p>Works for me.</p>" },
        }, expected: HttpStatusCode.Created);
        var commentId = comment["id"]!.GetValue<string>();
        await drive.Json(HttpMethod.Post, "/wiki/api/v2/footer-comments", new JsonObject
        {
            ["blogPostId"] = blog.Id,
            ["body"] = new JsonObject { ["representation"] = "storage", ["value"] = "<p>Congratulations.</p>" },
        }, expected: HttpStatusCode.Created);
        await drive.Json(HttpMethod.Get, "/wiki/api/v2/footer-comments?body-format=storage");
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/pages/{pageId}/footer-comments?body-format=storage");
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/blogposts/{blog.Id}/footer-comments");
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/footer-comments/{commentId}?body-format=storage");
        await drive.Json(HttpMethod.Put, $"/wiki/api/v2/footer-comments/{commentId}", new JsonObject
        {
            ["version"] = new JsonObject { ["number"] = 2 },
            ["body"] = new JsonObject { ["representation"] = "storage", ["value"] = "<p>Works for me too.</p>" },
        });

        // Content properties.
        foreach (var (kind, id) in new[] { ("pages", pageId), ("blogposts", blog.Id) })
        {
            var property = await drive.Json(HttpMethod.Post, $"/wiki/api/v2/{kind}/{id}/properties", new JsonObject { ["key"] = "review", ["value"] = new JsonObject { ["state"] = "pending", ["reviewers"] = new JsonArray("ada") } });
            var propertyId = property["id"]!.GetValue<string>();
            await drive.Json(HttpMethod.Get, $"/wiki/api/v2/{kind}/{id}/properties?key=review");
            await drive.Json(HttpMethod.Get, $"/wiki/api/v2/{kind}/{id}/properties/{propertyId}");
            await drive.Json(HttpMethod.Put, $"/wiki/api/v2/{kind}/{id}/properties/{propertyId}", new JsonObject { ["key"] = "review", ["value"] = new JsonObject { ["state"] = "done" }, ["version"] = new JsonObject { ["number"] = 2, ["message"] = "reviewed" } });
            await drive.Send(HttpMethod.Delete, $"/wiki/api/v2/{kind}/{id}/properties/{propertyId}");
        }

        // Labels (v1 writes, v2 reads) and attachments (v1 upload and download, v2 reads and delete).
        await drive.Json(HttpMethod.Post, $"/wiki/rest/api/content/{pageId}/label", new JsonArray(new JsonObject { ["prefix"] = "global", ["name"] = "ops" }, new JsonObject { ["prefix"] = "global", ["name"] = "runbook" }));
        await drive.Json(HttpMethod.Post, $"/wiki/rest/api/content/{blog.Id}/label", new JsonArray(new JsonObject { ["prefix"] = "global", ["name"] = "release" }));
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/pages/{pageId}/labels");
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/blogposts/{blog.Id}/labels");
        await drive.Send(HttpMethod.Delete, $"/wiki/rest/api/content/{pageId}/label?name=ops");
        await drive.Send(HttpMethod.Delete, $"/wiki/rest/api/content/{pageId}/label/runbook");
        var uploaded = await drive.Json(HttpMethod.Post, $"/wiki/rest/api/content/{pageId}/child/attachment", content: Upload("diagram.png", "image/png"), xsrf: true);
        var attachmentId = uploaded["results"]![0]!["id"]!.GetValue<string>();
        await drive.Json(HttpMethod.Put, $"/wiki/rest/api/content/{blog.Id}/child/attachment", content: Upload("notes.txt", "text/plain"), xsrf: true);
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/pages/{pageId}/attachments");
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/blogposts/{blog.Id}/attachments");
        await drive.Json(HttpMethod.Get, $"/wiki/api/v2/attachments/{attachmentId}");
        await drive.Send(HttpMethod.Get, $"/wiki/rest/api/content/{pageId}/child/attachment/{attachmentId}/download");
        await drive.Send(HttpMethod.Delete, $"/wiki/api/v2/attachments/{attachmentId}");

        // Confluence v1 reads and search.
        await drive.Json(HttpMethod.Get, "/wiki/rest/api/user/current");
        await drive.Json(HttpMethod.Get, $"/wiki/rest/api/content/{home.Id}/descendant/page?expand=ancestors");
        await drive.Json(HttpMethod.Get, "/wiki/rest/api/content/search?cql=" + Uri.EscapeDataString("type = page AND space = DOCS") + "&expand=body.storage,ancestors");
        await drive.Json(HttpMethod.Get, "/wiki/rest/api/search?cql=" + Uri.EscapeDataString("space = DOCS") + "&limit=2");

        // Deletes last, so the reads above had something to read.
        await drive.Send(HttpMethod.Delete, $"/wiki/api/v2/footer-comments/{commentId}");
        await drive.Send(HttpMethod.Delete, $"/wiki/api/v2/blogposts/{postId}");
        await drive.Send(HttpMethod.Delete, $"/wiki/api/v2/pages/{pageId}");
        Assert.NotNull(created);

        // Jira.
        await drive.Json(HttpMethod.Get, "/rest/api/3/myself");
        var issue = await drive.Json(HttpMethod.Post, "/rest/api/3/issue", new JsonObject
        {
            ["fields"] = new JsonObject
            {
                ["project"] = new JsonObject { ["key"] = "OPS" },
                ["summary"] = "Disk fills up",
                ["issuetype"] = new JsonObject { ["name"] = "Bug" },
                ["description"] = Adf.DeepClone(),
                ["labels"] = new JsonArray("disk"),
            },
        }, expected: HttpStatusCode.Created);
        var key = issue["key"]!.GetValue<string>();
        await drive.Json(HttpMethod.Get, $"/rest/api/3/issue/{key}");
        await drive.Send(HttpMethod.Put, $"/rest/api/3/issue/{key}", new JsonObject
        {
            ["fields"] = new JsonObject { ["summary"] = "Disk fills up at night", ["assignee"] = new JsonObject { ["accountId"] = user.AccountId } },
            ["update"] = new JsonObject { ["labels"] = new JsonArray(new JsonObject { ["add"] = "nightly" }) },
        });
        await drive.Send(HttpMethod.Put, $"/rest/api/3/issue/{key}/assignee", new JsonObject { ["accountId"] = user.AccountId });
        var jiraComment = await drive.Json(HttpMethod.Post, $"/rest/api/3/issue/{key}/comment", new JsonObject { ["body"] = Adf.DeepClone() }, expected: HttpStatusCode.Created);
        var jiraCommentId = jiraComment["id"]!.GetValue<string>();
        await drive.Json(HttpMethod.Get, $"/rest/api/3/issue/{key}/comment");
        await drive.Json(HttpMethod.Get, $"/rest/api/3/issue/{key}/comment/{jiraCommentId}");
        await drive.Json(HttpMethod.Put, $"/rest/api/3/issue/{key}/comment/{jiraCommentId}", new JsonObject { ["body"] = Adf.DeepClone() });
        await drive.Json(HttpMethod.Get, $"/rest/api/3/issue/{key}/transitions");
        await drive.Send(HttpMethod.Post, $"/rest/api/3/issue/{key}/transitions", new JsonObject { ["transition"] = new JsonObject { ["id"] = "21" } });
        var jiraAttachments = await drive.Json(HttpMethod.Post, $"/rest/api/3/issue/{key}/attachments", content: Upload("trace.log", "text/plain"), xsrf: true);
        var jiraAttachmentId = jiraAttachments[0]!["id"]!.GetValue<string>();
        await drive.Json(HttpMethod.Get, $"/rest/api/3/attachment/{jiraAttachmentId}");
        await drive.Send(HttpMethod.Get, $"/rest/api/3/attachment/content/{jiraAttachmentId}");
        await drive.Json(HttpMethod.Get, $"/rest/api/3/issue/{key}");
        await drive.Json(HttpMethod.Get, "/rest/api/3/search/jql?jql=" + Uri.EscapeDataString("status = \"In Progress\" ORDER BY created") + "&maxResults=1");
        await drive.Json(HttpMethod.Post, "/rest/api/3/search/jql", new JsonObject { ["jql"] = "project = OPS", ["maxResults"] = 10 });
        // Removed by CHANGE-2046 (effective 2025-05-01): the sandbox answers 410 as Jira does, in Jira's error shape.
        await drive.Json(HttpMethod.Get, "/rest/api/3/search?jql=" + Uri.EscapeDataString("project = DEMO"), expected: HttpStatusCode.Gone);
        await drive.Json(HttpMethod.Get, "/rest/api/3/project/search");
        await drive.Send(HttpMethod.Delete, $"/rest/api/3/attachment/{jiraAttachmentId}");
        await drive.Send(HttpMethod.Delete, $"/rest/api/3/issue/{key}/comment/{jiraCommentId}");
        await drive.Send(HttpMethod.Delete, $"/rest/api/3/issue/{key}");

        Assert.Empty(sandbox.ContractViolations);
        // searchForIssuesUsingJql keeps its handler for EnforceAnnouncedRemovals = false; by default it answers 410 (above).
        var cloudOperations = HandlerRegistry.Default.Implemented
            .Where(o => o.Family != ApiFamily.ConfluenceDataCenter && o != (ApiFamily.JiraV3, "searchForIssuesUsingJql"))
            .Select(o => $"{o.Family} {o.OperationId}");
        Assert.Empty(cloudOperations.Except(drive.Succeeded(sandbox)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_implemented_data_center_operation_answers_within_its_published_schema()
    {
        await using var sandbox = await AtlassianSandbox.StartAsync(new SandboxOptions { Deployment = SandboxDeployment.DataCenter, ContextPath = "/confluence", FailOnContractViolation = true });
        var user = sandbox.CreateUser("Ada Lovelace", password: "correct horse");
        var drive = new Driver(sandbox, user.PasswordBasicAuthorization);
        var space = sandbox.Store.AddSpace("DOCS");
        var home = sandbox.Store.AddPage(space, "Home", author: user);

        await drive.Json(HttpMethod.Get, "/rest/api/user/current");
        await drive.Json(HttpMethod.Get, "/rest/api/space");
        await drive.Json(HttpMethod.Get, "/rest/api/space/DOCS");
        var page = await drive.Json(HttpMethod.Post, "/rest/api/content", new JsonObject
        {
            ["type"] = "page",
            ["title"] = "Runbook",
            ["space"] = new JsonObject { ["key"] = "DOCS" },
            ["ancestors"] = new JsonArray(new JsonObject { ["id"] = home.Id }),
            ["body"] = new JsonObject { ["storage"] = new JsonObject { ["value"] = "<p>Restart.</p>", ["representation"] = "storage" } },
        });
        var pageId = page["id"]!.GetValue<string>();
        await drive.Json(HttpMethod.Get, "/rest/api/content?spaceKey=DOCS&expand=body.storage");
        await drive.Json(HttpMethod.Get, $"/rest/api/content/{pageId}?expand=body.storage,ancestors");
        await drive.Json(HttpMethod.Post, $"/rest/api/content/{pageId}/label", new JsonObject { ["prefix"] = "global", ["name"] = "ops" });
        await drive.Json(HttpMethod.Get, $"/rest/api/content/{pageId}/label");
        await drive.Send(HttpMethod.Delete, $"/rest/api/content/{pageId}/label?name=ops");
        await drive.Json(HttpMethod.Post, $"/rest/api/content/{pageId}/child/attachment", content: Upload("diagram.png", "image/png"), xsrf: true);
        await drive.Json(HttpMethod.Get, $"/rest/api/content/{pageId}/child/attachment");
        await drive.Send(HttpMethod.Delete, $"/rest/api/content/{pageId}");

        Assert.Empty(sandbox.ContractViolations);
        var operations = HandlerRegistry.Default.Implemented.Where(o => o.Family == ApiFamily.ConfluenceDataCenter).Select(o => $"{o.Family} {o.OperationId}");
        Assert.Empty(operations.Except(drive.Succeeded(sandbox)).Order(StringComparer.Ordinal));
    }

    private static MultipartFormDataContent Upload(string fileName, string mediaType)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("sandbox file " + fileName));
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    /// <summary>Sends requests, insisting on success; the sandbox's request log says which operations answered 2xx.</summary>
    private sealed class Driver(AtlassianSandbox sandbox, string authorization)
    {
        public async Task<JsonNode> Json(HttpMethod method, string path, JsonNode? json = null, HttpContent? content = null, bool xsrf = false, HttpStatusCode expected = HttpStatusCode.OK)
        {
            var (status, text) = await Exchange(method, path, json, content, xsrf);
            Assert.True(status == expected, $"{method} {path}: expected {(int)expected}, got {(int)status}: {text}");
            return JsonNode.Parse(text) ?? throw new InvalidOperationException($"{method} {path} answered no JSON.");
        }

        public async Task Send(HttpMethod method, string path, JsonNode? json = null)
        {
            var (status, text) = await Exchange(method, path, json, null, false);
            Assert.True((int)status is >= 200 and < 300, $"{method} {path}: expected success, got {(int)status}: {text}");
        }

        /// <summary>"Family operationId" of every request answered 2xx.</summary>
        public IReadOnlySet<string> Succeeded(AtlassianSandbox s)
        {
            var routes = s.Options.Deployment == SandboxDeployment.DataCenter ? SpecCatalog.DataCenter : SpecCatalog.Cloud;
            var familyOf = routes.Operations.GroupBy(o => o.OperationId).ToDictionary(g => g.Key, g => g.Select(o => o.Family).ToList());
            return s.Requests.Where(r => r.StatusCode is >= 200 and < 300 && r.OperationId is not null)
                .SelectMany(r => familyOf[r.OperationId!].Select(f => $"{f} {r.OperationId}"))
                .ToHashSet(StringComparer.Ordinal);
        }

        private async Task<(HttpStatusCode Status, string Text)> Exchange(HttpMethod method, string path, JsonNode? json, HttpContent? content, bool xsrf)
        {
            var headers = xsrf ? new[] { ("X-Atlassian-Token", "no-check") } : [];
            using var response = await SandboxHttp.SendAsync(method, SandboxHttp.Site(sandbox, path), authorization, json, content, headers);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
    }
}
