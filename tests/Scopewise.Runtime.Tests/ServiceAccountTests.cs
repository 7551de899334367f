using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Scopewise.Runtime.Tests.Support;
using Scopewise.Sandbox;

namespace Scopewise.Runtime.Tests;

/// <summary>
/// Cloud service accounts with an OAuth 2.0 credential (client credentials), over HTTP against the sandbox, which
/// issues their tokens with the scopes fixed when the account was created and enforces them at the gateway.
/// </summary>
public class ServiceAccountTests
{
    private static readonly string[] JiraReadScopes = ["read:jira-user", "read:jira-work"];

    private static async Task<(AtlassianSandbox Sandbox, SandboxServiceAccount Account, ApiConnection Connection, RecordingTimeProvider Time)> StartAsync(IEnumerable<string>? scopes = null, string? secret = null)
    {
        var time = new RecordingTimeProvider();
        var sandbox = await Sandboxes.CloudAsync(time.Fake);
        var account = sandbox.CreateServiceAccount("Release bot", scopes ?? JiraReadScopes);
        var credential = AtlassianCredential.ServiceAccount(account.ClientId, secret ?? account.ClientSecret, sandbox.AuthorizationServerAddress);
        return (sandbox, account, new ApiConnection(Sandboxes.CloudOptions(sandbox, credential, time)), time);
    }

    [Fact]
    public async Task A_call_fetches_a_token_and_goes_through_the_gateway_with_the_cloud_id_from_tenant_info()
    {
        var (sandbox, account, connection, _) = await StartAsync();
        await using var _ = sandbox;
        using var __ = connection;

        var me = await connection.SendAsync(Operations.Request(Operations.JiraMyself), TestJson.Default.JiraUser);

        Assert.Equal(account.User.AccountId, me.AccountId);
        Assert.Equal(CredentialKind.ServiceAccount, connection.Credential.Kind);
        Assert.Equal($"/ex/jira/{sandbox.CloudId}/rest/api/3/myself", Assert.Single(Sandboxes.ApiRequests(sandbox, "/rest/api/3/myself")).Path);
        Assert.Contains(sandbox.Requests, r => r.Path == "/_edge/tenant_info");
        Assert.DoesNotContain(sandbox.Requests, r => r.Path.EndsWith("/accessible-resources", StringComparison.Ordinal));
        Assert.Equal(1, Sandboxes.TokenRequests(sandbox));
    }

    [Fact]
    public async Task Concurrent_first_calls_share_one_token_and_a_new_one_is_fetched_before_expiry()
    {
        var (sandbox, _, connection, time) = await StartAsync();
        await using var __ = sandbox;
        using var ___ = connection;

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => connection.SendAsync(Operations.Request(Operations.JiraMyself))));
        Assert.Equal(1, Sandboxes.TokenRequests(sandbox));

        // The token lives an hour; within the 60 s skew of its expiry the next call fetches a new one first.
        time.Advance(TimeSpan.FromMinutes(59.5));
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => connection.SendAsync(Operations.Request(Operations.JiraMyself))));

        Assert.Equal(2, Sandboxes.TokenRequests(sandbox));
        Assert.All(Sandboxes.ApiRequests(sandbox, "/rest/api/3/myself"), r => Assert.Equal(200, r.StatusCode));
    }

    [Fact]
    public async Task A_call_the_tokens_scopes_cannot_satisfy_is_refused_before_sending()
    {
        var (sandbox, _, connection, _) = await StartAsync();
        await using var _ = sandbox;
        using var __ = connection;

        var error = await Assert.ThrowsAsync<InsufficientScopeException>(() => connection.SendAsync(Operations.Request(Operations.V2Pages)));

        Assert.Equal(JiraReadScopes, error.GrantedScopes.Order(StringComparer.Ordinal));
        Assert.Empty(Sandboxes.ApiRequests(sandbox, "/wiki/api/v2/pages"));
    }

    [Fact]
    public async Task A_wrong_secret_says_where_to_check_the_credential_and_never_shows_the_secret()
    {
        var (sandbox, _, connection, _) = await StartAsync(secret: "not-the-secret-4711");
        await using var _ = sandbox;
        using var __ = connection;

        var error = await Assert.ThrowsAsync<OAuthException>(() => connection.SendAsync(Operations.Request(Operations.JiraMyself)));

        Assert.Contains("Service accounts", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret-4711", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret-4711", connection.Credential.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sandbox_issues_client_credentials_tokens_with_the_fixed_scopes_no_refresh_token_and_enforces_them()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var account = sandbox.CreateServiceAccount("Release bot", ["read:jira-user", "offline_access"]);
        using var http = new HttpClient();

        using var tokenResponse = await http.PostAsJsonAsync(new Uri(sandbox.AuthorizationServerAddress, "oauth/token"), new JsonObject
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = account.ClientId,
            ["client_secret"] = account.ClientSecret,
            ["scope"] = "write:jira-work read:page:confluence",
        });
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        Assert.Equal("read:jira-user", (string?)token["scope"]);
        Assert.Null(token["refresh_token"]);
        using var allowed = new HttpRequestMessage(HttpMethod.Get, new Uri(sandbox.JiraGatewayAddress + "/rest/api/3/myself"));
        allowed.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["access_token"]!);
        using var refused = new HttpRequestMessage(HttpMethod.Get, new Uri(sandbox.ConfluenceGatewayAddress + "/wiki/api/v2/pages"));
        refused.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["access_token"]!);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(allowed)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(refused)).StatusCode);
    }

    [Fact]
    public void The_environment_variables_make_a_service_account_credential()
    {
        var variables = new Dictionary<string, string>
        {
            ["SCOPEWISE_SITE"] = "acme.atlassian.net",
            ["SCOPEWISE_SERVICE_ACCOUNT_CLIENT_ID"] = "client-1",
            ["SCOPEWISE_SERVICE_ACCOUNT_CLIENT_SECRET"] = "secret-1",
        };

        var options = ScopewiseEnvironment.ReadOptions(variables.GetValueOrDefault);

        Assert.Equal(CredentialKind.ServiceAccount, options.Credential.Kind);
        Assert.True(options.Credential.UsesGateway);
        Assert.DoesNotContain("secret-1", options.Credential.ToString(), StringComparison.Ordinal);
        var missing = Assert.Throws<ArgumentException>(() => ScopewiseEnvironment.ReadOptions(
            name => name == "SCOPEWISE_SERVICE_ACCOUNT_CLIENT_SECRET" ? null : variables.GetValueOrDefault(name)));
        Assert.Contains("SCOPEWISE_SERVICE_ACCOUNT_CLIENT_SECRET", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_account_on_a_data_center_site_is_refused_with_what_to_use()
    {
        var error = Assert.Throws<ArgumentException>(() => new ApiConnection(new ScopewiseOptions
        {
            Site = "https://confluence.example.com/confluence",
            Credential = AtlassianCredential.ServiceAccount("client-1", "secret-1"),
        }));

        Assert.Contains("service account OAuth 2.0 credential does not work", error.Message, StringComparison.Ordinal);
    }
}
