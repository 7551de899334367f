using System.Net;

namespace Scopewise.Sandbox.Tests;

/// <summary>
/// Scope checks as Atlassian makes them: v1 operations take the classic or the granular alternative, v2 operations the
/// granular one only, and a missing scope is 401 with FAILURE_CLIENT_SCOPE_CHECK (not 403).
/// </summary>
public sealed class ScopeEnforcementTests : IAsyncLifetime
{
    private static readonly string[] ClassicOnly = ["read:confluence-content.summary", "read:confluence-content.all"];
    private static readonly string[] GranularOnly = ["read:content-details:confluence", "read:page:confluence"];
    private static readonly string[] Neither = ["read:space:confluence", "read:jira-work"];

    private AtlassianSandbox _sandbox = null!;
    private SandboxUser _user = null!;
    private string _v1Path = null!;
    private const string V2Path = "/wiki/api/v2/pages";

    public async Task InitializeAsync()
    {
        _sandbox = await AtlassianSandbox.StartAsync();
        _user = _sandbox.CreateUser("Katherine Johnson");
        var space = _sandbox.Store.AddSpace("ORBIT");
        var root = _sandbox.Store.AddPage(space, "Trajectories");
        _sandbox.Store.AddPage(space, "Re-entry", parent: root);
        _v1Path = $"/wiki/rest/api/content/{root.Id}/descendant/page";
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public static TheoryData<string> ScopedCredentials => new() { "scoped-api-token", "oauth" };

    [Theory]
    [MemberData(nameof(ScopedCredentials))]
    public async Task Classic_only_credential_passes_v1_and_fails_v2(string kind)
    {
        var authorization = Credential(kind, ClassicOnly);

        using var v1 = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, _v1Path), authorization);
        using var v2 = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, V2Path), authorization);

        Assert.Equal(HttpStatusCode.OK, v1.StatusCode);
        Assert.Equal("Re-entry", (await v1.JsonAsync())["results"]![0]!["title"]!.GetValue<string>());
        await AssertScopeMismatchAsync(v2);
    }

    [Theory]
    [MemberData(nameof(ScopedCredentials))]
    public async Task Granular_only_credential_passes_v1_and_v2(string kind)
    {
        var authorization = Credential(kind, GranularOnly);

        using var v1 = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, _v1Path), authorization);
        using var v2 = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, V2Path), authorization);

        Assert.Equal(HttpStatusCode.OK, v1.StatusCode);
        Assert.Equal(HttpStatusCode.OK, v2.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ScopedCredentials))]
    public async Task Credential_with_neither_alternative_fails_v1_and_v2_like_atlassian(string kind)
    {
        var authorization = Credential(kind, Neither);

        using var v1 = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, _v1Path), authorization);
        using var v2 = await SandboxHttp.GetAsync(SandboxHttp.Confluence(_sandbox, V2Path), authorization);

        await AssertScopeMismatchAsync(v1);
        await AssertScopeMismatchAsync(v2);
    }

    [Fact]
    public async Task Classic_api_token_carries_the_users_permissions_and_no_scope_check()
    {
        var token = _sandbox.IssueApiToken(_user);

        using var v1 = await SandboxHttp.GetAsync(_sandbox, _v1Path, token.BasicAuthorization);
        using var v2 = await SandboxHttp.GetAsync(_sandbox, V2Path, token.BasicAuthorization);

        Assert.Equal(HttpStatusCode.OK, v1.StatusCode);
        Assert.Equal(HttpStatusCode.OK, v2.StatusCode);
    }

    [Fact]
    public async Task Scope_table_corrections_are_enforced_too()
    {
        // jira.scopes.json replaces the spec's empty Current entry of updateMultipleCustomFieldValues with write:app-data:jira.
        var without = _sandbox.IssueScopedApiToken(_user, ["write:jira-work"]);
        var with = _sandbox.IssueScopedApiToken(_user, ["write:app-data:jira"]);
        var url = SandboxHttp.Jira(_sandbox, "/rest/api/3/app/field/value");

        using var refused = await SandboxHttp.SendAsync(HttpMethod.Post, url, without.BasicAuthorization, System.Text.Json.Nodes.JsonNode.Parse("{}"));
        using var passed = await SandboxHttp.SendAsync(HttpMethod.Post, url, with.BasicAuthorization, System.Text.Json.Nodes.JsonNode.Parse("{}"));

        await AssertScopeMismatchAsync(refused);
        Assert.Equal(HttpStatusCode.NotImplemented, passed.StatusCode);
    }

    private string Credential(string kind, string[] scopes) => kind switch
    {
        "scoped-api-token" => _sandbox.IssueScopedApiToken(_user, scopes).BasicAuthorization,
        _ => _sandbox.IssueOAuthTokens(_user, _sandbox.RegisterOAuthClient(), scopes).BearerAuthorization,
    };

    private static async Task AssertScopeMismatchAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("FAILURE_CLIENT_SCOPE_CHECK", response.Header("X-Failure-Category"));
        Assert.Equal("""{"code":401,"message":"Unauthorized; scope does not match"}""", await response.Content.ReadAsStringAsync());
    }
}
