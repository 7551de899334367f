using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Scopewise.Sandbox.Handlers;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox;

/// <summary>
/// Every request goes through here: request id and log, redirects, faults, the host it addressed (site, gateway,
/// auth server or Data Center), removed endpoints, the spec route, authentication, the scope check, and the handler
/// (or 501 when the operation is not implemented).
/// </summary>
internal sealed class SandboxPipeline
{
    private readonly AtlassianSandbox _sandbox;
    private readonly SandboxOptions _options;
    private readonly Authenticator _authenticator;
    private readonly OAuthEndpoints _oauthEndpoints;
    private readonly RouteTable _routes;
    private readonly HandlerRegistry _handlers = HandlerRegistry.Default;
    private readonly List<(string Method, PathTemplate Route)> _removed;
    private readonly ControlEndpoint? _control;

    public SandboxPipeline(AtlassianSandbox sandbox, SandboxOptions options, Authenticator authenticator, OAuthEndpoints oauthEndpoints)
    {
        _sandbox = sandbox;
        _options = options;
        _authenticator = authenticator;
        _oauthEndpoints = oauthEndpoints;
        _routes = options.Deployment == SandboxDeployment.DataCenter ? SpecCatalog.DataCenter : SpecCatalog.Cloud;
        _control = options.AdminKey is null ? null : new ControlEndpoint(sandbox, options.AdminKey);
        _removed = options.Deployment == SandboxDeployment.DataCenter ? [] : options.RemovedEndpoints.Select(ParseRemoved).ToList();
    }

    public async Task HandleAsync(HttpContext http)
    {
        var requestId = Guid.NewGuid().ToString("N");
        http.Response.Headers["X-Request-Id"] = requestId;
        http.Response.Headers["ATL-TraceId"] = requestId;
        if (_control is not null && (http.Request.Path.Value ?? string.Empty).StartsWith(ControlEndpoint.Prefix, StringComparison.Ordinal))
        {
            // Control requests steer the sandbox; they are not API traffic, so they stay out of Requests and the faults.
            await _control.HandleAsync(http).ConfigureAwait(false);
            return;
        }

        var record = _sandbox.Record(http, requestId);
        try
        {
            await DispatchAsync(http, record).ConfigureAwait(false);
        }
        finally
        {
            record.StatusCode = http.Response.StatusCode;
        }
    }

