using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Scopewise.Sandbox.Handlers;

/// <summary>Atlassian's three paging styles over an in-memory list.</summary>
internal static class Paging
{
    private const string CursorPrefix = "sandbox-offset:";

    /// <summary>
    /// Confluence v2: <c>limit</c> and an opaque <c>cursor</c>; the next page in the <c>Link</c> header and in
    /// <c>_links.next</c>, a path from <c>/wiki/api/v2/</c> that keeps the other query parameters. The cursor goes
    /// first in the query so that clients follow the link as given rather than appending to it.
    /// </summary>
    public static async Task WriteCursorPageAsync<T>(RequestContext context, IReadOnlyList<T> items, Func<T, JsonNode> render)
    {
        var limit = context.IntQuery("limit", 25, min: 1, max: context.Options.MaxPageSize);
        var start = DecodeCursor(context.Query("cursor"));
        var page = items.Skip(start).Take(limit).Select(render).ToArray();
        var links = new JsonObject { ["base"] = context.SiteBase + "/wiki" };
        if (start + limit < items.Count)
        {
            var next = context.ProductPath + "?" + NextQuery(context, ("cursor", EncodeCursor(start + limit)), "cursor");
            links["next"] = next;
            context.Http.Response.Headers["Link"] = $"<{next}>; rel=\"next\", <{context.SiteBase}/wiki>; rel=\"base\"";
        }

        await context.WriteJsonAsync(new JsonObject { ["results"] = new JsonArray(page), ["_links"] = links }).ConfigureAwait(false);
    }

    /// <summary>Confluence v1 and Data Center: <c>start</c>/<c>limit</c>, <c>size</c>, and <c>_links.next</c> relative to <c>_links.base</c>.</summary>
    public static async Task WriteOffsetPageAsync<T>(RequestContext context, IReadOnlyList<T> items, Func<T, JsonNode> render, int defaultLimit = 25)
    {
        var start = context.IntQuery("start", 0);
        var limit = context.IntQuery("limit", defaultLimit, min: 0, max: context.Options.MaxPageSize);
        var page = items.Skip(start).Take(limit).Select(render).ToArray();
        var relativePath = context.Zone == SandboxZone.DataCenter ? context.ProductPath : context.ProductPath["/wiki".Length..];
        var links = new JsonObject
        {
            ["base"] = context.WikiBase,
            ["context"] = context.WikiContext,
            ["self"] = context.WikiBase + relativePath,
        };
        if (limit > 0 && start + limit < items.Count)
        {
            links["next"] = relativePath + "?" + NextQuery(context, ("start", (start + limit).ToString(CultureInfo.InvariantCulture)), "start", ("limit", limit.ToString(CultureInfo.InvariantCulture)));
        }

        await context.WriteJsonAsync(new JsonObject
        {
            ["results"] = new JsonArray(page),
            ["start"] = start,
            ["limit"] = limit,
            ["size"] = page.Length,
            ["_links"] = links,
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Confluence v1 search: <c>limit</c> and a <c>cursor</c> carried inside <c>_links.next</c> (relative to
    /// <c>_links.base</c>), with <c>start</c>, <c>limit</c> and <c>size</c> as in offset paging. <c>extra</c> adds
    /// top-level members (search adds <c>totalSize</c>, <c>cqlQuery</c> and <c>searchDuration</c>).
    /// </summary>
    public static async Task WriteV1CursorPageAsync<T>(RequestContext context, IReadOnlyList<T> items, Func<T, JsonNode> render, JsonObject? extra = null)
    {
        var limit = context.IntQuery("limit", 25, min: 1, max: context.Options.MaxPageSize);
        var start = DecodeCursor(context.Query("cursor"));
        var page = items.Skip(start).Take(limit).Select(render).ToArray();
        var relativePath = context.ProductPath["/wiki".Length..];
        var links = new JsonObject
        {
            ["base"] = context.WikiBase,
            ["context"] = context.WikiContext,
            ["self"] = context.WikiBase + relativePath,
        };
        if (start + limit < items.Count)
        {
            links["next"] = relativePath + "?" + NextQuery(context, ("cursor", EncodeCursor(start + limit)), "cursor");
        }

        var body = new JsonObject
        {
            ["results"] = new JsonArray(page),
            ["start"] = start,
            ["limit"] = limit,
            ["size"] = page.Length,
        };
        foreach (var (name, value) in extra ?? [])
        {
            body[name] = value?.DeepClone();
        }

        body["_links"] = links;
        await context.WriteJsonAsync(body).ConfigureAwait(false);
    }

    /// <summary>Jira's older style: <c>startAt</c>, <c>maxResults</c>, <c>total</c>, <c>isLast</c>, items under <paramref name="itemsName"/>.</summary>
    public static JsonObject JiraOffsetPage<T>(RequestContext context, IReadOnlyList<T> items, Func<T, JsonNode> render, string itemsName, int startAt, int maxResults)
    {
        maxResults = Math.Min(maxResults, context.Options.MaxPageSize);
        var page = items.Skip(startAt).Take(maxResults).Select(render).ToArray();
        return new JsonObject
        {
            ["startAt"] = startAt,
            ["maxResults"] = maxResults,
            ["total"] = items.Count,
            ["isLast"] = startAt + page.Length >= items.Count,
            [itemsName] = new JsonArray(page),
        };
    }

    /// <summary>Jira's newer search: <c>nextPageToken</c> (absent on the last page) and <c>isLast</c>, no total.</summary>
    public static JsonObject JiraTokenPage<T>(RequestContext context, IReadOnlyList<T> items, Func<T, JsonNode> render, string? nextPageToken, int maxResults)
    {
        maxResults = Math.Min(maxResults, context.Options.MaxPageSize);
        var start = DecodeCursor(nextPageToken);
        var page = items.Skip(start).Take(maxResults).Select(render).ToArray();
        var body = new JsonObject { ["issues"] = new JsonArray(page), ["isLast"] = start + page.Length >= items.Count };
        if (start + page.Length < items.Count)
        {
            body["nextPageToken"] = EncodeCursor(start + page.Length);
        }

        return body;
    }

    private static string NextQuery(RequestContext context, (string Name, string Value) first, string replaced, params (string Name, string Value)[] defaults)
    {
        var parts = new List<string> { first.Name + "=" + Uri.EscapeDataString(first.Value) };
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in context.Http.Request.Query)
        {
            present.Add(pair.Key);
            if (pair.Key != replaced)
            {
                parts.AddRange(pair.Value.Select(v => pair.Key + "=" + Uri.EscapeDataString(v ?? string.Empty)));
            }
        }

        parts.AddRange(defaults.Where(d => !present.Contains(d.Name)).Select(d => d.Name + "=" + Uri.EscapeDataString(d.Value)));
        return string.Join('&', parts);
    }

    private static string EncodeCursor(int offset)
        => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(CursorPrefix + offset.ToString(CultureInfo.InvariantCulture)));

    private static int DecodeCursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(cursor));
            if (text.StartsWith(CursorPrefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw new SandboxHttpError(400, $"The cursor '{cursor}' is not one this server issued; follow _links.next or the Link header as given.");
    }
}
