using Scopewise.Sandbox;

namespace Scopewise.Demo.Tests;

/// <summary>With SCOPEWISE_* set the demo talks to that site (here a sandbox the test starts) and reports auth failures as exit 2.</summary>
public sealed class SiteModeTests
{
    [Fact]
    public async Task Spaces_uses_the_configured_site_and_credential()
    {
        await using var sandbox = await AtlassianSandbox.StartAsync();
        var user = sandbox.CreateUser("Site User");
        var token = sandbox.IssueApiToken(user);
        sandbox.Store.AddSpace("SITE", "Configured site", anonymousAccess: true);

        var run = await DemoRun.StartAsync(["spaces"], Environment(sandbox, user.Email, token.Token));

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("Configured site", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("is not set", run.Status, StringComparison.Ordinal);
        Assert.Contains(sandbox.Requests, r => r.OperationId == "getSpaces" && r.Authorization == token.BasicAuthorization);
    }

    [Fact]
    public async Task Spaces_works_with_a_service_account_through_the_gateway()
    {
        await using var sandbox = await AtlassianSandbox.StartAsync();
        var account = sandbox.CreateServiceAccount("Docs bot", ["read:space:confluence"]);
        sandbox.Store.AddSpace("SITE", "Configured site");

        var run = await DemoRun.StartAsync(["spaces"], new Dictionary<string, string>
        {
            ["SCOPEWISE_SITE"] = sandbox.BaseAddress.AbsoluteUri,
            ["SCOPEWISE_DEPLOYMENT"] = "cloud",
            ["SCOPEWISE_SERVICE_ACCOUNT_CLIENT_ID"] = account.ClientId,
            ["SCOPEWISE_SERVICE_ACCOUNT_CLIENT_SECRET"] = account.ClientSecret,
            ["SCOPEWISE_GATEWAY_URL"] = sandbox.GatewayBaseAddress.AbsoluteUri,
            ["SCOPEWISE_AUTH_URL"] = sandbox.AuthorizationServerAddress.AbsoluteUri,
        });

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("Configured site", run.Output, StringComparison.Ordinal);
        Assert.Contains(sandbox.Requests, r => r.OperationId == "getSpaces" && r.Path.StartsWith("/ex/confluence/", StringComparison.Ordinal));
        Assert.DoesNotContain(account.ClientSecret, run.Status + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_token_is_exit_2_and_the_secret_is_not_printed()
    {
        await using var sandbox = await AtlassianSandbox.StartAsync();
        var user = sandbox.CreateUser("Site User");

        var run = await DemoRun.StartAsync(["spaces"], Environment(sandbox, user.Email, "not-a-real-token-4711"));

        Assert.Equal(ExitCodes.Auth, run.ExitCode);
        Assert.Contains("The credential was refused", run.Status, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-token-4711", run.Status + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_variable_is_exit_2_naming_it()
    {
        var run = await DemoRun.StartAsync(["spaces"], new Dictionary<string, string> { ["SCOPEWISE_SITE"] = "acme.atlassian.net", ["SCOPEWISE_API_TOKEN"] = "x" });

        Assert.Equal(ExitCodes.Auth, run.ExitCode);
        Assert.Contains("SCOPEWISE_EMAIL", run.Status, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Environment(AtlassianSandbox sandbox, string email, string token) => new()
    {
        ["SCOPEWISE_SITE"] = sandbox.BaseAddress.AbsoluteUri,
        ["SCOPEWISE_DEPLOYMENT"] = "cloud",
        ["SCOPEWISE_EMAIL"] = email,
        ["SCOPEWISE_API_TOKEN"] = token,
    };
}
