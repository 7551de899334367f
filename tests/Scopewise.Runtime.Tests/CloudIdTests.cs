using Scopewise.Runtime.Tests.Support;

namespace Scopewise.Runtime.Tests;

public class CloudIdTests
{
    [Fact]
    public async Task The_cloud_id_is_looked_up_once_from_tenant_info_for_scoped_tokens()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueScopedApiToken(user, ["read:page:confluence", "read:jira-user"]);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ScopedApiToken(user.Email, token.Token)));

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => connection.SendAsync(Operations.Request(i % 2 == 0 ? Operations.V2Pages : Operations.JiraMyself))));
        await connection.SendAsync(Operations.Request(Operations.V2Pages));

        var lookup = Assert.Single(sandbox.Requests, r => r.Path == "/_edge/tenant_info");
        Assert.Null(lookup.Authorization);
        Assert.Equal(sandbox.CloudId, await connection.GetCloudIdAsync());
        Assert.Single(sandbox.Requests, r => r.Path == "/_edge/tenant_info");
    }

    [Fact]
    public async Task Oauth_finds_the_cloud_id_once_in_the_accessible_resources_matching_the_site()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var client = sandbox.RegisterOAuthClient();
        var tokens = sandbox.IssueOAuthTokens(user, client, ["read:page:confluence", "read:jira-user"]);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox,
            Sandboxes.OAuthCredential(sandbox, client, tokens)));

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => connection.SendAsync(Operations.Request(i % 2 == 0 ? Operations.V2Pages : Operations.JiraMyself))));

        var lookup = Assert.Single(sandbox.Requests, r => r.Path == "/oauth/token/accessible-resources");
        Assert.Equal(tokens.BearerAuthorization, lookup.Authorization);
        Assert.DoesNotContain(sandbox.Requests, r => r.Path == "/_edge/tenant_info");
    }

    [Fact]
    public async Task A_grant_that_does_not_cover_the_site_names_the_sites_it_covers()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var client = sandbox.RegisterOAuthClient();
        var tokens = sandbox.IssueOAuthTokens(user, client, ["read:page:confluence"]);
        var options = Sandboxes.CloudOptions(sandbox, Sandboxes.OAuthCredential(sandbox, client, tokens));
        options.Site = "other.atlassian.net";
        using var connection = new ApiConnection(options);

        var error = await Assert.ThrowsAsync<ScopewiseException>(() => connection.SendAsync(Operations.Request(Operations.V2Pages)));

        Assert.Contains("other.atlassian.net", error.Message, StringComparison.Ordinal);
        Assert.Contains(sandbox.BaseAddress.Authority, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_cloud_id_is_not_looked_up()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueScopedApiToken(user, ["read:page:confluence"]);
        var options = Sandboxes.CloudOptions(sandbox, AtlassianCredential.ScopedApiToken(user.Email, token.Token));
        options.CloudId = sandbox.CloudId;
        using var connection = new ApiConnection(options);

        await connection.SendAsync(Operations.Request(Operations.V2Pages));

        Assert.DoesNotContain(sandbox.Requests, r => r.Path == "/_edge/tenant_info");
    }
}
