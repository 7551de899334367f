using Scopewise.Runtime.Tests.Support;

namespace Scopewise.Runtime.Tests;

public class TransportSafetyTests
{
    [Fact]
    public async Task A_redirect_to_another_host_carries_no_authorization()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        await using var elsewhere = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        sandbox.Redirect("/rest/api/3/myself", new Uri(elsewhere.BaseAddress, "/rest/api/3/myself"));
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, token.Token)));

        var error = await Assert.ThrowsAsync<AtlassianAuthenticationException>(() => connection.SendAsync(Operations.Request(Operations.JiraMyself)));

        Assert.Equal(token.BasicAuthorization, Assert.Single(sandbox.Requests).Authorization);
        var redirected = Assert.Single(elsewhere.Requests);
        Assert.Equal("/rest/api/3/myself", redirected.Path);
        Assert.Null(redirected.Authorization);
        Assert.Contains("where credentials are never sent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_within_the_configured_origin_keeps_the_credential()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        sandbox.Redirect("/rest/api/3/myself", new Uri(sandbox.BaseAddress, "/wiki/rest/api/user/current"), 307);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, token.Token)));

        var me = await connection.SendAsync(Operations.Request(Operations.JiraMyself), TestJson.Default.JiraUser);

        Assert.Equal(user.AccountId, me.AccountId);
        Assert.Equal(["/rest/api/3/myself", "/wiki/rest/api/user/current"], sandbox.Requests.Select(r => r.Path));
        Assert.All(sandbox.Requests, r => Assert.Equal(token.BasicAuthorization, r.Authorization));
    }

    [Fact]
    public async Task A_redirect_loop_stops_with_a_clear_error()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        sandbox.Redirect("/rest/api/3/myself", new Uri(sandbox.BaseAddress, "/rest/api/3/myself"));
        var options = Sandboxes.CloudOptions(sandbox, AtlassianCredential.Anonymous);
        options.MaxRedirects = 3;
        using var connection = new ApiConnection(options);

        var error = await Assert.ThrowsAsync<ScopewiseException>(() => connection.SendAsync(Operations.Request(Operations.JiraMyself)));

        Assert.Contains("redirected more than 3 times", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, sandbox.Requests.Count);
    }

    [Fact]
    public async Task Authorization_is_sent_pre_emptively_on_the_first_request()
    {
        await using var sandbox = await Sandboxes.DataCenterAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var pat = sandbox.IssuePersonalAccessToken(user);
        using var connection = new ApiConnection(Sandboxes.DataCenterOptions(sandbox, AtlassianCredential.PersonalAccessToken(pat.Token)));

        await connection.SendAsync(Operations.Request(Operations.V1CurrentUser));

        Assert.Equal(pat.BearerAuthorization, Assert.Single(sandbox.Requests).Authorization);
    }

    [Fact]
    public void Plain_http_to_a_non_loopback_host_is_refused_for_every_credential_before_any_request()
    {
        AtlassianCredential[] credentials =
        [
            AtlassianCredential.PersonalAccessToken("pat"),
            AtlassianCredential.Password("ada", "pw"),
        ];

        foreach (var credential in credentials)
        {
            Assert.Throws<InsecureTransportException>(() => new ApiConnection(new ScopewiseOptions { Site = "http://wiki.corp.example", Credential = credential }));
        }

        Assert.Throws<InsecureTransportException>(() => new ApiConnection(new ScopewiseOptions
        {
            Site = "http://acme.atlassian.net",
            Credential = AtlassianCredential.ApiToken("me@example.com", "tok"),
        }));
        Assert.Throws<InsecureTransportException>(() => new ApiConnection(new ScopewiseOptions
        {
            Site = "acme.atlassian.net",
            Credential = AtlassianCredential.ScopedApiToken("me@example.com", "tok"),
            Endpoints = new AtlassianEndpoints(new Uri("http://gateway.example"), new Uri("https://auth.atlassian.com")),
        }));
        Assert.Throws<InsecureTransportException>(() => ProductRoute.Custom(new Uri("http://api.example.com"), AtlassianCredential.PersonalAccessToken("pat")));
    }
}
