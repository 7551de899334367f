using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// This file is compiled into the test project and, copied, into the consumer app under Consumers/LeakScanConsumer,
// so the very same calls run against whichever Microsoft.Extensions.Http the process has. It uses only Scopewise's
// public API and Microsoft.Extensions.* (no test-project types), and records what it saw instead of asserting.
namespace Scopewise.Runtime.Tests.SecretScan;

/// <summary>A running sandbox's addresses and the credentials it issued (serialized to the consumer app).</summary>
internal sealed class LeakScenarioInput
{
    public string SiteUrl { get; set; } = "";

    public string GatewayUrl { get; set; } = "";

    public string AuthorizationServerUrl { get; set; } = "";

    public string Email { get; set; } = "";

    public string ApiToken { get; set; } = "";

    /// <summary>An API token the sandbox has revoked, so that a call with it fails with 401.</summary>
    public string RevokedApiToken { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public string AccessToken { get; set; } = "";

    public string RefreshToken { get; set; } = "";

    /// <summary>A refresh token the sandbox never issued, so that a refresh with it is refused.</summary>
    public string UnknownRefreshToken { get; set; } = "";

    public string[] Scopes { get; set; } = [];
}

/// <summary>One piece of text the process produced: where it came from and what it said.</summary>
internal sealed class CapturedText
{
    public string Source { get; set; } = "";

    public string Text { get; set; } = "";
}

/// <summary>Everything captured, plus the tokens the sandbox rotated in during the run (secrets too).</summary>
internal sealed class LeakScenarioOutput
{
    public List<CapturedText> Captured { get; set; } = [];

    public List<string> RotatedSecrets { get; set; } = [];

    /// <summary>The Microsoft.Extensions.Http the process actually loaded (informational version).</summary>
    public string HttpFactoryVersion { get; set; } = "";
}

/// <summary>
/// Calls Scopewise the way an application with <c>AddScopewise</c> and Trace logging does: Basic and OAuth, successful
/// and failing calls (404, 401, a refused refresh), a token refresh and a cloud-id lookup; every log message, log
/// state value, scope, exception text and activity (all sources) is kept.
/// </summary>
internal static class LeakScenario
{
    private static readonly ApiOperationInfo JiraMyself = new("getCurrentUser", "GET", "/rest/api/3/myself", "jira",
        new ScopeRequirement(new ScopeAlternative(ScopeKind.Classic, "read:jira-user")));

    private static readonly ApiOperationInfo V2PageById = new("getPageById", "GET", "/wiki/api/v2/pages/{id}", "confluence",
        new ScopeRequirement(new ScopeAlternative(ScopeKind.Granular, "read:page:confluence")));

    public static async Task<LeakScenarioOutput> RunAsync(LeakScenarioInput input)
    {
        var capture = new TelemetryCapture();
        using var listener = capture.ListenToAllActivities();
        var output = new LeakScenarioOutput();

        // Basic (email + API token): a call that works and one that gets 404.
        await WithConnectionAsync(capture, input, AtlassianCredential.ApiToken(input.Email, input.ApiToken), async connection =>
        {
            await connection.SendAsync(new ApiRequest(JiraMyself, JiraMyself.PathTemplate));
            await capture.ExpectFailureAsync(() => connection.SendAsync(new ApiRequest(V2PageById, "/wiki/api/v2/pages/424242")));
        });

        // Basic with a revoked token: 401.
        await WithConnectionAsync(capture, input, AtlassianCredential.ApiToken(input.Email, input.RevokedApiToken), connection =>
            capture.ExpectFailureAsync(() => connection.SendAsync(new ApiRequest(JiraMyself, JiraMyself.PathTemplate))));

        // OAuth whose access token the store says has expired: refresh (client secret + refresh token), cloud id from
        // accessible-resources, then a call that works and one that gets 404.
        var app = new AtlassianOAuthApp(input.ClientId, input.ClientSecret, new Uri(input.AuthorizationServerUrl));
        var expired = TimeProvider.System.GetUtcNow().AddMinutes(-5);
        var store = new InMemoryTokenStore(new OAuthTokens(input.AccessToken, input.RefreshToken, expired, input.Scopes));
        await WithConnectionAsync(capture, input, AtlassianCredential.OAuth(app, store), async connection =>
        {
            await connection.SendAsync(new ApiRequest(JiraMyself, JiraMyself.PathTemplate));
            await capture.ExpectFailureAsync(() => connection.SendAsync(new ApiRequest(V2PageById, "/wiki/api/v2/pages/424242")));
        });
        if (store.Current is { } rotated)
        {
            output.RotatedSecrets.Add(rotated.AccessToken);
            output.RotatedSecrets.AddRange(rotated.RefreshToken is null ? [] : [rotated.RefreshToken]);
        }

        // OAuth with a refresh token the server does not know: the refresh is refused.
        var unknown = new InMemoryTokenStore(new OAuthTokens(input.AccessToken + "-stale", input.UnknownRefreshToken, expired, input.Scopes));
        await WithConnectionAsync(capture, input, AtlassianCredential.OAuth(app, unknown), connection =>
            capture.ExpectFailureAsync(() => connection.SendAsync(new ApiRequest(JiraMyself, JiraMyself.PathTemplate))));

        output.Captured = capture.Texts.ToList();
        output.HttpFactoryVersion = typeof(Microsoft.Extensions.Http.HttpClientFactoryOptions).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";
        return output;
    }

