using System.Net.Http.Headers;
using System.Text;
using Scopewise.Runtime.Tests.Support;

namespace Scopewise.Runtime.Tests;

/// <summary>Request and response bodies: uploads (XSRF header, one-time content) and streamed downloads.</summary>
public class BodyTests
{
    private static readonly ApiOperationInfo DcUpload = new("createAttachments", "POST", "/rest/api/content/{id}/child/attachment", "confluence", ScopeRequirement.None);

    private static readonly ApiOperationInfo V1Download = new("downloadAttatchment", "GET", "/wiki/rest/api/content/{id}/child/attachment/{attachmentId}/download", "confluence",
        new ScopeRequirement(new ScopeAlternative(ScopeKind.Classic, "readonly:content.attachment:confluence"), new ScopeAlternative(ScopeKind.Granular, "read:attachment:confluence")));

    private static ApiRequest Upload(string pageId, bool withXsrfHeader)
    {
        var request = new ApiRequest(DcUpload, $"/rest/api/content/{pageId}/child/attachment");
        if (withXsrfHeader)
        {
            request.AddHeader("X-Atlassian-Token", "no-check");
        }

        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("hello"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "hello.txt");
        request.SetContent(form, repeatable: false);
        return request;
    }

    [Fact]
    public async Task Multipart_uploads_get_the_xsrf_opt_out_header_atlassian_requires()
    {
        await using var sandbox = await Sandboxes.DataCenterAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var page = sandbox.Store.AddPage(sandbox.Store.AddSpace("DOC", members: [user]), "Page");
        using var connection = new ApiConnection(Sandboxes.DataCenterOptions(sandbox, AtlassianCredential.PersonalAccessToken(sandbox.IssuePersonalAccessToken(user).Token)));

        await connection.SendAsync(Upload(page.Id, withXsrfHeader: false));

        Assert.Equal("no-check", Assert.Single(sandbox.Requests).Headers["X-Atlassian-Token"]);
        Assert.Equal("hello.txt", Assert.Single(sandbox.Store.Attachments).FileName);
    }

    [Fact]
    public async Task A_failed_xsrf_check_says_which_header_to_send()
    {
        await using var sandbox = await Sandboxes.DataCenterAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var page = sandbox.Store.AddPage(sandbox.Store.AddSpace("DOC", members: [user]), "Page");
        using var connection = new ApiConnection(Sandboxes.DataCenterOptions(sandbox, AtlassianCredential.PersonalAccessToken(sandbox.IssuePersonalAccessToken(user).Token)));
        var request = new ApiRequest(DcUpload, $"/rest/api/content/{page.Id}/child/attachment");
        request.SetContent(new ByteArrayContent(Encoding.UTF8.GetBytes("not multipart")), repeatable: true);

        var error = await Assert.ThrowsAsync<AtlassianPermissionException>(() => connection.SendAsync(request));

        Assert.True(error.IsXsrfCheckFailure);
        Assert.Contains("X-Atlassian-Token: no-check", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_time_body_is_not_sent_twice_when_rate_limited()
    {
        await using var sandbox = await Sandboxes.DataCenterAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var page = sandbox.Store.AddPage(sandbox.Store.AddSpace("DOC", members: [user]), "Page");
        using var connection = new ApiConnection(Sandboxes.DataCenterOptions(sandbox, AtlassianCredential.PersonalAccessToken(sandbox.IssuePersonalAccessToken(user).Token)));
        sandbox.RateLimitNext(1, TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<RateLimitException>(() => connection.SendAsync(Upload(page.Id, withXsrfHeader: true)));

        Assert.Equal(1, error.Attempts);
        Assert.Single(sandbox.Requests);
    }

    [Fact]
    public async Task A_download_is_streamed_and_releases_the_response_when_disposed()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var page = sandbox.Store.AddPage(sandbox.Store.AddSpace("DOC", members: [user]), "Page");
        var data = Enumerable.Range(0, 300_000).Select(i => (byte)i).ToArray();
        var attachment = sandbox.Store.AddAttachment(page, "blob.bin", data);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, sandbox.IssueApiToken(user).Token)));

        byte[] received;
        await using (var stream = await connection.SendForStreamAsync(new ApiRequest(V1Download, $"/wiki/rest/api/content/{page.Id}/child/attachment/{attachment.Id}/download")))
        {
            Assert.False(stream.CanSeek);
            Assert.Equal(data.Length, stream.Length);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            received = copy.ToArray();
        }

        Assert.Equal(data, received);
    }
}
