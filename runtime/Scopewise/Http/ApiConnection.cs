using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Scopewise;

/// <summary>
/// The one object every generated client calls: it turns an <see cref="ApiRequest"/> into an HTTP call against the
/// right base address with the right credentials, and the response into a typed result or a clear exception.
/// </summary>
public class ApiConnection : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly Uri _baseAddress;
    private readonly AuthenticationHeaderValue? _authorization;

    /// <summary>Creates a connection that sends every request to <paramref name="baseAddress"/> with a fixed Authorization header.</summary>
    /// <param name="baseAddress">The product root (<c>https://acme.atlassian.net</c>); operation paths are appended to its path.</param>
    /// <param name="authorization">The Authorization header to send, or null for anonymous access.</param>
    /// <param name="httpClient">The client to send with; when null the connection creates and owns one.</param>
    public ApiConnection(Uri baseAddress, AuthenticationHeaderValue? authorization = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (!baseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException($"The base address must be absolute, for example https://acme.atlassian.net; got '{baseAddress}'.", nameof(baseAddress));
        }

        _baseAddress = baseAddress;
        _authorization = authorization;
        _ownsHttpClient = httpClient is null;
        _httpClient = httpClient ?? new HttpClient();
    }

    /// <summary>Sends a request whose response has no body of interest.</summary>
    /// <param name="request">The request a generated method built.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task SendAsync(ApiRequest request, CancellationToken cancellationToken = default)
    {
        using var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a request and reads its JSON response as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The response type.</typeparam>
    /// <param name="request">The request a generated method built.</param>
    /// <param name="responseType">Serialization metadata for the response.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseType);
        using var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return (await JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken).ConfigureAwait(false))!;
        }
    }

    /// <summary>Sends a request and returns its body as a stream (binary or text responses). The caller disposes the stream.</summary>
    /// <param name="request">The request a generated method built.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<Stream> SendForStreamAsync(ApiRequest request, CancellationToken cancellationToken = default)
    {
        var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        var buffer = new MemoryStream();
        using (response)
        {
            await response.Content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        buffer.Position = 0;
        return buffer;
    }

    /// <summary>Sends a paged request and yields the items of every page, following the operation's paging style.</summary>
    /// <typeparam name="TPage">The page type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="request">The request for the first page.</param>
    /// <param name="pageType">Serialization metadata for one page.</param>
    /// <param name="items">Selects the items of a page.</param>
    /// <param name="style">How the next page is found.</param>
    /// <param name="cancellationToken">Stops between pages.</param>
    public virtual async IAsyncEnumerable<TItem> PaginateAsync<TPage, TItem>(
        ApiRequest request,
        JsonTypeInfo<TPage> pageType,
        Func<TPage, IEnumerable<TItem>?> items,
        PagingStyle style,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The first version reads one page; following pages arrive with the runtime's paging support.
        var page = await SendAsync(request, pageType, cancellationToken).ConfigureAwait(false);
        foreach (var item in items(page) ?? [])
        {
            yield return item;
        }
    }

    private async Task<HttpResponseMessage> SendCoreAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = new HttpRequestMessage(request.Method, Combine(_baseAddress, request.PathAndQuery));
        message.Headers.Authorization = _authorization;
        message.Headers.Accept.ParseAdd("application/json");
        foreach (var header in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        message.Content = request.ContentFactory?.Invoke();
        var response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await ApiException.FromResponseAsync(request, response, cancellationToken).ConfigureAwait(false);
            }
        }

        return response;
    }

    private static Uri Combine(Uri baseAddress, string pathAndQuery)
    {
        var root = baseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(root + pathAndQuery, UriKind.Absolute);
    }

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
        if (disposing && _ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }
}
