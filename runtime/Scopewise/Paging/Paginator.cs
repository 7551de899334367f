using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Scopewise;

/// <summary>Walks the pages of a paged operation and yields every item once, in the style the operation pages by.</summary>
internal sealed class Paginator(RequestPipeline executor)
{
    public async IAsyncEnumerable<TItem> PaginateAsync<TPage, TItem>(
        ApiRequest request,
        JsonTypeInfo<TPage> pageType,
        Func<TPage, IEnumerable<TItem>?> items,
        PagingStyle style,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(pageType);
        ArgumentNullException.ThrowIfNull(items);
        if (!Enum.IsDefined(style))
        {
            throw new ArgumentOutOfRangeException(nameof(style), style, "Use one of the PagingStyle values.");
        }

        var current = request;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            // Cancellation is checked between pages: a page in flight finishes or is cancelled by the send itself.
            cancellationToken.ThrowIfCancellationRequested();
            byte[] body;
            string? linkNext;
            using (var response = await executor.SendAsync(current, cancellationToken).ConfigureAwait(false))
            {
                body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                linkNext = LinkHeader.FindNext(response);
            }

            var page = JsonSerializer.Deserialize(body, pageType);
            var pageItems = page is null ? [] : (items(page) ?? []).ToList();
            foreach (var item in pageItems)
            {
                yield return item;
            }

            var next = await NextAsync(current, style, body, linkNext, pageItems.Count, cancellationToken).ConfigureAwait(false);
            if (next is null)
            {
                yield break;
            }

            var key = next.PathAndQuery + "\n" + (next.JsonBody is null ? string.Empty : Convert.ToBase64String(next.JsonBody));
            if (!seen.Add(key))
            {
                throw new ScopewiseException($"Paging {request.Operation} came back to a page it had already read ({next.PathAndQuery}); stopped to avoid an endless loop.");
            }

            current = next;
        }
    }

    private async ValueTask<ApiRequest?> NextAsync(ApiRequest current, PagingStyle style, byte[] body, string? linkNext, int itemCount, CancellationToken cancellationToken)
    {
        using var document = TryParse(body);
        var root = document?.RootElement;
        switch (style)
        {
            case PagingStyle.ConfluenceCursor:
            case PagingStyle.ConfluenceOffset:
            {
                var link = style == PagingStyle.ConfluenceCursor
                    ? linkNext ?? BodyNextLink(root)
                    : BodyNextLink(root) ?? linkNext;
                if (string.IsNullOrWhiteSpace(link) || (style == PagingStyle.ConfluenceOffset && itemCount == 0))
                {
                    return null;
                }

                var route = await executor.Routes.ResolveAsync(current.Operation.Product, executor.Context, cancellationToken).ConfigureAwait(false);
                return current.ForPath(NextLinkResolver.Resolve(link, route, current.Operation));
            }

            case PagingStyle.JiraOffset:
            {
                if (Boolean(root, "isLast") == true || itemCount == 0)
                {
                    return null;
                }

                var startAt = Number(root, "startAt") ?? 0;
                var next = startAt + itemCount;
                var total = Number(root, "total");
                if (total is not null && next >= total)
                {
                    return null;
                }

                var maxResults = Number(root, "maxResults");
                if (total is null && Boolean(root, "isLast") is null && maxResults is not null && itemCount < maxResults)
                {
                    return null;
                }

                return current.WithPagingParameter("startAt", next.ToString(CultureInfo.InvariantCulture), numeric: true);
            }

            case PagingStyle.JiraToken:
            {
                var token = Text(root, "nextPageToken");
                if (Boolean(root, "isLast") == true || string.IsNullOrEmpty(token))
                {
                    return null;
                }

                return current.WithPagingParameter("nextPageToken", token, numeric: false);
            }

            default:
                return null;
        }
    }

    private static JsonDocument? TryParse(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? BodyNextLink(JsonElement? root)
        => root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("_links", out var links) && links.ValueKind == JsonValueKind.Object
            ? Text(links, "next")
            : null;

    private static string? Text(JsonElement? element, string name)
        => element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Number(JsonElement? element, string name)
        => element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : null;

    private static bool? Boolean(JsonElement? element, string name)
        => element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;
}
