using System.Net;
using System.Net.Http.Headers;

namespace Scopewise.Sandbox.Tests;

/// <summary>
/// Atlassian's order: authenticate (401 on every route, unknown and removed ones included), then the scope check, then
/// the route (404, 410, 501); and bad bodies (not UTF-8, too large) answered in the product's shape with the trace id.
/// </summary>
public sealed class GatewayOrderTests : IAsyncLifetime
{
    private AtlassianSandbox _sandbox = null!;
    private SandboxUser _user = null!;
    private SandboxApiToken _classic = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await AtlassianSandbox.StartAsync(new SandboxOptions { MaxRequestBodyBytes = 1024 * 1024 });
        _user = _sandbox.CreateUser("Barbara Liskov");
        _classic = _sandbox.IssueApiToken(_user);
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Theory]
    [InlineData("/wiki/api/v2/no-such-thing")]
    [InlineData("/wiki/rest/api/space")]
    [InlineData("/wiki/api/v2/pages")]
    public async Task The_gateway_answers_401_before_any_route_for_a_missing_or_bad_credential(string path)
    {
        using var missing = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, path));
        using var bogus = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, path), "Bearer not-a-token");
        using var classic = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, path), _classic.BasicAuthorization);

        foreach (var response in new[] { missing, bogus, classic })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain("\"authorized\"", await response.Content.ReadAsStringAsync());
            Assert.NotNull(response.Header("X-Request-Id"));
        }
    }

    [Fact]
    public async Task The_site_answers_401_for_a_bad_credential_or_an_anonymous_caller_on_unknown_and_removed_routes()
    {
        using var badOnUnknown = await SandboxHttp.GetAsync(_sandbox, "/wiki/rest/api/no-such-thing", "Basic " + Convert.ToBase64String("x@example.com:nope"u8.ToArray()));
        using var anonymousOnRemoved = await SandboxHttp.GetAsync(_sandbox, "/wiki/rest/api/space");
        using var anonymousOnUnknown = await SandboxHttp.GetAsync(_sandbox, "/wiki/rest/api/no-such-thing");
        using var knownOnUnknown = await SandboxHttp.GetAsync(_sandbox, "/wiki/rest/api/no-such-thing", _classic.BasicAuthorization);

        Assert.Equal(HttpStatusCode.Unauthorized, badOnUnknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousOnRemoved.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousOnUnknown.StatusCode);
        Assert.False((await anonymousOnUnknown.JsonAsync())["data"]!["authorized"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, knownOnUnknown.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_callers_404_never_claims_authorized()
    {
        var space = _sandbox.Store.AddSpace("OPEN", anonymousAccess: true);
        var page = _sandbox.Store.AddPage(space, "Open page");

        using var missing = await SandboxHttp.GetAsync(_sandbox, "/wiki/rest/api/content/999999/descendant/page");
        using var found = await SandboxHttp.GetAsync(_sandbox, $"/wiki/rest/api/content/{page.Id}/descendant/page");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var body = await missing.JsonAsync();
        Assert.False(body["data"]!["authorized"]!.GetValue<bool>());
        Assert.StartsWith("Scopewise sandbox: ", body["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
    }

    [Fact]
    public async Task Scopes_are_checked_before_a_removed_route_answers_410()
    {
        // An operation still in the spec (so it has scopes) that the sandbox is told Atlassian removed.
        var options = new SandboxOptions();
        options.RemovedEndpoints.Add("GET /wiki/rest/api/content/{id}/descendant/{type}");
        await using var sandbox = await AtlassianSandbox.StartAsync(options);
        var user = sandbox.CreateUser("Grace Hopper");
        var unrelated = sandbox.IssueScopedApiToken(user, ["read:jira-work"]);
        var entitled = sandbox.IssueScopedApiToken(user, ["read:confluence-content.summary"]);

        using var wrongScope = await SandboxHttp.GetAsync(SandboxHttp.Confluence(sandbox, "/wiki/rest/api/content/123/descendant/page"), unrelated.BasicAuthorization);
        using var gone = await SandboxHttp.GetAsync(SandboxHttp.Confluence(sandbox, "/wiki/rest/api/content/123/descendant/page"), entitled.BasicAuthorization);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongScope.StatusCode);
        Assert.Equal("FAILURE_CLIENT_SCOPE_CHECK", wrongScope.Header("X-Failure-Category"));
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
    }

    [Fact]
    public async Task A_json_body_that_is_not_utf8_is_a_400_in_jiras_shape_with_the_trace_id()
    {
        var bytes = new byte[] { (byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}' };
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await SandboxHttp.SendAsync(HttpMethod.Post, SandboxHttp.Site(_sandbox, "/rest/api/3/issue"), _classic.BasicAuthorization, content: content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", (await response.JsonAsync())["errorMessages"]![0]!.GetValue<string>());
        Assert.NotNull(response.Header("X-Request-Id"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_limit_is_a_413_in_the_products_shape_with_the_trace_id(bool declaredLength)
    {
        var payload = new byte[2 * 1024 * 1024];
        HttpContent content = declaredLength ? new ByteArrayContent(payload) : new StreamContent(new MemoryStream(payload));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (!declaredLength)
        {
            content.Headers.ContentLength = null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, SandboxHttp.Site(_sandbox, "/wiki/api/v2/pages")) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", _classic.BasicAuthorization);
        if (!declaredLength)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        using var response = await SandboxHttp.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await response.JsonAsync())["errors"]![0]!["status"]!.GetValue<int>());
        Assert.NotNull(response.Header("X-Request-Id"));
    }

    [Fact]
    public async Task A_nul_in_the_path_is_a_400_with_the_trace_id_even_though_kestrel_refuses_it_itself()
    {
        using var refused = await SandboxHttp.GetAsync(new Uri(SandboxHttp.Site(_sandbox, "/wiki/api/v2/").AbsoluteUri + "pa%00ges"), _classic.BasicAuthorization);
        using var next = await SandboxHttp.GetAsync(_sandbox, "/wiki/api/v2/pages", _classic.BasicAuthorization);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", refused.Header("X-Request-Id")!);
        Assert.Equal(refused.Header("X-Request-Id"), refused.Header("ATL-TraceId"));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }
}
