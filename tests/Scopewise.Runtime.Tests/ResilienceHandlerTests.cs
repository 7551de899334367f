using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Scopewise.Runtime.Tests.Support;
using Scopewise.Sandbox;

namespace Scopewise.Runtime.Tests;

/// <summary>
/// An application that adds a Microsoft.Extensions.Http.Resilience handler to the client AddScopewise returns gets its
/// own retries, not its retries times the connection's: a call the server keeps refusing is sent 1 + the handler's
/// retries times, over real HTTP against the sandbox.
/// </summary>
public class ResilienceHandlerTests
{
    private const int HandlerRetries = 2;

    private static async Task<(AtlassianSandbox Sandbox, ServiceProvider Provider)> StartAsync(Action<IHttpClientBuilder> configureClient)
    {
        var sandbox = await Sandboxes.CloudAsync();
        var user = sandbox.CreateUser("Ada Lovelace");
        var token = sandbox.IssueApiToken(user);
        var services = new ServiceCollection();
        var client = services.AddScopewise(o =>
        {
            o.Site = sandbox.BaseAddress.AbsoluteUri;
            o.Deployment = SiteDeployment.Cloud;
            o.Credential = AtlassianCredential.ApiToken(user.Email, token.Token);
            o.Retry = new RetryOptions { MaxRetries = 3, InitialDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero, RetryAfterSpread = TimeSpan.Zero };
        });
        configureClient(client);
        return (sandbox, services.BuildServiceProvider());
    }

    private static void AddRetryingResilienceHandler(IHttpClientBuilder client)
        => client.AddResilienceHandler("app-retries", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = HandlerRetries,
            Delay = TimeSpan.Zero,
            BackoffType = DelayBackoffType.Constant,
        }));

    private static int Attempts(AtlassianSandbox sandbox) => Sandboxes.ApiRequests(sandbox, "/rest/api/3/myself").Count;

    [Fact]
    public async Task With_a_resilience_handler_a_refused_call_is_retried_by_the_handler_alone()
    {
        var (sandbox, provider) = await StartAsync(AddRetryingResilienceHandler);
        await using var _ = sandbox;
        await using var __ = provider;
        sandbox.RateLimitAfter(0, TimeSpan.Zero);

        var error = await Assert.ThrowsAsync<RateLimitException>(
            () => provider.GetRequiredService<ApiConnection>().SendAsync(Operations.Request(Operations.JiraMyself)));

        Assert.Equal(1 + HandlerRetries, Attempts(sandbox));
        Assert.Equal(429, (int)error.StatusCode);
    }

    [Fact]
    public async Task With_a_resilience_handler_a_call_that_recovers_succeeds_after_the_handler_retried()
    {
        var (sandbox, provider) = await StartAsync(AddRetryingResilienceHandler);
        await using var _ = sandbox;
        await using var __ = provider;
        sandbox.RateLimitNext(HandlerRetries, TimeSpan.Zero);

        await provider.GetRequiredService<ApiConnection>().SendAsync(Operations.Request(Operations.JiraMyself));

        Assert.Equal([429, 429, 200], Sandboxes.ApiRequests(sandbox, "/rest/api/3/myself").Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Without_a_resilience_handler_the_connection_retries_by_itself()
    {
        var (sandbox, provider) = await StartAsync(_ => { });
        await using var _ = sandbox;
        await using var __ = provider;
        sandbox.RateLimitAfter(0, TimeSpan.Zero);

        var error = await Assert.ThrowsAsync<RateLimitException>(
            () => provider.GetRequiredService<ApiConnection>().SendAsync(Operations.Request(Operations.JiraMyself)));

        Assert.Equal(1 + 3, Attempts(sandbox));
        Assert.Equal(4, error.Attempts);
    }
}
