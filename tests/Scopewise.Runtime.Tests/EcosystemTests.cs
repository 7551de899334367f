using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scopewise.Runtime.Tests.Support;

namespace Scopewise.Runtime.Tests;

/// <summary>A generated client as the generator emits them: it takes the connection in its constructor.</summary>
internal sealed class JiraMyselfClient(ApiConnection connection)
{
    public Task<JiraUser> GetCurrentUserAsync(CancellationToken cancellationToken = default)
        => connection.SendAsync(Operations.Request(Operations.JiraMyself), TestJson.Default.JiraUser, cancellationToken);
}

public class EcosystemTests
{
    [Fact]
    public async Task Dependency_injection_gives_typed_clients_one_shared_connection_through_the_http_client_factory()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        var logs = new ListLogger();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs));
        services.AddScopewise(o =>
        {
            o.Site = sandbox.BaseAddress.AbsoluteUri;
            o.Deployment = SiteDeployment.Cloud;
            o.Credential = AtlassianCredential.ApiToken(user.Email, token.Token);
        });
        services.AddScopewiseClient<JiraMyselfClient>();
        await using var provider = services.BuildServiceProvider();

        var me = await provider.GetRequiredService<JiraMyselfClient>().GetCurrentUserAsync();

        Assert.Equal(user.AccountId, me.AccountId);
        Assert.Same(provider.GetRequiredService<ApiConnection>(), provider.GetRequiredService<ApiConnection>());
        Assert.Contains(logs.Entries, e => e.Id.Name == "ApiCallCompleted");
    }

    [Fact]
    public async Task Log_events_carry_method_template_status_duration_and_retries_but_never_secrets()
    {
        var time = new RecordingTimeProvider();
        await using var sandbox = await Sandboxes.CloudAsync(time.Fake);
        var user = sandbox.CreateUser("Ada Lovelace");
        var client = sandbox.RegisterOAuthClient();
        var tokens = sandbox.IssueOAuthTokens(user, client, ["read:page:confluence", "read:jira-user", "offline_access"]);
        var logs = new ListLogger();
        using var connection = new ApiConnection(
            Sandboxes.CloudOptions(sandbox, Sandboxes.OAuthCredential(sandbox, client, tokens), time),
            logger: logs);
        sandbox.RateLimitNext(1, TimeSpan.FromSeconds(1));

        var call = connection.SendAsync(Operations.Request(Operations.V2PageById, "/wiki/api/v2/pages/4242"));
        time.Advance(await time.NextTimerAsync());
        await Assert.ThrowsAsync<ApiException>(() => call);
        time.Advance(TimeSpan.FromHours(1));
        await connection.SendAsync(Operations.Request(Operations.JiraMyself));

        var failed = Assert.Single(logs.Entries, e => e.Id.Name == "ApiCallFailed");
        Assert.Contains(failed.State, kv => kv.Key == "PathTemplate" && (string?)kv.Value == "/wiki/api/v2/pages/{id}");
        Assert.Contains(failed.State, kv => kv.Key == "RetryCount" && (int?)kv.Value == 1);
        var completed = Assert.Single(logs.Entries, e => e.Id.Name == "ApiCallCompleted");
        Assert.Contains(completed.State, kv => kv.Key == "Method" && (string?)kv.Value == "GET");
        Assert.Contains(completed.State, kv => kv.Key == "StatusCode" && (int?)kv.Value == 200);
        Assert.Contains(completed.State, kv => kv.Key == "DurationMs");
        Assert.Contains(logs.Entries, e => e.Id.Name == "ApiCallRetrying");
        Assert.Contains(logs.Entries, e => e.Id.Name == "OAuthTokenRefreshed");

        var text = logs.AllText;
        Assert.DoesNotContain("4242", text, StringComparison.Ordinal);
        Assert.DoesNotContain(tokens.AccessToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(tokens.RefreshToken!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(client.ClientSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_call_is_one_activity_with_its_operation_and_status()
    {
        await using var sandbox = await Sandboxes.CloudAsync();
        var space = sandbox.Store.AddSpace("PUB", anonymousAccess: true);
        var page = sandbox.Store.AddPage(space, "Hello");
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == ScopewiseTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var connection = new ApiConnection(Sandboxes.CloudOptions(sandbox, AtlassianCredential.Anonymous));
        var marker = Guid.NewGuid().ToString("N");
        using var parent = new Activity(marker).Start();

        await connection.SendAsync(Operations.Request(Operations.V2PageById, $"/wiki/api/v2/pages/{page.Id}"));
        await connection.SendAsync(Operations.Request(Operations.V2Pages));
        parent.Stop();

        var ours = activities.Where(a => a.ParentId == parent.Id).ToList();
        Assert.Equal(["getPageById", "getPages"], ours.Select(a => a.DisplayName));
        Assert.All(ours, a => Assert.Equal(ActivityKind.Client, a.Kind));
        Assert.All(ours, a => Assert.Equal(200, a.GetTagItem("http.response.status_code")));
        Assert.Equal("/wiki/api/v2/pages/{id}", ours[0].GetTagItem("url.template"));
    }
}
