using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Scopewise.Sandbox.Contract;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox;

/// <summary>What a handler needs for one request: the HTTP exchange, the matched operation, who is calling, and the store.</summary>
internal sealed class RequestContext
{
    public RequestContext(HttpContext http, RouteMatch match, Principal principal, SandboxZone zone, SandboxStore store, SandboxOptions options, string siteBase, string productPath)
    {
        ProductPath = productPath;
        Http = http;
        Match = match;
        Principal = principal;
        Zone = zone;
        Store = store;
        Options = options;
        SiteBase = siteBase;
    }

    public HttpContext Http { get; }

    /// <summary>The request path relative to the product root (<c>/wiki/api/v2/pages</c>), whichever host it came through.</summary>
    public string ProductPath { get; }

    public RouteMatch Match { get; }

    public SpecOperation Operation => Match.Operation;

    public Principal Principal { get; }

    public SandboxZone Zone { get; }

    public SandboxStore Store { get; }

    public SandboxOptions Options { get; }

    /// <summary>The site root, <c>http://127.0.0.1:PORT</c> (plus the context path in Data Center mode).</summary>
    public string SiteBase { get; }

    /// <summary>What v1 <c>_links.base</c> holds: the site plus <c>/wiki</c> on Cloud, the site (with context) on Data Center.</summary>
    public string WikiBase => Zone == SandboxZone.DataCenter ? SiteBase : SiteBase + "/wiki";

    /// <summary>What v1 <c>_links.context</c> holds.</summary>
    public string WikiContext => Zone == SandboxZone.DataCenter ? Options.ContextPath : "/wiki";

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    public string PathValue(string name)
        => Match.PathValues.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"The route has no '{name}' parameter.");

    public string? Query(string name)
    {
        var values = Http.Request.Query[name];
        return values.Count == 0 ? null : values[0];
    }

    /// <summary>An integer query parameter; 400 with the parameter's name when it is not one.</summary>
    public int IntQuery(string name, int defaultValue, int min = 0, int max = int.MaxValue)
    {
        var text = Query(name);
        if (text is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new SandboxHttpError(400, $"Query parameter '{name}' must be an integer of at least {min}; got '{text}'.");
        }

        return Math.Min(value, max);
    }

    /// <summary>The user behind the request; 401 for anonymous requests.</summary>
    public SandboxUser RequireUser()
        => Principal.User ?? throw new SandboxHttpError(401, "This operation needs an authenticated user; send an Authorization header.");

    /// <summary>A space the caller may see; 404 otherwise (Confluence hides what you may not see).</summary>
    public SandboxSpace VisibleSpace(string idOrKey)
    {
        var space = Store.FindSpace(idOrKey);
        return space is not null && space.CanBeSeenBy(Principal)
            ? space
            : throw new SandboxHttpError(404, $"No space with id or key '{idOrKey}', or the calling user does not have permission to view it.");
    }

    /// <summary>Current content the caller may see, of one of the given types; 404 otherwise.</summary>
    public SandboxContent VisibleContent(string id, params SandboxContentType[] types)
    {
        var content = Store.FindContent(id);
        return content is not null && content.Status == "current" && types.Contains(content.Type) && content.Space.CanBeSeenBy(Principal)
            ? content
            : throw new SandboxHttpError(404, $"No content with the given id '{id}', or the calling user does not have permission to view the content.");
    }

    /// <summary>Whether the caller may write to the space: a user who can see it.</summary>
    public void RequireWrite(SandboxSpace space)
    {
        RequireUser();
        if (!space.CanBeSeenBy(Principal))
        {
            throw new SandboxHttpError(403, $"The calling user does not have permission to edit content in space {space.Key}.");
        }
    }

    public async Task<JsonObject> ReadJsonObjectAsync()
    {
        try
        {
            var node = await JsonNode.ParseAsync(Http.Request.Body, cancellationToken: Http.RequestAborted).ConfigureAwait(false);
            return node as JsonObject ?? throw new SandboxHttpError(400, "The request body must be a JSON object.");
        }
        catch (JsonException exception)
        {
            throw new SandboxHttpError(400, "The request body is not valid JSON: " + exception.Message);
        }
    }

    /// <summary>Holds answers to the spec (see <see cref="ContractChecker"/>); null only in contexts built outside the pipeline.</summary>
    public ContractChecker? Contract { get; init; }

    /// <summary>Finds a user of this sandbox by account id (assignees, mentions); null when there is none.</summary>
    public Func<string, SandboxUser?> FindUser { get; init; } = _ => null;

    public async Task WriteJsonAsync(JsonNode body, int statusCode = 200)
    {
        if (Contract is not null)
        {
            await Contract.CheckAnswerAsync(Operation, statusCode, body).ConfigureAwait(false);
        }

        Http.Response.StatusCode = statusCode;
        Http.Response.ContentType = "application/json;charset=UTF-8";
        await Http.Response.WriteAsync(body.ToJsonString(), Http.RequestAborted).ConfigureAwait(false);
    }

    public static string Text(JsonObject body, string name)
        => body[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0
            ? text
            : throw new SandboxHttpError(400, $"The request body needs a non-empty string '{name}'.");

    public static string? OptionalText(JsonNode? node, string name)
        => node is JsonObject body && body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