    private async Task DispatchAsync(HttpContext http, SandboxRequest record)
    {
        var path = http.Request.Path.Value ?? "/";
        var method = http.Request.Method.ToUpperInvariant();
        if (_sandbox.Faults.FindRedirect(method, path) is { } redirect)
        {
            http.Response.StatusCode = redirect.StatusCode;
            http.Response.Headers.Location = redirect.Location.AbsoluteUri;
            return;
        }

        SandboxZone zone;
        string productPath;
        string? gatewayProduct = null;
        if (_options.Deployment == SandboxDeployment.DataCenter)
        {
            zone = SandboxZone.DataCenter;
            var contextPath = _options.ContextPath;
            if (contextPath.Length > 0 && !(path.StartsWith(contextPath + "/", StringComparison.Ordinal) || path == contextPath))
            {
                await WriteAsync(http, 404, ErrorBodies.ConfluenceV1(404, $"Nothing here: this Data Center sandbox lives under {contextPath}/rest/api/.")).ConfigureAwait(false);
                return;
            }

            productPath = path[contextPath.Length..];
        }
        else
        {
            switch (path)
            {
                case "/_edge/tenant_info" when method == "GET":
                    await WriteAsync(http, 200, new JsonObject { ["cloudId"] = _sandbox.CloudId }).ConfigureAwait(false);
                    return;
                case "/authorize" when method == "GET":
                    await _oauthEndpoints.AuthorizeAsync(http).ConfigureAwait(false);
                    return;
                case "/oauth/token" when method == "POST":
                    await _oauthEndpoints.TokenAsync(http).ConfigureAwait(false);
                    return;
                case "/oauth/token/accessible-resources" when method == "GET":
                    await _oauthEndpoints.AccessibleResourcesAsync(http).ConfigureAwait(false);
                    return;
                case "/me" when method == "GET":
                    await _sandbox.MeAsync(http).ConfigureAwait(false);
                    return;
            }

            if (path.StartsWith("/ex/", StringComparison.Ordinal))
            {
                zone = SandboxZone.Gateway;
                if (!TrySplitGatewayPath(path, out gatewayProduct, out var cloudId, out productPath)
                    || !string.Equals(cloudId, _sandbox.CloudId, StringComparison.OrdinalIgnoreCase))
                {
                    await WriteAsync(http, 404, ErrorBodies.Gateway(404, "Not Found")).ConfigureAwait(false);
                    return;
                }
            }
            else
            {
                zone = SandboxZone.Site;
                productPath = path;
            }
        }

        var family = GuessFamily(productPath);
        if (_sandbox.Faults.Next() is { } fault)
        {
            WriteFault(http, fault, family);
            return;
        }

        var segments = RouteTable.Split(productPath);
        var match = _routes.Match(method, segments);
        if (match is not null && (gatewayProduct is null || match.Operation.Family.Product() == gatewayProduct))
        {
            family = match.Operation.Family;
        }
        else
        {
            match = null;
        }

        // Atlassian's order: who is calling first (a missing or bad credential is 401 on every route, unknown and
        // removed ones included), then the scopes, then the route (404, 405, 410, 501), so that nothing about the API
        // is revealed to, or claimed "authorized" for, a caller who has not authenticated.
        var authentication = _authenticator.Authenticate(http.Request.Headers.Authorization.ToString(), zone, family);
        if (authentication.Principal is not { } principal)
        {
            foreach (var (name, value) in authentication.RefusalHeaders)
            {
                http.Response.Headers[name] = value;
            }

            await WriteAsync(http, authentication.RefusalStatus, authentication.RefusalBody!).ConfigureAwait(false);
            return;
        }

        var removed = _removed.Any(r => r.Method == method && r.Route.TryMatch(segments, out _) && (match is null || match.Operation.Route.LiteralCount <= r.Route.LiteralCount));
        if (principal.IsAnonymous && (match is null || removed))
        {
            // Anonymous access reaches only operations that exist; what does not exist is not for strangers to map.
            await WriteAsync(http, 401, UnauthenticatedBody(zone, family)).ConfigureAwait(false);
            return;
        }

        if (match is not null)
        {
            record.OperationId = match.Operation.OperationId;
            if (principal.Scopes is { } granted && !ScopeCheck.Allows(match.Operation, granted, _options))
            {
                http.Response.Headers["X-Failure-Category"] = "FAILURE_CLIENT_SCOPE_CHECK";
                await WriteAsync(http, 401, ErrorBodies.Gateway(401, "Unauthorized; scope does not match")).ConfigureAwait(false);
                return;
            }
        }

        // A removed template such as /content/{id} must not swallow a live, more specific route such as /content/search.
        if (removed)
        {
            await WriteAsync(http, 410, ErrorBodies.Gone()).ConfigureAwait(false);
            return;
        }

        if (match is null)
        {
            var status = _routes.HasPath(segments) ? 405 : 404;
            await WriteAsync(http, status, ErrorBodies.For(family, status, $"No {method} {productPath} in the {family} API of the sandbox.")).ConfigureAwait(false);
            return;
        }

        if (_sandbox.RateLimiter is { } limiter)
        {
            var outcome = limiter.Check(method, match.Operation, principal.Kind, match.PathValues.GetValueOrDefault("issueIdOrKey"));
            foreach (var (name, value) in outcome.Headers)
            {
                http.Response.Headers[name] = value;
            }

            if (outcome.Limited)
            {
                // Atlassian's 429 bodies are empty or HTML; an empty one keeps clients reading the headers.
                http.Response.StatusCode = 429;
                return;
            }
        }

        // Issue 18: removed operations (410) and administrator-only operations (403), after authentication and scopes.
        if (PermissionCheck.Refuse(match.Operation, principal, _options) is { } permissionRefusal)
        {
            await WriteAsync(http, permissionRefusal.Status, permissionRefusal.Body).ConfigureAwait(false);
            return;
        }

        if (await RequestBodyGuard.CheckAsync(http, _options.MaxRequestBodyBytes).ConfigureAwait(false) is { } refusal)
        {
            await WriteAsync(http, refusal.StatusCode, ErrorBodies.For(family, refusal.StatusCode, refusal.Message, !principal.IsAnonymous)).ConfigureAwait(false);
            return;
        }

        await InvokeHandlerAsync(http, match, principal, zone, productPath).ConfigureAwait(false);
    }

    private async Task InvokeHandlerAsync(HttpContext http, RouteMatch match, Principal principal, SandboxZone zone, string productPath)
    {
        var authenticated = !principal.IsAnonymous;
        var context = new RequestContext(http, match, principal, zone, _sandbox.Store, _options, _sandbox.SiteBaseForHandlers, productPath) { Contract = _sandbox.Contract, FindUser = _sandbox.FindUserByAccountId };
        var handler = _handlers.Find(match.Operation);
        try
        {
            if (handler is null)
            {
                throw new SandboxHttpError(501, $"This operation is not implemented: {match.Operation.OperationId} ({match.Operation.Method} {match.Operation.Route.Text}). Authentication and scopes were checked and passed; only the behaviour is missing.");
            }

            await _sandbox.Contract.CheckRequestAsync(http, match.Operation).ConfigureAwait(false);
            await handler(context).ConfigureAwait(false);
        }
        catch (SandboxHttpError error) when (!http.Response.HasStarted)
        {
            foreach (var header in error.Headers)
            {
                http.Response.Headers[header.Key] = header.Value;
            }

            await WriteAsync(http, error.StatusCode, ErrorBodies.For(match.Operation.Family, error.StatusCode, error.Message, authenticated)).ConfigureAwait(false);
        }
        catch (VersionConflictException conflict) when (!http.Response.HasStarted)
        {
            await WriteAsync(http, 409, ErrorBodies.For(match.Operation.Family, 409, conflict.Message, authenticated)).ConfigureAwait(false);
        }
        catch (DuplicateTitleException duplicate) when (!http.Response.HasStarted)
        {
            await WriteAsync(http, 400, ErrorBodies.For(match.Operation.Family, 400, duplicate.Message, authenticated)).ConfigureAwait(false);
        }
        catch (ArgumentException invalid) when (!http.Response.HasStarted)
        {
            // The store refuses bad values (an empty file name, a malformed key) with the reason; the caller sent them.
            await WriteAsync(http, 400, ErrorBodies.For(match.Operation.Family, 400, invalid.Message, authenticated)).ConfigureAwait(false);
        }
        catch (Exception bug) when (!http.Response.HasStarted && bug is not OperationCanceledException)
        {
            // A sandbox bug: answer with what broke, so a failing test points at the sandbox rather than at the client.
            await WriteAsync(http, 500, ErrorBodies.For(match.Operation.Family, 500, $"internal error in {match.Operation.OperationId}: {bug.GetType().Name}: {bug.Message}", authenticated)).ConfigureAwait(false);
        }
    }

