using Scopewise.Runtime.Tests.Support;
using Scopewise.Sandbox;

namespace Scopewise.Runtime.Tests;

/// <summary>Each credential sends the exact header to the exact base URL of the README's table, for v1, v2 and Jira.</summary>
public class CredentialTableTests
{
    private static async Task<SandboxRequest> CallAsync(AtlassianSandbox sandbox, ApiConnection connection, ApiOperationInfo operation)
    {
        sandbox.ClearRequests();
        await connection.SendAsync(Operations.Request(operation));
        return Assert.Single(sandbox.Requests, r => r.Path.EndsWith(operation.PathTemplate.Replace("/wiki", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Api_token_sends_basic_to_the_site()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, token.Token)));

        foreach (var operation in new[] { Operations.V1CurrentUser, Operations.V2Pages, Operations.JiraMyself })
        {
            var request = await CallAsync(sandbox, connection, operation);
            Assert.Equal(operation.PathTemplate, request.Path);
            Assert.Equal(token.BasicAuthorization, request.Authorization);
            Assert.Equal(200, request.StatusCode);
        }
    }

    [Fact]
    public async Task Scoped_api_token_sends_basic_to_the_gateway_with_the_cloud_id()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueScopedApiToken(user, ["read:confluence-user", "read:page:confluence", "read:jira-user"]);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ScopedApiToken(user.Email, token.Token)));

        var v1 = await CallAsync(sandbox, connection, Operations.V1CurrentUser);
        var v2 = await CallAsync(sandbox, connection, Operations.V2Pages);
        var jira = await CallAsync(sandbox, connection, Operations.JiraMyself);

        Assert.Equal($"/ex/confluence/{sandbox.CloudId}/wiki/rest/api/user/current", v1.Path);
        Assert.Equal($"/ex/confluence/{sandbox.CloudId}/wiki/api/v2/pages", v2.Path);
        Assert.Equal($"/ex/jira/{sandbox.CloudId}/rest/api/3/myself", jira.Path);
        Assert.All([v1, v2, jira], r => Assert.Equal(token.BasicAuthorization, r.Authorization));
        Assert.All([v1, v2, jira], r => Assert.Equal(200, r.StatusCode));
    }

    [Fact]
    public async Task Oauth_sends_bearer_to_the_gateway_for_both_products()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var client = sandbox.RegisterOAuthClient();
        var tokens = sandbox.IssueOAuthTokens(user, client, ["read:confluence-user", "read:page:confluence", "read:jira-user", "offline_access"]);
        var credential = Sandboxes.OAuthCredential(sandbox, client, tokens);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, credential));

        var v1 = await CallAsync(sandbox, connection, Operations.V1CurrentUser);
        var v2 = await CallAsync(sandbox, connection, Operations.V2Pages);
        var jira = await CallAsync(sandbox, connection, Operations.JiraMyself);

        Assert.Equal($"/ex/confluence/{sandbox.CloudId}/wiki/rest/api/user/current", v1.Path);
        Assert.Equal($"/ex/confluence/{sandbox.CloudId}/wiki/api/v2/pages", v2.Path);
        Assert.Equal($"/ex/jira/{sandbox.CloudId}/rest/api/3/myself", jira.Path);
        Assert.All([v1, v2, jira], r => Assert.Equal(tokens.BearerAuthorization, r.Authorization));
    }

    [Fact]
    public async Task Anonymous_sends_no_header_to_the_site()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var space = sandbox.Store.AddSpace("PUB", anonymousAccess: true);
        sandbox.Store.AddPage(space, "Public page");
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.Anonymous));

        var pages = await connection.SendAsync(Operations.Request(Operations.V2Pages), TestJson.Default.V2PageList);

        var request = Assert.Single(Sandboxes.ApiRequests(sandbox, "/api/v2/pages"));
        Assert.Equal("/wiki/api/v2/pages", request.Path);
        Assert.Null(request.Authorization);
        Assert.Equal("Public page", Assert.Single(pages.Results!).Title);
    }

    [Fact]
    public async Task Personal_access_token_sends_bearer_to_data_center_without_wiki()
    {
        await using var sandbox = await Sandboxes.DataCenterAsync("/confluence");
        var user = sandbox.CreateUser("Ada Lovelace");
        var pat = sandbox.IssuePersonalAccessToken(user);
        using var connection = new ApiConnection(Sandboxes.DataCenterOptions(sandbox, AtlassianCredential.PersonalAccessToken(pat.Token)));

        var me = await connection.SendAsync(Operations.Request(Operations.V1CurrentUser), TestJson.Default.V1User);
        await connection.SendAsync(Operations.Request(Operations.DcContent));

        var requests = sandbox.Requests;
        Assert.Equal(["/confluence/rest/api/user/current", "/confluence/rest/api/content"], requests.Select(r => r.Path));
        Assert.All(requests, r => Assert.Equal(pat.BearerAuthorization, r.Authorization));
        Assert.Equal(user.UserName, me.UserName);
    }

    [Fact]
    public async Task Password_sends_basic_to_data_center()
    {
        await using var sandbox = await Sandboxes.DataCenterAsync(contextPath: "");
        var user = sandbox.CreateUser("Ada Lovelace", password: "correct horse");
        using var connection = new ApiConnection(Sandboxes.DataCenterOptions(sandbox, AtlassianCredential.Password(user.UserName, "correct horse")));

        await connection.SendAsync(Operations.Request(Operations.V1CurrentUser));

        var request = Assert.Single(sandbox.Requests);
        Assert.Equal("/rest/api/user/current", request.Path);
        Assert.Equal(user.PasswordBasicAuthorization, request.Authorization);
        Assert.Equal(200, request.StatusCode);
    }

    [Fact]
    public async Task A_custom_product_goes_to_its_own_base_with_its_own_credential_only()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        await using var other = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        var options = Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, token.Token));
        options.Products["inventory"] = ProductRoute.Custom(other.BaseAddress);
        using var connection = new ApiConnection(options);
        var operation = new ApiOperationInfo("getThing", "GET", "/rest/api/3/myself", "inventory", ScopeRequirement.None);

        await Assert.ThrowsAsync<AtlassianAuthenticationException>(() => connection.SendAsync(Operations.Request(operation)));

        var request = Assert.Single(other.Requests);
        Assert.Null(request.Authorization);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task A_connection_for_your_own_api_needs_no_atlassian_site_until_an_atlassian_operation_is_called()
    {
        await using var other = await Sandboxes.CloudAsync();
        var options = new ScopewiseOptions();
        options.Products["inventory"] = ProductRoute.Custom(other.BaseAddress);
        using var connection = new ApiConnection(options);
        var operation = new ApiOperationInfo("getThing", "GET", "/rest/api/3/myself", "inventory", ScopeRequirement.None);

        await Assert.ThrowsAsync<AtlassianAuthenticationException>(() => connection.SendAsync(Operations.Request(operation)));
        Assert.Equal("/rest/api/3/myself", Assert.Single(other.Requests).Path);

        var error = await Assert.ThrowsAsync<ScopewiseException>(() => connection.SendAsync(Operations.Request(Operations.JiraMyself)));
        Assert.Contains("no Site", error.Message, StringComparison.Ordinal);
        Assert.Single(other.Requests);
    }

    [Fact]
    public async Task Another_api_of_the_site_can_share_the_sites_credential_and_gateway()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueScopedApiToken(user, ["read:jira-user"]);
        var options = Sandboxes.CloudOptions(sandbox, AtlassianCredential.ScopedApiToken(user.Email, token.Token));
        options.Products["jira-software"] = ProductRoute.Atlassian("jira");
        using var connection = new ApiConnection(options);
        var operation = new ApiOperationInfo("getCurrentUser", "GET", "/rest/api/3/myself", "jira-software", ScopeRequirement.None);

        await connection.SendAsync(Operations.Request(operation));

        var request = Assert.Single(Sandboxes.ApiRequests(sandbox, "/myself"));
        Assert.Equal($"/ex/jira/{sandbox.CloudId}/rest/api/3/myself", request.Path);
        Assert.Equal(token.BasicAuthorization, request.Authorization);
    }

    [Fact]
    public async Task An_unknown_product_says_how_to_add_it()
    {
        using var connection = new ApiConnection(new ScopewiseOptions { Site = "acme.atlassian.net" });
        var operation = new ApiOperationInfo("getThing", "GET", "/things", "inventory", ScopeRequirement.None);

        var error = await Assert.ThrowsAsync<ScopewiseException>(() => connection.SendAsync(Operations.Request(operation)));

        Assert.Contains("options.Products[\"inventory\"]", error.Message, StringComparison.Ordinal);
    }
}
