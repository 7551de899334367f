using System.Net;

namespace Scopewise.Sandbox.Tests;

/// <summary>Each credential is accepted where Atlassian accepts it and refused where Atlassian refuses it.</summary>
public sealed class AuthSchemeTests : IAsyncLifetime
{
    private const string V2Pages = "/wiki/api/v2/pages";
    private AtlassianSandbox _sandbox = null!;
    private SandboxUser _user = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await AtlassianSandbox.StartAsync();
        _user = _sandbox.CreateUser("Ada Lovelace", password: "correct horse");
        var space = _sandbox.Store.AddSpace("DOCS");
        _sandbox.Store.AddPage(space, "Welcome");
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Classic_api_token_works_on_the_site_and_is_refused_by_the_gateway()
    {
        var token = _sandbox.IssueApiToken(_user);

        using var site = await SandboxHttp.GetAsync(_sandbox, V2Pages, token.BasicAuthorization);
        using var gateway = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, V2Pages), token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.OK, site.StatusCode);
        Assert.Equal("Welcome", (await site.JsonAsync())["results"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, gateway.StatusCode);
    }

    [Fact]
    public async Task Scoped_api_token_works_through_the_gateway_and_gets_401_on_the_site()
    {
        var token = _sandbox.IssueScopedApiToken(_user, ["read:page:confluence"]);

        using var gateway = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, V2Pages), token.BasicAuthorization);
        using var site = await SandboxHttp.GetAsync(_sandbox, V2Pages, token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.OK, gateway.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, site.StatusCode);
        Assert.Contains("lacks valid authentication credentials", await site.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OAuth_access_token_works_through_the_gateway_only()
    {
        var client = _sandbox.RegisterOAuthClient();
        var tokens = _sandbox.IssueOAuthTokens(_user, client, ["read:page:confluence"]);

        using var gateway = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, V2Pages), tokens.BearerAuthorization);
        using var site = await SandboxHttp.GetAsync(_sandbox, V2Pages, tokens.BearerAuthorization);

        Assert.Equal(HttpStatusCode.OK, gateway.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, site.StatusCode);
    }

    [Fact]
    public async Task Gateway_accepts_confluence_v1_with_and_without_wiki_and_jira_under_its_own_product()
    {
        var client = _sandbox.RegisterOAuthClient();
        var tokens = _sandbox.IssueOAuthTokens(_user, client, ["read:confluence-user", "read:jira-user", "read:jira-work"]);

        using var withWiki = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, "/wiki/rest/api/user/current"), tokens.BearerAuthorization);
        using var withoutWiki = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, "/rest/api/user/current"), tokens.BearerAuthorization);
        using var jira = await SandboxHttp.GetAsync(SandboxHttp.Jira(_sandbox, "/rest/api/3/myself"), tokens.BearerAuthorization);
        using var v2WithoutWiki = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, "/api/v2/pages"), tokens.BearerAuthorization);
        using var jiraUnderConfluence = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, "/rest/api/3/myself"), tokens.BearerAuthorization);
        using var wrongCloud = await SandboxHttp.GetAsync(new Uri(_sandbox.GatewayBaseAddress, $"ex/jira/{Guid.NewGuid()}/rest/api/3/myself"), tokens.BearerAuthorization);

        Assert.Equal(HttpStatusCode.OK, withWiki.StatusCode);
        Assert.Equal(_user.AccountId, (await withWiki.JsonAsync())["accountId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, withoutWiki.StatusCode);
        Assert.Equal(HttpStatusCode.OK, jira.StatusCode);
        Assert.Equal(_user.Email, (await jira.JsonAsync())["emailAddress"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, v2WithoutWiki.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, jiraUnderConfluence.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongCloud.StatusCode);
    }

    [Fact]
    public async Task Anonymous_reads_spaces_that_allow_it_and_nothing_else()
    {
        var open = _sandbox.Store.AddSpace("PUBLIC", anonymousAccess: true);
        var openPage = _sandbox.Store.AddPage(open, "Open page");
        var closedPage = _sandbox.Store.Contents.Single(c => c.Title == "Welcome");

        using var list = await SandboxHttp.GetAsync(_sandbox, V2Pages);
        using var readOpen = await SandboxHttp.GetAsync(_sandbox, $"{V2Pages}/{openPage.Id}");
        using var readClosed = await SandboxHttp.GetAsync(_sandbox, $"{V2Pages}/{closedPage.Id}");
        using var gateway = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, V2Pages));

        var titles = (await list.JsonAsync())["results"]!.AsArray().Select(p => p!["title"]!.GetValue<string>()).ToArray();
        Assert.Equal(["Open page"], titles);
        Assert.Equal(HttpStatusCode.OK, readOpen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, readClosed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, gateway.StatusCode);
    }

    [Fact]
    public async Task Cloud_refuses_basic_auth_with_a_password_and_unknown_tokens()
    {
        using var password = await SandboxHttp.GetAsync(_sandbox, V2Pages, _user.PasswordBasicAuthorization);
        using var unknown = await SandboxHttp.GetAsync(_sandbox, V2Pages, "Basic " + Convert.ToBase64String("ada@example.com:nope"u8.ToArray()));
        using var revoked = await SendWithRevokedToken();

        Assert.Equal(HttpStatusCode.Unauthorized, password.StatusCode);
        Assert.Contains("Basic authentication with passwords is deprecated", await password.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(401, (await unknown.JsonAsync())["errors"]![0]!["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
    }

    [Fact]
    public async Task Expired_oauth_access_token_is_refused()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var sandbox = await AtlassianSandbox.StartAsync(new SandboxOptions { TimeProvider = clock });
        var user = sandbox.CreateUser("Grace Hopper");
        var tokens = sandbox.IssueOAuthTokens(user, sandbox.RegisterOAuthClient(), ["read:page:confluence"], TimeSpan.FromMinutes(5));

        using var fresh = await SandboxHttp.GetAsync(SandboxHttp.Confluence(sandbox, V2Pages), tokens.BearerAuthorization);
        clock.Advance(TimeSpan.FromMinutes(5));
        using var expired = await SandboxHttp.GetAsync(SandboxHttp.Confluence(sandbox, V2Pages), tokens.BearerAuthorization);

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("Unauthorized", (await expired.JsonAsync())["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Data_center_accepts_personal_access_tokens_passwords_and_anonymous_under_its_context_path()
    {
        await using var dc = await AtlassianSandbox.StartAsync(new SandboxOptions { Deployment = SandboxDeployment.DataCenter, ContextPath = "/confluence" });
        var user = dc.CreateUser("Alan Turing", password: "enigma");
        dc.Store.AddSpace("OPEN", anonymousAccess: true);
        var pat = dc.IssuePersonalAccessToken(user);

        using var withPat = await SandboxHttp.GetAsync(dc, "/rest/api/user/current", pat.BearerAuthorization);
        using var withPassword = await SandboxHttp.GetAsync(dc, "/rest/api/user/current", user.PasswordBasicAuthorization);
        using var anonymous = await SandboxHttp.GetAsync(dc, "/rest/api/space");
        using var wrong = await SandboxHttp.GetAsync(dc, "/rest/api/user/current", "Bearer not-a-token");
        using var cloudPath = await SandboxHttp.GetAsync(dc, "/wiki/rest/api/user/current", pat.BearerAuthorization);

        Assert.StartsWith("/confluence", dc.BaseAddress.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("alanturing", (await withPat.JsonAsync())["username"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, withPassword.StatusCode);
        Assert.Equal("OPEN", (await anonymous.JsonAsync())["results"]![0]!["key"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("AUTHENTICATED_FAILED", wrong.Header("X-Seraph-LoginReason"));
        Assert.Equal(HttpStatusCode.NotFound, cloudPath.StatusCode);
        var wrongKind = Assert.Throws<InvalidOperationException>(() => dc.IssueApiToken(user));
        Assert.Contains("IssuePersonalAccessToken", wrongKind.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tenant_info_and_accessible_resources_report_the_cloud_id()
    {
        var tokens = _sandbox.IssueOAuthTokens(_user, _sandbox.RegisterOAuthClient(), ["read:page:confluence"]);

        using var tenant = await SandboxHttp.GetAsync(_sandbox, "/_edge/tenant_info");
        using var resources = await SandboxHttp.GetAsync(new Uri(_sandbox.GatewayBaseAddress, "oauth/token/accessible-resources"), tokens.BearerAuthorization);
        using var withoutToken = await SandboxHttp.GetAsync(new Uri(_sandbox.GatewayBaseAddress, "oauth/token/accessible-resources"));

        Assert.Equal(_sandbox.CloudId, (await tenant.JsonAsync())["cloudId"]!.GetValue<string>());
        var site = (await resources.JsonAsync())[0]!;
        Assert.Equal(_sandbox.CloudId, site["id"]!.GetValue<string>());
        Assert.Equal(_sandbox.BaseAddress.AbsoluteUri.TrimEnd('/'), site["url"]!.GetValue<string>());
        Assert.Equal(["read:page:confluence"], site["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
    }

    private async Task<HttpResponseMessage> SendWithRevokedToken()
    {
        var token = _sandbox.IssueApiToken(_user);
        _sandbox.RevokeApiToken(token);
        return await SandboxHttp.GetAsync(_sandbox, V2Pages, token.BasicAuthorization);
    }
}
