using System.Net;
using Microsoft.Extensions.Time.Testing;
using Scopewise.Jira;

namespace Scopewise.Sandbox.Tests;

/// <summary>
/// Issue 18, through the generated Jira client over HTTP: an operation whose spec asks for an administrator answers
/// 403 in Jira's shape to a plain user and passes the check for an admin; an operation whose announced removal date
/// has passed answers 410 after authentication, and the runtime's exception names the change.
/// </summary>
public sealed class PermissionTests
{
    [Fact]
    public async Task An_admin_operation_refuses_a_plain_user_with_403_and_lets_an_administrator_through()
    {
        await using var sandbox = await AtlassianSandbox.StartAsync();
        var plain = sandbox.CreateUser("Plain User");
        var admin = sandbox.CreateUser("Jira Admin");
        admin.Role = SandboxRole.ProductAdmin;

        using var asPlain = Connect(sandbox, plain, TimeProvider.System);
        using var asAdmin = Connect(sandbox, admin, TimeProvider.System);

        var refused = await Assert.ThrowsAsync<AtlassianPermissionException>(() => new JiraClient(asPlain).AuditRecords.GetAuditRecordsAsync());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Administer Jira", Assert.Single(refused.ErrorMessages), StringComparison.Ordinal);
        Assert.Contains("'Plain User' is not one", refused.Message, StringComparison.Ordinal);

        // The administrator passes authentication, scopes and the permission check; the sandbox implements no audit log (501).
        var passed = await Assert.ThrowsAsync<ApiException>(() => new JiraClient(asAdmin).AuditRecords.GetAuditRecordsAsync());
        Assert.Equal(HttpStatusCode.NotImplemented, passed.StatusCode);

        // Operations that need no administration are unaffected for the plain user.
        var me = await new JiraClient(asPlain).Myselfs.GetCurrentUserAsync();
        Assert.Equal("Plain User", me.DisplayName);
    }

    [Fact]
    public async Task A_removed_operation_answers_410_after_its_date_and_the_exception_names_the_change()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 30, 12, 0, 0, TimeSpan.Zero));
        await using var sandbox = await AtlassianSandbox.StartAsync(new SandboxOptions { TimeProvider = time });
        var admin = sandbox.CreateUser("Jira Admin");
        admin.Role = SandboxRole.SiteAdmin;
        using var connection = Connect(sandbox, admin, TimeProvider.System);
        var contexts = new JiraClient(connection).IssueCustomFieldContexts;

        // The very calls the analyzer flags (SW2005 after 2026-10-01, and CS0618: the spec deprecates them) are the point here.
#pragma warning disable CS0618, SW2005, SW2006
        var before = await Assert.ThrowsAsync<ApiException>(() => contexts.GetDefaultValuesAsync("customfield_10000"));
        time.Advance(TimeSpan.FromDays(1));
        var gone = await Assert.ThrowsAsync<EndpointRemovedException>(() => contexts.GetDefaultValuesAsync("customfield_10000"));

        Assert.Equal(HttpStatusCode.NotImplemented, before.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("CHANGE-3082", gone.Change!.Id);
        Assert.Equal(new DateOnly(2026, 10, 1), gone.Change.Effective);
        Assert.Contains("CHANGE-3082, effective 2026-10-01 (https://developer.atlassian.com/cloud/jira/platform/changelog/#CHANGE-3082)", gone.Message, StringComparison.Ordinal);
        Assert.Contains("The requested API has been removed", Assert.Single(gone.ErrorMessages), StringComparison.Ordinal);

        // Removal is checked after authentication: without a credential the caller learns nothing about the route.
        using var anonymous = new ApiConnection(Options(sandbox, AtlassianCredential.ApiToken(admin.Email, "not-the-token"), TimeProvider.System));
        await Assert.ThrowsAsync<AtlassianAuthenticationException>(() => new JiraClient(anonymous).IssueCustomFieldContexts.GetDefaultValuesAsync("customfield_10000"));
#pragma warning restore CS0618, SW2005, SW2006
    }

    private static ApiConnection Connect(AtlassianSandbox sandbox, SandboxUser user, TimeProvider time)
        => new(Options(sandbox, AtlassianCredential.ApiToken(user.Email, sandbox.IssueApiToken(user).Token), time));

    private static ScopewiseOptions Options(AtlassianSandbox sandbox, AtlassianCredential credential, TimeProvider time) => new()
    {
        Site = sandbox.BaseAddress.AbsoluteUri,
        Deployment = SiteDeployment.Cloud,
        Credential = credential,
        Endpoints = AtlassianEndpoints.AllAt(sandbox.GatewayBaseAddress),
        TimeProvider = time,
    };
}
