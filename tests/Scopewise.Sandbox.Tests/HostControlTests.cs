using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Scopewise.Sandbox.Tests;

/// <summary>
/// Scopewise.Sandbox.Host driven from outside its process, as a test in another language would: the control endpoint
/// (fault switches, clock, uncertain behaviours, what was issued) and the command-line switches, over raw HTTP.
/// </summary>
public sealed class HostControlTests : IAsyncLifetime
{
    private HostProcess _host = null!;

    public async Task InitializeAsync() => _host = await HostProcess.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string ApiTokenBasic => "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{_host.Email}:{_host.ApiToken}"));

    private string ScopedTokenBasic => "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{_host.Email}:{_host.ScopedToken}"));

    [Fact]
    public async Task The_control_endpoint_answers_only_with_the_printed_key()
    {
        var (without, _) = await _host.ControlAsync(HttpMethod.Get, "state", key: string.Empty);
        var (wrong, body) = await _host.ControlAsync(HttpMethod.Get, "state", key: "not-the-key-not-the-key");
        var (right, state) = await _host.ControlAsync(HttpMethod.Get, "state");

        Assert.Equal(401, without);
        Assert.Equal(401, wrong);
        Assert.Contains("X-Sandbox-Admin-Key", body!["error"]!.GetValue<string>());
        Assert.Equal(200, right);
        Assert.Equal(_host.CloudId, state!["cloudId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rate_limit_and_503_switches_work_from_outside_the_process()
    {
        var (set, _) = await _host.ControlAsync(HttpMethod.Post, "faults/rate-limit", """{"next":1,"retryAfterSeconds":30,"reason":"jira-burst-based"}""");
        using var limited = await SandboxHttp.GetAsync(_host.Url("/rest/api/3/myself"), ApiTokenBasic);
        using var served = await SandboxHttp.GetAsync(_host.Url("/rest/api/3/myself"), ApiTokenBasic);
        await _host.ControlAsync(HttpMethod.Post, "faults/service-unavailable", """{"next":1,"retryAfterSeconds":5}""");
        using var unavailable = await SandboxHttp.GetAsync(_host.Url("/wiki/api/v2/pages"), ApiTokenBasic);

        Assert.Equal(200, set);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("30", limited.Header("Retry-After"));
        Assert.Equal("jira-burst-based", limited.Header("RateLimit-Reason"));
        Assert.NotNull(limited.Header("X-RateLimit-Reset"));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Equal("5", unavailable.Header("Retry-After"));
    }

    [Fact]
    public async Task The_clock_expires_tokens_and_crosses_the_reuse_and_inactivity_windows()
    {
        using var first = await RefreshAsync(_host.RefreshToken);
        var pair = await first.JsonAsync();
        var (_, grants) = await _host.ControlAsync(HttpMethod.Get, "oauth/grants");
        var (_, spentButReusable) = await _host.ControlAsync(HttpMethod.Post, "oauth/refresh-token", $$"""{"refreshToken":"{{_host.RefreshToken}}"}""");

        await _host.ControlAsync(HttpMethod.Post, "clock/advance", """{"seconds":601}""");
        var (_, pastReuse) = await _host.ControlAsync(HttpMethod.Post, "oauth/refresh-token", $$"""{"refreshToken":"{{_host.RefreshToken}}"}""");
        using var reused = await RefreshAsync(_host.RefreshToken);
        var bearer = "Bearer " + pair["access_token"]!.GetValue<string>();
        using var beforeExpiry = await SandboxHttp.GetAsync(Gateway("/wiki/api/v2/spaces"), bearer);

        await _host.ControlAsync(HttpMethod.Post, "clock/advance", """{"seconds":3600}""");
        using var afterExpiry = await SandboxHttp.GetAsync(Gateway("/wiki/api/v2/spaces"), bearer);

        await _host.ControlAsync(HttpMethod.Post, "clock/advance", """{"days":91}""");
        var newRefreshToken = pair["refresh_token"]!.GetValue<string>();
        var (_, inactive) = await _host.ControlAsync(HttpMethod.Post, "oauth/refresh-token", $$"""{"refreshToken":"{{newRefreshToken}}"}""");
        using var afterInactivity = await RefreshAsync(newRefreshToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, grants![0]!["refreshes"]!.GetValue<int>());
        Assert.Equal(1, grants[0]!["refreshTokensSpent"]!.GetValue<int>());
        Assert.True(spentButReusable!["spent"]!.GetValue<bool>());
        Assert.True(spentButReusable["usable"]!.GetValue<bool>());
        Assert.False(pastReuse!["usable"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Forbidden, reused.StatusCode);
        Assert.Equal("invalid_grant", (await reused.JsonAsync())["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, beforeExpiry.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterExpiry.StatusCode);
        Assert.False(inactive!["spent"]!.GetValue<bool>());
        Assert.Contains("inactivity", inactive["refusal"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, afterInactivity.StatusCode);
    }

    [Fact]
    public async Task Uncertain_behaviours_and_consent_switch_from_outside()
    {
        var search = Gateway("/wiki/rest/api/content/search?cql=type%3Dpage");
        using var granularAccepted = await SandboxHttp.GetAsync(search, ScopedTokenBasic);
        var (refused, behaviours) = await _host.ControlAsync(HttpMethod.Put, "behaviours", """{"confluenceV1AcceptsGranularScopesAlone":false,"declineConsent":true}""");
        using var granularRefused = await SandboxHttp.GetAsync(search, ScopedTokenBasic);
        using var declined = await SandboxHttp.GetAsync(_host.Url($"/authorize?client_id={_host.ClientId}&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcallback&response_type=code&state=s1&scope=read%3Ajira-work"));
        var (misspelt, error) = await _host.ControlAsync(HttpMethod.Put, "behaviours", """{"declineConsnt":false}""");
        var (_, unchanged) = await _host.ControlAsync(HttpMethod.Get, "behaviours");

        Assert.Equal(HttpStatusCode.OK, granularAccepted.StatusCode);
        Assert.Equal(200, refused);
        Assert.False(behaviours!["confluenceV1AcceptsGranularScopesAlone"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Unauthorized, granularRefused.StatusCode);
        Assert.Equal("FAILURE_CLIENT_SCOPE_CHECK", granularRefused.Header("X-Failure-Category"));
        Assert.Equal(HttpStatusCode.Found, declined.StatusCode);
        Assert.Contains("error=access_denied", declined.Headers.Location!.Query);
        Assert.Equal(400, misspelt);
        Assert.Contains("'declineConsnt'", error!["error"]!.GetValue<string>());
        Assert.True(unchanged!["declineConsent"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Curl_alone_can_switch_a_fault_and_see_it()
    {
        if (!File.Exists("/usr/bin/curl") && !File.Exists("/usr/local/bin/curl"))
        {
            return; // curl is not installed here; the other tests drive the host with a plain HttpClient.
        }

        var control = Curl("-s", "-X", "POST", "-H", "X-Sandbox-Admin-Key: " + _host.AdminKey, "-H", "Content-Type: application/json",
            "--data", """{"next":1,"retryAfterSeconds":9}""", _host.Url("/_sandbox/faults/rate-limit").AbsoluteUri);
        var limited = Curl("-s", "-i", "-u", $"{_host.Email}:{_host.ApiToken}", _host.Url("/wiki/api/v2/pages").AbsoluteUri);
        var served = Curl("-s", "-o", "/dev/null", "-w", "%{http_code}", "-u", $"{_host.Email}:{_host.ApiToken}", _host.Url("/wiki/api/v2/pages").AbsoluteUri);

        Assert.Equal("""{"ok":true}""", control);
        Assert.StartsWith("HTTP/1.1 429", limited);
        Assert.Contains("Retry-After: 9", limited);
        Assert.Equal("200", served);
    }

    private Uri Gateway(string path) => _host.Url($"/ex/confluence/{_host.CloudId}{path}");

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken)
        => SandboxHttp.SendAsync(HttpMethod.Post, _host.Url("/oauth/token"), json: new JsonObject
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = _host.ClientId,
            ["client_secret"] = _host.ClientSecret,
            ["refresh_token"] = refreshToken,
        });

    private static string Curl(params string[] arguments)
    {
        var start = new ProcessStartInfo("curl") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
