using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
            return new ApiConnection(options, () => factory.CreateClient(HttpClientName), logger);
        });
        return services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => ApiConnection.CreateHandler());
    }

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