    /// <summary>The 401 for a caller without a credential, in the shape of the host it addressed.</summary>
    private static JsonObject UnauthenticatedBody(SandboxZone zone, ApiFamily family) => zone switch
    {
        SandboxZone.Gateway => ErrorBodies.Gateway(401, "Unauthorized"),
        SandboxZone.DataCenter => ErrorBodies.DataCenterUnauthenticated(),
        _ => ErrorBodies.For(family, 401, "Client must be authenticated to access this resource.", authenticated: false),
    };

    /// <summary>
    /// <c>/ex/confluence/{cloudId}/wiki/...</c> gives <c>/wiki/...</c>; <c>/ex/confluence/{cloudId}/rest/api/...</c> (v1
    /// without <c>/wiki</c>, when allowed) gives <c>/wiki/rest/api/...</c>; <c>/ex/jira/{cloudId}/rest/...</c> gives <c>/rest/...</c>.
    /// </summary>
    private bool TrySplitGatewayPath(string path, out string product, out string cloudId, out string productPath)
    {
        product = cloudId = productPath = string.Empty;
        var parts = path.Split('/', 5);
        if (parts.Length < 4 || parts[2] is not ("confluence" or "jira"))
        {
            return false;
        }

        product = parts[2];
        cloudId = parts[3];
        productPath = parts.Length == 5 ? "/" + parts[4] : "/";
        if (product == "confluence" && _options.GatewayAcceptsConfluenceV1WithoutWiki && productPath.StartsWith("/rest/api/", StringComparison.Ordinal))
        {
            productPath = "/wiki" + productPath;
        }

        return true;
    }

    private static ApiFamily GuessFamily(string productPath)
    {
        if (productPath.StartsWith("/wiki/api/v2/", StringComparison.Ordinal))
        {
            return ApiFamily.ConfluenceV2;
        }

        return productPath.StartsWith("/rest/api/3/", StringComparison.Ordinal) || productPath.StartsWith("/rest/api/2/", StringComparison.Ordinal)
            ? ApiFamily.JiraV3
            : ApiFamily.ConfluenceV1;
    }

    private void WriteFault(HttpContext http, FaultSwitches.Fault fault, ApiFamily family)
    {
        http.Response.StatusCode = fault.StatusCode;
        var now = _options.TimeProvider.GetUtcNow();
        if (fault.RetryAfter is { } retryAfter)
        {
            var seconds = (long)Math.Ceiling(retryAfter.TotalSeconds);
            http.Response.Headers["Retry-After"] = seconds.ToString(CultureInfo.InvariantCulture);
            http.Response.Headers[RateLimitHeaders.BetaRetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
            now += TimeSpan.FromSeconds(seconds);
        }

        if (fault.StatusCode == 429)
        {
            http.Response.Headers["X-RateLimit-Limit"] = "350";
            http.Response.Headers["X-RateLimit-Remaining"] = "0";
            http.Response.Headers["X-RateLimit-Reset"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
            http.Response.Headers["X-RateLimit-NearLimit"] = "true";
            http.Response.Headers["RateLimit-Reason"] = fault.Reason ?? (family == ApiFamily.JiraV3 ? "jira-quota-tenant-based" : "confluence-quota-tenant-based");
        }

        // Atlassian's 429 and 503 bodies are empty or HTML, not JSON; an empty body keeps clients honest about that.
    }

    private static Task WriteAsync(HttpContext http, int status, JsonNode body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json;charset=UTF-8";
        return http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted);
    }

    private static (string Method, PathTemplate Route) ParseRemoved(string entry)
    {
        var space = entry.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || entry[(space + 1)..].Trim() is not { Length: > 0 } path || path[0] != '/')
        {
            throw new ArgumentException($"SandboxOptions.RemovedEndpoints entries look like \"GET /wiki/rest/api/space\"; got '{entry}'.");
        }

        return (entry[..space].ToUpperInvariant(), PathTemplate.Parse(path));
    }

    internal static Task WriteJsonAsync(HttpContext http, int status, JsonNode body) => WriteAsync(http, status, body);
}
