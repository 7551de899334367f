using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace Scopewise;

/// <summary>
/// The one object every generated client calls. It picks base address and credential from the site and the operation's
/// product, sends the <see cref="ApiRequest"/> with retries, back-off and token refresh, and turns the answer into a
/// typed result or a clear exception. One connection serves the Confluence and Jira clients of a site; share it.
/// </summary>
public class ApiConnection : IDisposable
{
    private readonly HttpClient? _ownedHttpClient;
    private readonly RequestPipeline _executor;
    private readonly Paginator _paginator;

    /// <summary>Creates a connection from options.</summary>
    /// <param name="options">Site, credential and behaviour.</param>
    /// <param name="httpClient">
    /// The client to send API calls with; when null the connection creates and owns one that does not follow redirects by
    /// itself. OAuth token refreshes do not go through it, only its timeout applies to them (see <see cref="AtlassianOAuthApp"/>).
    /// </param>
    /// <param name="logger">Receives one event per call (method, path template, status, duration, retries) and never secrets.</param>
    /// <exception cref="ArgumentException">The site cannot be parsed or the credential cannot work with it; the message says what to use.</exception>
    /// <exception cref="InsecureTransportException">A credential would go over plain http to a host that is not loopback.</exception>
    public ApiConnection(ScopewiseOptions options, HttpClient? httpClient = null, ILogger? logger = null)
        : this(new RouteTable(Validated(options)), options, httpClient ?? CreateHttpClient(), ownsClient: httpClient is null, logger)
    {
    }

    /// <summary>Creates a connection that sends every product's requests to <paramref name="baseAddress"/> with a fixed Authorization header.</summary>
    /// <param name="baseAddress">The product root (<c>https://acme.atlassian.net</c>); operation paths are appended to its path.</param>
    /// <param name="authorization">The Authorization header to send, or null for anonymous access.</param>
    /// <param name="httpClient">The client to send with; when null the connection creates and owns one.</param>
    /// <exception cref="InsecureTransportException">A header would go over plain http to a host that is not loopback.</exception>
    public ApiConnection(Uri baseAddress, AuthenticationHeaderValue? authorization = null, HttpClient? httpClient = null)
        : this(
            new RouteTable(RequireAbsolute(baseAddress), authorization is null ? AtlassianCredential.Anonymous : AtlassianCredential.FromHeader(authorization)),
            new ScopewiseOptions(),
            httpClient ?? CreateHttpClient(),
            ownsClient: httpClient is null,
            logger: null)
    {
    }

    /// <summary>
    /// Used by dependency injection: a client comes from <see cref="IHttpClientFactory"/> for each call. When the
    /// client's handlers retry by themselves (<paramref name="retriesLeftToClient"/>), the connection does not retry too.
    /// </summary>
    internal ApiConnection(ScopewiseOptions options, Func<HttpClient> httpClientFactory, ILogger? logger, bool retriesLeftToClient)
        : this(new RouteTable(Validated(options)), options, httpClientFactory, ownedClient: null, logger, retriesLeftToClient)
    {
    }

    private ApiConnection(RouteTable routes, ScopewiseOptions settings, HttpClient client, bool ownsClient, ILogger? logger)
        : this(routes, settings, () => client, ownsClient ? client : null, logger, retriesLeftToClient: false)
    {
    }

    private ApiConnection(RouteTable routes, ScopewiseOptions settings, Func<HttpClient> clients, HttpClient? ownedClient, ILogger? logger, bool retriesLeftToClient)
    {
        _ownedHttpClient = ownedClient;
        var context = new CredentialContext(clients, settings.TimeProvider ?? TimeProvider.System, new ScopewiseDiagnostics(logger));
        _executor = new RequestPipeline(routes, context, settings.Retry ?? new RetryOptions(), settings.MaxRedirects, Random.Shared.NextDouble, retriesLeftToClient);
        _paginator = new Paginator(_executor);
    }

    /// <summary>Creates a connection from environment variables (see <see cref="ScopewiseEnvironment"/>).</summary>
    /// <param name="getVariable">Reads a variable; <see cref="Environment.GetEnvironmentVariable(string)"/> when null.</param>
    /// <param name="httpClient">The client to send with; when null the connection creates and owns one.</param>
    /// <exception cref="ArgumentException">A needed variable is missing or invalid; the message names it.</exception>
    public static ApiConnection FromEnvironment(Func<string, string?>? getVariable = null, HttpClient? httpClient = null)
        => new(ScopewiseEnvironment.ReadOptions(getVariable), httpClient);

