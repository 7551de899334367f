using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Scopewise.Sandbox.Query;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Handlers;

/// <summary>
/// Confluence Cloud v1 <c>GET /wiki/rest/api/search</c> (searchByCQL): the same CQL filter and cursor paging as content
/// search, each result wrapped as Confluence's <c>SearchResult</c> (title, excerpt, url, container, the content itself).
/// </summary>
internal static partial class ConfluenceSearchHandlers
{
    public static void Register(HandlerRegistry registry)
        => registry.Add(ApiFamily.ConfluenceV1, "searchByCQL", SearchAsync);

    private static Task SearchAsync(RequestContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var cql = context.Query("cql");
        var expand = context.Query("expand");
        var found = SearchQueries.Cql(cql, context.Store.Contents.Where(x => x.Status == "current" && x.Space.CanBeSeenBy(context.Principal)), context.Store);
        var extra = new JsonObject
        {
            ["totalSize"] = found.Count,
            ["cqlQuery"] = cql,
            ["searchDuration"] = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
        };
        return Paging.WriteV1CursorPageAsync(context, found, x => Result(context, x, expand), extra);
    }

    private static JsonObject Result(RequestContext context, SandboxContent content, string? expand) => new()
    {
        ["content"] = Representations.V1Content(content, expand, context.Store.Ancestors(content)),
        ["title"] = content.Title,
        ["excerpt"] = Excerpt(content.Body),
        ["url"] = $"/spaces/{content.Space.Key}/{(content.Type == SandboxContentType.BlogPost ? "blog" : "pages")}/{content.Id}",
        ["resultGlobalContainer"] = new JsonObject { ["title"] = content.Space.Name, ["displayUrl"] = $"/spaces/{content.Space.Key}" },
        ["breadcrumbs"] = new JsonArray(),
        ["entityType"] = "content",
        ["iconCssClass"] = content.Type == SandboxContentType.BlogPost ? "aui-icon content-type-blogpost" : "aui-icon content-type-page",
        ["lastModified"] = Representations.Time(content.Current.CreatedAt),
        ["friendlyLastModified"] = content.Current.CreatedAt.ToString("MMM dd, yyyy", System.Globalization.CultureInfo.InvariantCulture),
        ["score"] = 1.0,
    };

    /// <summary>The body as text, cut to 200 characters, as Confluence's excerpts are.</summary>
    private static string Excerpt(string storage)
    {
        var text = WebUtility.HtmlDecode(Tags().Replace(storage, " "));
        text = Spaces().Replace(text, " ").Trim();
        return text.Length <= 200 ? text : text[..200];
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
