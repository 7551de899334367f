using Microsoft.AspNetCore.Http;
using Scopewise.Runtime.Tests.Support;

namespace Scopewise.Runtime.Tests;

/// <summary>
/// "Why was I refused?": a refusal names the operation, the scope alternatives it needs, the scopes the credential is
/// known to hold, what is missing, the route and the auth scheme. Over HTTP against the sandbox (and a LocalServer for
/// a plain 403).
/// </summary>
public class RefusalMessageTests
{
    [Fact]
    public async Task A_call_refused_before_sending_names_needed_held_and_missing_scopes_the_gateway_route_and_bearer()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var client = sandbox.RegisterOAuthClient();
        var tokens = sandbox.IssueOAuthTokens(user, client, ["read:jira-user", "offline_access"]);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox,
            Sandboxes.OAuthCredential(sandbox, client, tokens)));

        var error = await Assert.ThrowsAsync<InsufficientScopeException>(() => connection.SendAsync(Operations.Request(Operations.V2Pages)));

        var gateway = $"{sandbox.GatewayBaseAddress.Authority}/ex/confluence/{sandbox.CloudId}";
        Assert.Equal(
            "getPages (GET /wiki/api/v2/pages) was not sent: the credential is known not to hold the scopes it needs."
            + " It needs [read:page:confluence] (granular). The credential holds [offline_access, read:jira-user]. Missing: read:page:confluence."
            + $" Sent to the gateway {gateway} with the OAuth 2.0 token (Bearer)."
            + " Add the missing scopes to the app, service account or scoped token and authorize again (or create a new credential).",
            error.Message);
        Assert.Equal(["read:page:confluence"], error.Refusal!.MissingScopes);
        Assert.Equal($"gateway {gateway}", error.Refusal.Route);
        Assert.Equal("Bearer", error.Refusal.Scheme);
    }

    [Fact]
    public async Task A_scope_mismatch_401_names_the_alternatives_says_the_scopes_are_unknown_and_names_route_and_scheme()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueScopedApiToken(user, ["read:jira-user"]);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ScopedApiToken(user.Email, token.Token)));

        var error = await Assert.ThrowsAsync<AtlassianAuthenticationException>(() => connection.SendAsync(Operations.Request(Operations.V1CurrentUser)));

        Assert.Equal(AuthenticationFailure.ScopeMismatch, error.Failure);
        Assert.Contains(
            "The credential is valid but lacks a scope this operation needs. It needs [read:confluence-user] (classic) or [read:content-details:confluence] (granular)."
            + " The credential's scopes are not known to Scopewise."
            + $" Sent to the gateway {sandbox.GatewayBaseAddress.Authority}/ex/confluence/{sandbox.CloudId} with the scoped API token (Basic).",
            error.Message,
            StringComparison.Ordinal);
        Assert.Null(error.Refusal!.KnownScopes);
        Assert.Equal(Operations.V1CurrentUser.Scopes.Alternatives, error.Refusal.RequiredAlternatives);
    }

    [Fact]
    public async Task A_scope_mismatch_401_for_a_token_whose_scopes_are_known_names_what_it_holds()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueScopedApiToken(user, ["read:jira-user"]);

        // The token was given scopes it does not have, so the check before sending lets the call through.
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ScopedApiToken(user.Email, token.Token, ["read:page:confluence"])));

        var error = await Assert.ThrowsAsync<AtlassianAuthenticationException>(() => connection.SendAsync(Operations.Request(Operations.V2Pages)));

        Assert.Contains("The credential holds [read:page:confluence].", error.Message, StringComparison.Ordinal);
        Assert.Empty(error.Refusal!.MissingScopes);
    }

    [Fact]
    public async Task A_403_names_the_operation_its_scopes_the_site_route_and_basic_and_points_at_permissions()
    {
        await using var server = await LocalServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 403;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"errorMessages\":[\"You do not have permission to see this.\"]}");
        });
        using var connection = new ApiConnection(new ScopewiseOptions
        {
            Site = server.Address.AbsoluteUri,
            Deployment = SiteDeployment.Cloud,
            Credential = AtlassianCredential.ApiToken("ada@example.com", "not-a-real-token"),
        });

        var error = await Assert.ThrowsAsync<AtlassianPermissionException>(() => connection.SendAsync(Operations.Request(Operations.JiraMyself)));

        Assert.Equal(
            "getCurrentUser (GET /rest/api/3/myself) answered 403 Forbidden. It needs [read:jira-user] (classic). The credential's scopes are not known to Scopewise."
            + $" Sent to the site {server.Address.Authority} with the API token (Basic)."
            + " Most likely the account lacks permission for this (a space or global permission, or a page restriction), or the product is not licensed for it."
            + " The server said: You do not have permission to see this.",
            error.Message);
        Assert.False(error.IsXsrfCheckFailure);
        Assert.Equal($"site {server.Address.Authority}", error.Refusal!.Route);
    }
}
