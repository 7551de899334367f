using System.Reflection;
using Scopewise.Runtime.Tests.SecretScan;
using Scopewise.Runtime.Tests.Support;
using Scopewise.Sandbox;

namespace Scopewise.Runtime.Tests;

/// <summary>
/// With <c>AddScopewise</c> and Trace logging for every category, no credential shows up in any log message, log
/// value, scope, exception text or activity: not Scopewise's own, and not the HttpClientFactory's header logging.
/// </summary>
public class SecretsInTelemetryTests
{
    /// <summary>The Microsoft.Extensions.Http that Scopewise depends on (Directory.Packages.props, put in by the csproj).</summary>
    public static readonly string DependencyHttpVersion = typeof(SecretsInTelemetryTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ScopewiseHttpVersion").Value!;

    /// <summary>
    /// A console app's Microsoft.Extensions.Http: the version Scopewise depends on, whose header logging prints values
    /// unless told otherwise, and a 9.x, the first that redacts every value by default (10.x is what this test process
    /// itself runs, from the ASP.NET Core shared framework).
    /// </summary>
    public static TheoryData<string> ConsoleAppHttpVersions => new() { DependencyHttpVersion, "9.0.23" };

    [Fact]
    public async Task In_this_process_with_the_shared_framework_http_factory_no_secret_reaches_logs_exceptions_or_activities()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var (input, scanner) = Plant(sandbox);

        var output = await LeakScenario.RunAsync(input);

        AssertClean(output, scanner, "Microsoft.Extensions.Http " + output.HttpFactoryVersion + " (shared framework)");
    }

    [Theory]
    [MemberData(nameof(ConsoleAppHttpVersions))]
    public async Task In_a_console_app_with_Microsoft_Extensions_Http_of_version_no_secret_reaches_logs_exceptions_or_activities(string httpVersion)
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var (input, scanner) = Plant(sandbox);

        var output = await LeakScanConsumerApp.RunAsync(httpVersion, input);

        // The package's assembly carries the runtime build's version (package 8.0.1 says 8.0.10), so compare major.minor.
        Assert.Equal(MajorMinor(httpVersion), MajorMinor(output.HttpFactoryVersion));
        AssertClean(output, scanner, "Microsoft.Extensions.Http " + output.HttpFactoryVersion + " (console app)");
    }

    /// <summary>Issues distinctive credentials in the sandbox and a scanner that knows every one of them.</summary>
    private static (LeakScenarioInput Input, SecretScanner Scanner) Plant(AtlassianSandbox sandbox)
    {
        var user = sandbox.CreateUser("Ada Lovelace", email: $"ada.{Guid.NewGuid():N}@example.com");
        var apiToken = sandbox.IssueApiToken(user);
        var revoked = sandbox.IssueApiToken(user);
        sandbox.RevokeApiToken(revoked);
        var client = sandbox.RegisterOAuthClient();
        var tokens = sandbox.IssueOAuthTokens(user, client, ["read:page:confluence", "read:jira-user", "offline_access"]);
        var input = new LeakScenarioInput
        {
            SiteUrl = sandbox.BaseAddress.AbsoluteUri,
            GatewayUrl = sandbox.GatewayBaseAddress.AbsoluteUri,
            AuthorizationServerUrl = sandbox.AuthorizationServerAddress.AbsoluteUri,
            Email = user.Email,
            ApiToken = apiToken.Token,
            RevokedApiToken = revoked.Token,
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            AccessToken = tokens.AccessToken,
            RefreshToken = tokens.RefreshToken!,
            UnknownRefreshToken = "unknown-refresh-" + Guid.NewGuid().ToString("N"),
            Scopes = tokens.Scopes.ToArray(),
        };
        var scanner = new SecretScanner()
            .AddBasic("API token", input.Email, input.ApiToken)
            .AddBasic("revoked API token", input.Email, input.RevokedApiToken)
            .Add("client secret", input.ClientSecret)
            .Add("OAuth access token", input.AccessToken)
            .Add("OAuth refresh token", input.RefreshToken)
            .Add("unknown refresh token", input.UnknownRefreshToken);
        return (input, scanner);
    }

    private static string MajorMinor(string version) => string.Join('.', version.Split('.', '+', '-').Take(2));

    private static void AssertClean(LeakScenarioOutput output, SecretScanner scanner, string where)
    {
        // The rotated pair is a secret too; its absence would mean the refresh never happened.
        Assert.Equal(2, output.RotatedSecrets.Count);
        foreach (var (secret, i) in output.RotatedSecrets.Select((s, i) => (s, i)))
        {
            scanner.Add(i == 0 ? "rotated access token" : "rotated refresh token", secret);
        }

        // The scan must have had something to look at: the factory's header logging and the failures' exceptions.
        Assert.Contains(output.Captured, t => t.Source.Contains(".LogicalHandler", StringComparison.Ordinal));
        Assert.Contains(output.Captured, t => t.Source.EndsWith("RequestHeader value Authorization", StringComparison.Ordinal) && t.Text == "*");
        Assert.Contains(output.Captured, t => t.Source.StartsWith("exception ApiException", StringComparison.Ordinal));
        Assert.Contains(output.Captured, t => t.Source.StartsWith("exception AtlassianAuthenticationException", StringComparison.Ordinal));
        Assert.Contains(output.Captured, t => t.Source.StartsWith("exception ReauthorizationRequiredException", StringComparison.Ordinal));
        Assert.Contains(output.Captured, t => t.Source.StartsWith("activity ", StringComparison.Ordinal));

        var leaks = scanner.FindIn(output.Captured);
        Assert.True(leaks.Count == 0, $"With {where}, secrets were found in {output.Captured.Count} captured texts:\n{string.Join("\n", leaks)}");
    }
}
