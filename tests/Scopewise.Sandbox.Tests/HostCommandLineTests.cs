using System.Net;

namespace Scopewise.Sandbox.Tests;

/// <summary>The host's command-line switches for the limiters and faults, checked from outside its process.</summary>
public sealed class HostCommandLineTests
{
    [Fact]
    public async Task Rate_limits_from_the_command_line_answer_429_with_atlassians_quota_headers()
    {
        await using var host = await HostProcess.StartAsync("--quota-points", "2");
        var gateway = host.Url($"/ex/confluence/{host.CloudId}/wiki/api/v2/spaces");
        var bearer = "Bearer " + host.AccessToken;

        using var first = await SandboxHttp.GetAsync(gateway, bearer);
        using var second = await SandboxHttp.GetAsync(gateway, bearer);
        using var third = await SandboxHttp.GetAsync(gateway, bearer);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"tenant-app-quota\";q=2;w=3600", first.Header("Beta-RateLimit-Policy"));
        Assert.Equal("100", first.Header("X-RateLimit-Limit"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.StartsWith("\"tenant-app-quota\";r=0;t=", second.Header("Beta-RateLimit"));
        Assert.Equal("true", second.Header("X-Beta-RateLimit-NearLimit"));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("confluence-quota-tenant-based", third.Header("RateLimit-Reason"));
        Assert.Equal("confluence-quota-tenant-based", third.Header("X-Beta-RateLimit-Reason"));
        Assert.Equal(third.Header("Retry-After"), third.Header("Beta-Retry-After"));
        Assert.InRange(long.Parse(third.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture), 1, 3600);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:00Z$", third.Header("X-RateLimit-Reset")!);
    }

    [Fact]
    public async Task A_rate_limit_fault_from_the_command_line_holds_after_n_requests()
    {
        await using var host = await HostProcess.StartAsync("--rate-limit-after", "1", "--retry-after", "7", "--v1-granular", "refuse");
        var basic = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{host.Email}:{host.ApiToken}"));

        using var first = await SandboxHttp.GetAsync(host.Url("/wiki/api/v2/pages"), basic);
        using var second = await SandboxHttp.GetAsync(host.Url("/wiki/api/v2/pages"), basic);
        var (_, behaviours) = await host.ControlAsync(HttpMethod.Get, "behaviours");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("7", second.Header("Retry-After"));
        Assert.False(behaviours!["confluenceV1AcceptsGranularScopesAlone"]!.GetValue<bool>());
    }
}
