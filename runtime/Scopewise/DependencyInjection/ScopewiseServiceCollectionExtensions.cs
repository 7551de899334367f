using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Scopewise;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Scopewise with dependency injection.</summary>
public static class ScopewiseServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the connection gets from <see cref="IHttpClientFactory"/>.</summary>
    public const string HttpClientName = "Scopewise";

    /// <summary>
    /// Registers a singleton <see cref="ApiConnection"/> configured by <paramref name="configure"/> (options pattern),
    /// sending through <see cref="IHttpClientFactory"/> with a handler that leaves redirects to the runtime, and logging
    /// to <see cref="ScopewiseTelemetry.LoggerCategory"/>. Add generated clients with <see cref="AddScopewiseClient{TClient}"/>.
    /// </summary>
    /// <remarks>
    /// The client logs what the factory's default logging logs (categories <c>System.Net.Http.HttpClient.Scopewise.LogicalHandler</c>
    /// and <c>.ClientHandler</c>, same events and messages), but the values of credential-bearing headers (Authorization,
    /// Proxy-Authorization, Cookie, Set-Cookie, and names containing token, secret, password or api-key) are <c>*</c> in
    /// the message and in the structured values, on every Microsoft.Extensions.Http version, and URIs lose their query.
    /// The factory's own loggers are removed from this client because they hand structured loggers the raw header
    /// values even where they redact the message. Headers that the application's or the package's rules redact (all of
    /// them by default from version 9) stay redacted too. A logger the application adds to the returned builder
    /// (<c>AddLogger</c>, <c>AddDefaultLogger</c>) sees the raw request and is its own responsibility.
    /// <para>
    /// Retries: when the returned builder gets a Microsoft.Extensions.Http.Resilience handler (<c>AddStandardResilienceHandler</c>,
    /// <c>AddResilienceHandler</c>) or a Microsoft.Extensions.Http.Polly one, the connection leaves 429, 503 and
    /// connection-failure retries to it and does not retry a second time; token refresh, redirects and error mapping
    /// stay with the connection. For any other retrying handler, set <see cref="RetryOptions.MaxRetries"/> to 0.
    /// </para>
    /// </remarks>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets site, credential and behaviour.</param>
    /// <returns>The builder of the named HTTP client, to add handlers or settings.</returns>
    public static IHttpClientBuilder AddScopewise(this IServiceCollection services, Action<ScopewiseOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ScopewiseOptions>().Configure(configure);
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ScopewiseOptions>>().Value;
            var factory = provider.GetRequiredService<IHttpClientFactory>();
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger(ScopewiseTelemetry.LoggerCategory);
            var retriesLeftToClient = provider.GetService<IHttpMessageHandlerFactory>() is { } handlers && RetryingHandlers.AnyIn(handlers.CreateHandler(HttpClientName));
            return new ApiConnection(options, () => factory.CreateClient(HttpClientName), logger, retriesLeftToClient);
        });

        // Not RedactLoggedHeaders: it replaces the predicate, which on Microsoft.Extensions.Http 9+ would lift the
        // redact-all default for every other header, and a call the application makes later would replace ours in turn.
        // A post-configure step runs after every Configure (RedactLoggedHeaders and ConfigureHttpClientDefaults included).
        services.PostConfigure<HttpClientFactoryOptions>(
            HttpClientName,
            options => options.ShouldRedactHeaderValue = CredentialHeaders.RedactedAlongWith(options.ShouldRedactHeaderValue));

        // The factory's own loggers put the raw header values into the structured state of their header events (only
        // the message is redacted), so they are replaced by loggers that redact both.
        return services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => ApiConnection.CreateHandler())
            .RemoveAllLoggers()
            .AddLogger(provider => RedactedHttpClientLogger.ForPipeline(Loggers(provider), HttpClientName, Redaction(provider)), wrapHandlersPipeline: true)
            .AddLogger(provider => RedactedHttpClientLogger.ForClient(Loggers(provider), HttpClientName, Redaction(provider)), wrapHandlersPipeline: false);
    }

    private static ILoggerFactory Loggers(IServiceProvider provider)
        => provider.GetService<ILoggerFactory>() ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance;

    private static Func<string, bool> Redaction(IServiceProvider provider)
        => provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(HttpClientName).ShouldRedactHeaderValue;

    /// <summary>Registers a generated client (any class whose constructor takes an <see cref="ApiConnection"/>) as a transient service.</summary>
    /// <typeparam name="TClient">The client type.</typeparam>
    /// <param name="services">The services.</param>
    public static IServiceCollection AddScopewiseClient<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TClient>(this IServiceCollection services)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddTransient<TClient>();
        return services;
    }
}