    private static async Task WithConnectionAsync(TelemetryCapture capture, LeakScenarioInput input, AtlassianCredential credential, Func<ApiConnection, Task> use)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(capture));
        services.AddScopewise(options =>
        {
            options.Site = input.SiteUrl;
            options.Deployment = SiteDeployment.Cloud;
            options.Credential = credential;
            options.Endpoints = AtlassianEndpoints.AllAt(new Uri(input.GatewayUrl));
        });
        await using var provider = services.BuildServiceProvider();
        await use(provider.GetRequiredService<ApiConnection>());
    }
}

/// <summary>An <see cref="ILoggerProvider"/> for every category and level, and an activity listener for every source.</summary>
internal sealed class TelemetryCapture : ILoggerProvider
{
    public ConcurrentQueue<CapturedText> Texts { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose()
    {
    }

    public void Add(string source, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Texts.Enqueue(new CapturedText { Source = source, Text = text });
        }
    }

    /// <summary>Runs a call that must fail and keeps the exception's full text (message, inner exceptions, stack).</summary>
    public async Task ExpectFailureAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception ex)
        {
            Add($"exception {ex.GetType().Name}", ex.ToString());
            return;
        }

        throw new InvalidOperationException("The call was expected to fail, so that exception texts are produced, but it succeeded.");
    }

    public ActivityListener ListenToAllActivities()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    /// <summary>A value as text; header values and other lists element by element, not as their type name.</summary>
    private static string? Describe(object? value) => value switch
    {
        null => null,
        string text => text,
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Describe)),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private void Record(Activity activity)
    {
        var source = $"activity {activity.Source.Name} {activity.OperationName}";
        Add(source + " display name", activity.DisplayName);
        Add(source + " status", activity.StatusDescription);
        foreach (var tag in activity.TagObjects)
        {
            Add($"{source} tag {tag.Key}", Describe(tag.Value));
        }

        foreach (var item in activity.Baggage)
        {
            Add($"{source} baggage {item.Key}", item.Value);
        }

        foreach (var activityEvent in activity.Events)
        {
            Add($"{source} event", activityEvent.Name);
            foreach (var tag in activityEvent.Tags)
            {
                Add($"{source} event {activityEvent.Name} tag {tag.Key}", Describe(tag.Value));
            }
        }
    }

    private sealed class CapturingLogger(TelemetryCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            AddState($"log {category} scope", state);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var source = $"log {category} {eventId.Name ?? eventId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            capture.Add(source + " message", formatter(state, exception));
            AddState(source, state);
            capture.Add(source + " exception", exception?.ToString());
        }

        private void AddState<TState>(string source, TState state)
        {
            capture.Add(source + " state", state?.ToString());
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    capture.Add($"{source} value {key}", Describe(value));
                }
            }
        }
    }
}
