using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scopewise.Runtime.Tests.SecretScan;
using Scopewise.Runtime.Tests.Support;

namespace Scopewise.Runtime.Tests;

/// <summary>The Scopewise HTTP client's request logging, as an application that asks for more of it sees it.</summary>
public class HttpClientLoggingTests
{
    /// <summary>Adds headers to every request, as an application's own handler on the Scopewise client might.</summary>
    private sealed class ExtraHeaders(IReadOnlyDictionary<string, string> headers) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task An_application_that_turns_header_redaction_off_still_never_logs_credential_headers()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        var extra = new Dictionary<string, string>
        {
            ["X-Api-Key"] = "key-" + Guid.NewGuid().ToString("N"),
            ["X-Auth-Token"] = "auth-" + Guid.NewGuid().ToString("N"),
            ["Cookie"] = "session=" + Guid.NewGuid().ToString("N"),
            ["X-Correlation-Id"] = "visible-correlation-id",
        };
        var capture = new TelemetryCapture();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(capture));
        services.AddScopewise(options =>
            {
                options.Site = sandbox.BaseAddress.AbsoluteUri;
                options.Deployment = SiteDeployment.Cloud;
                options.Credential = AtlassianCredential.ApiToken(user.Email, token.Token);
            })
            .AddHttpMessageHandler(() => new ExtraHeaders(extra))
            .RedactLoggedHeaders(_ => false);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ApiConnection>().SendAsync(Operations.Request(Operations.JiraMyself));

        // The inner logger sits after the application's handler, so it sees every header that goes on the wire.
        const string source = "log System.Net.Http.HttpClient.Scopewise.ClientHandler RequestHeader";
        string Logged(string header) => Assert.Single(capture.Texts, t => t.Source == $"{source} value {header}").Text;
        Assert.Equal("*", Logged("Authorization"));
        Assert.Equal("*", Logged("X-Api-Key"));
        Assert.Equal("*", Logged("X-Auth-Token"));
        Assert.Equal("*", Logged("Cookie"));
        Assert.Equal("visible-correlation-id", Logged("X-Correlation-Id"));

        var message = Assert.Single(capture.Texts, t => t.Source == $"{source} message").Text;
        Assert.Contains("Authorization: *", message, StringComparison.Ordinal);
        Assert.Contains("X-Correlation-Id: visible-correlation-id", message, StringComparison.Ordinal);
        var leaks = new SecretScanner().AddBasic("API token", user.Email, token.Token)
            .Add("api key", extra["X-Api-Key"]).Add("auth token", extra["X-Auth-Token"]).Add("cookie", extra["Cookie"])
            .FindIn(capture.Texts);
        Assert.Empty(leaks);
    }
}
