using System.Net;
using Scopewise.Runtime.Tests.Support;

namespace Scopewise.Runtime.Tests;

public class ScopeAndErrorTests
{
    [Fact]
    public async Task An_oauth_call_missing_every_alternative_fails_before_sending()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var client = sandbox.RegisterOAuthClient();
        var tokens = sandbox.IssueOAuthTokens(user, client, ["read:jira-user", "offline_access"]);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox,
            Sandboxes.OAuthCredential(sandbox, client, tokens)));

        var error = await Assert.ThrowsAsync<InsufficientScopeException>(() => connection.SendAsync(Operations.Request(Operations.V1CurrentUser)));

        Assert.Empty(Sandboxes.ApiRequests(sandbox, "/rest/api/user/current"));
        Assert.Equal(2, error.Alternatives.Count);
        Assert.Contains("It needs [read:confluence-user] (classic) or [read:content-details:confluence] (granular).", error.Message, StringComparison.Ordinal);
        Assert.Contains("read:jira-user", error.Message, StringComparison.Ordinal);
        Assert.Equal(tokens.Scopes.Order(), error.GrantedScopes.Order());
    }

    [Fact]
    public async Task A_scoped_token_with_declared_scopes_is_checked_before_sending()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueScopedApiToken(user, ["read:jira-user"]);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ScopedApiToken(user.Email, token.Token, ["read:jira-user"])));

        await Assert.ThrowsAsync<InsufficientScopeException>(() => connection.SendAsync(Operations.Request(Operations.V2Pages)));
        await connection.SendAsync(Operations.Request(Operations.JiraMyself));

        Assert.Empty(Sandboxes.ApiRequests(sandbox, "/wiki/api/v2/pages"));
    }

    [Fact]
    public async Task A_scope_mismatch_from_the_server_is_told_apart_from_a_bad_credential()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueScopedApiToken(user, ["read:jira-user"]);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ScopedApiToken(user.Email, token.Token)));

        var error = await Assert.ThrowsAsync<AtlassianAuthenticationException>(() => connection.SendAsync(Operations.Request(Operations.V2Pages)));

        Assert.Equal(AuthenticationFailure.ScopeMismatch, error.Failure);
        Assert.Equal("Basic", error.Scheme);
        Assert.Contains("read:page:confluence", error.Message, StringComparison.Ordinal);
        Assert.Contains("Basic", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_api_token_is_an_invalid_credential_naming_scheme_and_host()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        sandbox.RevokeApiToken(token);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, token.Token)));

        var error = await Assert.ThrowsAsync<AtlassianAuthenticationException>(() => connection.SendAsync(Operations.Request(Operations.JiraMyself)));

        Assert.Equal(AuthenticationFailure.InvalidCredential, error.Failure);
        Assert.Equal("127.0.0.1", error.Host);
        Assert.Contains("with Basic (ApiToken) to 127.0.0.1", error.Message, StringComparison.Ordinal);
        Assert.Contains("id.atlassian.com", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_endpoint_names_its_replacement()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, token.Token)));

        var error = await Assert.ThrowsAsync<EndpointRemovedException>(() => connection.SendAsync(Operations.Request(Operations.V1RemovedContentList)));

        Assert.Equal(HttpStatusCode.Gone, error.StatusCode);
        Assert.Equal("getPages (GET /wiki/api/v2/pages)", error.Replacement);
        Assert.Contains("use getPages (GET /wiki/api/v2/pages) instead", error.Message, StringComparison.Ordinal);
        Assert.Contains(error.ErrorMessages, m => m.Contains("GoneException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Other_errors_carry_status_atlassians_messages_and_the_request_id()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.ApiToken(user.Email, token.Token)));

        var error = await Assert.ThrowsAsync<ApiException>(() => connection.SendAsync(Operations.Request(Operations.V2PageById, "/wiki/api/v2/pages/999999")));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.NotEmpty(error.ErrorMessages);
        Assert.Equal(Assert.Single(sandbox.Requests).RequestId, error.RequestId);
        Assert.Contains(error.RequestId!, error.Message, StringComparison.Ordinal);
        Assert.Contains("getPageById", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("..", error.Message, StringComparison.Ordinal);
    }
}