    /// <summary>The site, when the connection was built from options with one.</summary>
    public AtlassianSite? Site => _executor.Routes.Site;

    /// <summary>The credential used for the site's products.</summary>
    public AtlassianCredential Credential => _executor.Routes.Credential;

    /// <summary>The site's cloud id, looked up once (tenant_info, or accessible-resources for OAuth) and then kept.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public Task<string> GetCloudIdAsync(CancellationToken cancellationToken = default)
    {
        if (Site is { IsCloud: false })
        {
            throw new InvalidOperationException($"{Site.Host} is a Data Center site; only Atlassian Cloud sites have a cloud id.");
        }

        if (Site is null && !Credential.UsesGateway)
        {
            throw new InvalidOperationException("This connection has no site, so it has no cloud id.");
        }

        return _executor.Routes.CloudIds.GetAsync(Credential, _executor.Context, cancellationToken);
    }

    /// <summary>Sends a request whose response has no body of interest.</summary>
    /// <param name="request">The request a generated method built.</param>
    /// <param name="cancellationToken">Cancels the call, including back-off waits.</param>
    public async Task SendAsync(ApiRequest request, CancellationToken cancellationToken = default)
    {
        using var response = await _executor.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a request and reads its JSON response as <typeparamref name="T"/> (the default of <typeparamref name="T"/> for a 204, which has no body).</summary>
    /// <typeparam name="T">The response type.</typeparam>
    /// <param name="request">The request a generated method built.</param>
    /// <param name="responseType">Serialization metadata for the response.</param>
    /// <param name="cancellationToken">Cancels the call, including back-off waits.</param>
    public async Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseType);
        using var response = await _executor.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == System.Net.HttpStatusCode.NoContent)
        {
            // Jira's edit, assign and transition answer 204 with no body although their specs give a schema for it:
            // there is nothing to read, so the caller gets the type's default.
            return default!;
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return (await JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken).ConfigureAwait(false))!;
            }
            catch (JsonException ex)
            {
                throw new ScopewiseException($"{request.Operation} answered {(int)response.StatusCode}, but the body is not the {typeof(T).Name} the spec describes: {ex.Message}", ex);
            }
        }
    }

    /// <summary>
    /// Sends a request and returns its body as a stream, read as it arrives (binary or text responses, such as attachment
    /// downloads). The caller disposes the stream, which also releases the response.
    /// </summary>
    /// <param name="request">The request a generated method built.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<Stream> SendForStreamAsync(ApiRequest request, CancellationToken cancellationToken = default)
    {
        var response = await _executor.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new ResponseStream(response, body);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Sends a paged request and yields the items of every page once, following the operation's paging style.</summary>
    /// <typeparam name="TPage">The page type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="request">The request for the first page.</param>
    /// <param name="pageType">Serialization metadata for one page.</param>
    /// <param name="items">Selects the items of a page.</param>
    /// <param name="style">How the next page is found.</param>
    /// <param name="cancellationToken">Stops between pages (and cancels a page in flight).</param>
    public virtual IAsyncEnumerable<TItem> PaginateAsync<TPage, TItem>(
        ApiRequest request,
        JsonTypeInfo<TPage> pageType,
        Func<TPage, IEnumerable<TItem>?> items,
        PagingStyle style,
        CancellationToken cancellationToken = default)
        => _paginator.PaginateAsync(request, pageType, items, style, cancellationToken);

    /// <summary>Disposes the HTTP client when the connection created it.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ownedHttpClient?.Dispose();
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"ApiConnection({Site?.ToString() ?? "no site"}, {Credential})";

    internal RequestPipeline Executor => _executor;

    /// <summary>A client that leaves redirects to the runtime, which never forwards credentials to another host.</summary>
    internal static HttpClient CreateHttpClient() => new(CreateHandler());

    internal static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,
    };

    private static ScopewiseOptions Validated(ScopewiseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry?.Validate();
        if (options.MaxRedirects < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxRedirects, "MaxRedirects cannot be negative.");
        }

        return options;
    }

    private static Uri RequireAbsolute(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (!baseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException($"The base address must be absolute, for example https://acme.atlassian.net; got '{baseAddress}'.", nameof(baseAddress));
        }

        return baseAddress;
    }
}
