using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scopewise.Confluence.V1;
using Scopewise.Confluence.V2;
using Scopewise.Jira;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Tests;

/// <summary>
/// The everyday Jira and Confluence writes as a user makes them: through the generated clients and the runtime, over
/// HTTP, on the site (classic API token) and through the gateway (scoped API token), against a sandbox that fails
/// loudly on an answer its spec does not allow.
/// </summary>
public sealed class EverydayWritesScenarioTests
{
    private static readonly string[] JiraOperations = ["createIssue", "getIssue", "editIssue", "deleteIssue", "assignIssue", "addComment", "getComments", "getTransitions", "doTransition", "searchAndReconsileIssuesUsingJql", "addAttachment", "getAttachment", "removeAttachment"];

    private static readonly string[] ConfluenceOperations = ["createPage", "getPageById", "getPageAncestors", "getChildPages", "createFooterComment", "getPageFooterComments", "createAttachment", "getPageAttachments", "deleteAttachment", "addLabelsToContent", "getPageLabels", "createPageProperty", "getPageContentProperties", "searchByCQL", "deletePage"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_jira_issue_with_an_adf_description_is_edited_commented_transitioned_found_and_given_a_file(bool throughGateway)
    {
        await using var sandbox = await AtlassianSandbox.StartAsync(new SandboxOptions { FailOnContractViolation = true });
        var user = sandbox.CreateUser("Katherine Johnson");
        using var connection = Connect(sandbox, user, throughGateway, JiraOperations);
        var jira = new JiraClient(connection);
        var description = Adf(Heading("Steps"), Paragraph("Run the ", Text("nightly", "code"), " job, then look at ", Text("/var/log", "strong"), "."));

        var created = await jira.Issues.CreateIssueAsync(new IssueUpdateDetails
        {
            Fields = new()
            {
                ["project"] = Json(new JsonObject { ["key"] = "OPS" }),
                ["summary"] = Json("Disk fills up"),
                ["issuetype"] = Json(new JsonObject { ["name"] = "Bug" }),
                ["description"] = Json(description),
            },
        });
        var read = await jira.Issues.GetIssueAsync(created.Key!);
        Assert.True(JsonNode.DeepEquals(description, Node(read.Fields!["description"])), $"description came back as {read.Fields!["description"]}");

        var edited = Adf(Paragraph("Happens at 02:00 UTC only."));
        await jira.Issues.EditIssueAsync(created.Key!, new IssueUpdateDetails
        {
            Fields = new() { ["summary"] = Json("Disk fills up at night"), ["description"] = Json(edited), ["labels"] = Json(new JsonArray("disk", "nightly")) },
        });
        await jira.Issues.AssignIssueAsync(created.Key!, new Scopewise.Jira.User { AccountId = user.AccountId });
        var comment = Adf(Paragraph("Reproduced on ", Text("build 42", "em"), "."));
        var added = await jira.IssueComments.AddCommentAsync(created.Key!, new Comment { Body = Json(comment) });

        var transitions = await jira.Issues.GetTransitionsAsync(created.Key!);
        var start = transitions.Transitions2!.Single(t => t.To?.Name == "In Progress");
        await jira.Issues.DoTransitionAsync(created.Key!, new IssueUpdateDetails { Transition = new IssueTransition { Id = start.Id } });
        var found = await jira.IssueSearches.SearchAndReconsileIssuesUsingJqlAsync(jql: "project = OPS AND status = \"In Progress\"", fields: ["summary", "status"]);

        using var file = new MultipartFormDataContent { { Bytes("df -h output", "text/plain"), "file", "df.txt" } };
        var attachment = Assert.Single(await jira.IssueAttachments.AddAttachmentAsync(created.Key!, file));
        var metadata = await jira.IssueAttachments.GetAttachmentAsync(attachment.Id!);
        var withAttachment = await jira.Issues.GetIssueAsync(created.Key!);
        var stored = sandbox.Store.FindIssueAttachment(attachment.Id!)!.Value.Attachment.Data;
        await jira.IssueAttachments.RemoveAttachmentAsync(attachment.Id!);
        var afterRemoval = await jira.Issues.GetIssueAsync(created.Key!);
        var comments = await jira.IssueComments.GetCommentsAsync(created.Key!);

        Assert.Equal("Disk fills up at night", afterRemoval.Fields!["summary"].GetString());
        Assert.True(JsonNode.DeepEquals(edited, Node(afterRemoval.Fields["description"])));
        Assert.Equal(["disk", "nightly"], afterRemoval.Fields["labels"].EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(user.AccountId, afterRemoval.Fields["assignee"].GetProperty("accountId").GetString());
        Assert.Equal("In Progress", afterRemoval.Fields["status"].GetProperty("name").GetString());
        Assert.Equal(created.Key, Assert.Single(found.Issues!).Key);
        Assert.True(JsonNode.DeepEquals(comment, Node(Assert.Single(comments.Comments!).Body!.Value)));
        Assert.Equal(added.Id, comments.Comments![0].Id);
        Assert.Equal(("df.txt", 12L), (metadata.Filename, metadata.Size));
        Assert.Equal("df -h output", Encoding.UTF8.GetString(stored));
        Assert.Equal(attachment.Id, Assert.Single(withAttachment.Fields!["attachment"].EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(0, afterRemoval.Fields["attachment"].GetArrayLength());
        await jira.Issues.DeleteIssueAsync(created.Key!);
        Assert.Null(sandbox.Store.FindIssue(created.Key!));
        Assert.Empty(sandbox.ContractViolations);
        Assert.All(sandbox.Requests.Where(r => r.OperationId is not null), r => Assert.Equal(throughGateway, r.Path.StartsWith("/ex/jira/", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_confluence_page_gets_a_footer_comment_an_attachment_labels_a_property_and_is_found_by_cql(bool throughGateway)
    {
        await using var sandbox = await AtlassianSandbox.StartAsync(new SandboxOptions { FailOnContractViolation = true });
        var user = sandbox.CreateUser("Dorothy Vaughan");
        var space = sandbox.Store.AddSpace("DOCS", "Documentation");
        var home = sandbox.Store.AddPage(space, "Home", "<p>Welcome</p>", author: user);
        using var connection = Connect(sandbox, user, throughGateway, ConfluenceOperations);
        var v2 = new ConfluenceV2Client(connection);
        var v1 = new ConfluenceV1Client(connection);
        const string Storage = "<p>Restart the <strong>indexer</strong> &amp; wait.</p>";

        var page = await v2.Pages.CreatePageAsync(new CreatePageRequest
        {
            SpaceId = space.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Status = CreatePageRequestStatus.Current,
            Title = "Runbook: indexer",
            ParentId = home.Id,
            Body = CreatePageRequestBody.FromPageBodyWrite(new PageBodyWrite { Representation = PageBodyWriteRepresentation.Storage, Value = Storage }),
        });
        var pageId = long.Parse(page.Id!, System.Globalization.CultureInfo.InvariantCulture);
        var read = await v2.Pages.GetPageByIdAsync(pageId, bodyFormat: PrimaryBodyRepresentationSingle.Storage);
        var ancestors = await v2.Ancestors.GetPageAncestorsAsync(pageId);
#pragma warning disable CS0618 // Atlassian deprecated /pages/{id}/children for /direct-children; the sandbox serves the former, which clients still call
        var children = await v2.Children.GetChildPagesAsync(long.Parse(home.Id, System.Globalization.CultureInfo.InvariantCulture));
#pragma warning restore CS0618

        await v2.Comments.CreateFooterCommentAsync(new CreateFooterCommentModel
        {
            PageId = page.Id,
            Body = CreateFooterCommentModelBody.FromCommentBodyWrite(new CommentBodyWrite { Representation = CommentBodyWriteRepresentation.Storage, Value = "<p>Worked for me.</p>" }),
        });
        var comments = await v2.Comments.GetPageFooterCommentsAsync(pageId, bodyFormat: PrimaryBodyRepresentation.Storage);

        using var file = new MultipartFormDataContent { { Bytes("digraph { a -> b }", "text/vnd.graphviz"), "file", "flow.dot" } };
        var uploaded = await v1.ContentAttachments.CreateAttachmentAsync(page.Id!, file);
        var attachmentId = Assert.Single(uploaded.Results!).Id!;
        var attachments = await v2.Attachments.GetPageAttachmentsAsync(pageId);
        await v2.Attachments.DeleteAttachmentAsync(long.Parse(attachmentId["att".Length..], System.Globalization.CultureInfo.InvariantCulture));
        var afterDelete = await v2.Attachments.GetPageAttachmentsAsync(pageId);

        await v1.ContentLabels.AddLabelsToContentAsync(page.Id!, AddLabelsToContentRequest.FromListOfLabelCreate([new LabelCreate { Prefix = "global", Name = "runbook" }, new LabelCreate { Prefix = "global", Name = "indexer" }]));
        var labels = await v2.Labels.GetPageLabelsAsync(pageId);
        await v2.ContentProperties.CreatePagePropertyAsync(pageId, new ContentPropertyCreateRequest { Key = "review", Value = JsonSerializer.SerializeToElement(new JsonObject { ["state"] = "pending" }) });
        var properties = await v2.ContentProperties.GetPageContentPropertiesAsync(pageId);
        var found = await v1.Searches.SearchByCQLAsync("space = DOCS AND title = \"Runbook: indexer\"");

        Assert.Equal(Storage, read.Body!.Storage!.Value);
        Assert.Equal(home.Id, Assert.Single(ancestors.Results!).Id);
        Assert.Contains(children.Results!, c => c.Id == page.Id);
        Assert.Equal("<p>Worked for me.</p>", Assert.Single(comments.Results!).Body!.Storage!.Value);
        Assert.Equal(("flow.dot", 18L), (Assert.Single(attachments.Results!).Title, Assert.Single(attachments.Results!).FileSize));
        Assert.Empty(afterDelete.Results!);
        Assert.Equal(["runbook", "indexer"], labels.Results!.Select(l => l.Name));
        Assert.Equal("pending", Assert.Single(properties.Results!).Value!.Value.GetProperty("state").GetString());
        Assert.Equal("Runbook: indexer", Assert.Single(found.Results!).Title);
        await v2.Pages.DeletePageAsync(pageId);
        Assert.Equal("trashed", sandbox.Store.FindContent(page.Id!)!.Status);
        Assert.Empty(sandbox.ContractViolations);
        Assert.All(sandbox.Requests.Where(r => r.OperationId is not null), r => Assert.Equal(throughGateway, r.Path.StartsWith("/ex/confluence/", StringComparison.Ordinal)));
    }

    /// <summary>A classic API token on the site, or a scoped one (holding every scope the operations accept) through the gateway.</summary>
    private static ApiConnection Connect(AtlassianSandbox sandbox, SandboxUser user, bool throughGateway, IReadOnlyCollection<string> operations)
    {
        AtlassianCredential credential;
        if (throughGateway)
        {
            var scopes = SpecCatalog.Cloud.Operations.Where(o => operations.Contains(o.OperationId))
                .SelectMany(o => o.Scopes.Alternatives.SelectMany(a => a)).Distinct(StringComparer.Ordinal).ToList();
            credential = AtlassianCredential.ScopedApiToken(user.Email, sandbox.IssueScopedApiToken(user, scopes).Token);
        }
        else
        {
            credential = AtlassianCredential.ApiToken(user.Email, sandbox.IssueApiToken(user).Token);
        }

        return new ApiConnection(new ScopewiseOptions
        {
            Site = sandbox.BaseAddress.AbsoluteUri,
            Deployment = SiteDeployment.Cloud,
            Credential = credential,
            Endpoints = AtlassianEndpoints.AllAt(sandbox.GatewayBaseAddress),
        });
    }

    private static JsonObject Adf(params JsonNode[] content) => new() { ["type"] = "doc", ["version"] = 1, ["content"] = new JsonArray(content) };

    private static JsonObject Heading(string text) => new() { ["type"] = "heading", ["attrs"] = new JsonObject { ["level"] = 2 }, ["content"] = new JsonArray(Text(text)) };

    private static JsonObject Paragraph(params object[] parts)
        => new() { ["type"] = "paragraph", ["content"] = new JsonArray(parts.Select(p => (JsonNode)(p as JsonObject ?? Text((string)p))).ToArray()) };

    private static JsonObject Text(string text, string? mark = null)
    {
        var node = new JsonObject { ["type"] = "text", ["text"] = text };
        if (mark is not null)
        {
            node["marks"] = new JsonArray(new JsonObject { ["type"] = mark });
        }

        return node;
    }

    private static JsonElement Json(JsonNode node) => JsonSerializer.SerializeToElement(node);

    private static JsonElement Json(string text) => JsonSerializer.SerializeToElement(text);

    private static JsonNode? Node(JsonElement element) => JsonNode.Parse(element.GetRawText());

    private static ByteArrayContent Bytes(string text, string mediaType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }
}
