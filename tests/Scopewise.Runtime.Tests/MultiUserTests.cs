using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Scopewise.Runtime.Tests.Support;
using Scopewise.Sandbox;

namespace Scopewise.Runtime.Tests;

/// <summary>
/// Individual access for a multi-user app: one app, each user signs in through the sandbox's /authorize and the
/// callback, the tokens are stored by Atlassian account id (from /me), and each user's calls go with their own grant.
/// </summary>
public class MultiUserTests
{
    private static readonly Uri Callback = new("http://127.0.0.1:5000/callback");
    private static readonly string[] Scopes = ["read:me", "read:jira-user", "offline_access"];

    /// <summary>What a browser does: follows /authorize (the sandbox consents as <paramref name="user"/>) to the callback, and the app completes the sign-in.</summary>
    private static async Task<string> SignInAsync(AtlassianSandbox sandbox, OAuthAccounts accounts, SandboxUser user)
    {
        sandbox.AuthorizingUser = user;
        var request = accounts.App.CreateAuthorizationRequest(Scopes, Callback);
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var consent = await browser.GetAsync(request.Url);
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        var callback = QueryHelpers.ParseQuery(consent.Headers.Location!.Query);
        Assert.Equal(request.State, callback["state"].ToString());
        return await accounts.CompleteSignInAsync(callback["code"].ToString(), Callback);
    }

    [Fact]
    public async Task Two_users_sign_in_and_each_calls_with_their_own_tokens_stored_by_account_id()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var ada = sandbox.CreateUser("Ada Lovelace");
        var grace = sandbox.CreateUser("Grace Hopper");
        var client = sandbox.RegisterOAuthClient("Team dashboard", [Callback.AbsoluteUri]);
        var store = new InMemoryAccountTokenStore();
        var accounts = new OAuthAccounts(Sandboxes.OAuthApp(sandbox, client), store, AtlassianEndpoints.AllAt(sandbox.GatewayBaseAddress));

        var adaId = await SignInAsync(sandbox, accounts, ada);
        var graceId = await SignInAsync(sandbox, accounts, grace);

        Assert.Equal(ada.AccountId, adaId);
        Assert.Equal(grace.AccountId, graceId);
        Assert.Equal(new[] { ada.AccountId, grace.AccountId }.Order(StringComparer.Ordinal), store.AccountIds.Order(StringComparer.Ordinal));
        foreach (var (user, id) in new[] { (ada, adaId), (grace, graceId) })
        {
            using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, accounts.GetCredential(id)));
            var me = await connection.SendAsync(Operations.Request(Operations.JiraMyself), TestJson.Default.JiraUser);
            Assert.Equal(user.AccountId, me.AccountId);
        }

        Assert.Same(accounts.GetCredential(adaId), accounts.GetCredential(adaId));
        Assert.NotSame(accounts.GetCredential(adaId), accounts.GetCredential(graceId));
    }

    [Fact]
    public async Task A_sign_in_without_read_me_says_which_scope_to_ask_for()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        sandbox.AuthorizingUser = sandbox.CreateUser("Ada Lovelace");
        var client = sandbox.RegisterOAuthClient("Team dashboard", [Callback.AbsoluteUri]);
        var accounts = new OAuthAccounts(Sandboxes.OAuthApp(sandbox, client), new InMemoryAccountTokenStore(), AtlassianEndpoints.AllAt(sandbox.GatewayBaseAddress));
        var request = accounts.App.CreateAuthorizationRequest(["read:jira-user"], Callback);
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var consent = await browser.GetAsync(request.Url);
        var code = QueryHelpers.ParseQuery(consent.Headers.Location!.Query)["code"].ToString();

        var error = await Assert.ThrowsAsync<OAuthException>(() => accounts.CompleteSignInAsync(code, Callback));

        Assert.Contains("Add the read:me scope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_who_has_not_signed_in_is_asked_to_authorize()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var client = sandbox.RegisterOAuthClient();
        var accounts = new OAuthAccounts(Sandboxes.OAuthApp(sandbox, client), new InMemoryAccountTokenStore(), AtlassianEndpoints.AllAt(sandbox.GatewayBaseAddress));
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, accounts.GetCredential("557058:not-signed-in")));

        await Assert.ThrowsAsync<ReauthorizationRequiredException>(() => connection.SendAsync(Operations.Request(Operations.JiraMyself)));
    }
}
