using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Scopewise.Sandbox;

/// <summary>
/// auth.atlassian.com's <c>/authorize</c> (auto-consent) and <c>/oauth/token</c>, and api.atlassian.com's
/// <c>/oauth/token/accessible-resources</c>.
/// </summary>
internal sealed class OAuthEndpoints
{
    private readonly AtlassianSandbox _sandbox;
    private readonly OAuthAuthority _authority;

    public OAuthEndpoints(AtlassianSandbox sandbox, OAuthAuthority authority)
    {
        _sandbox = sandbox;
        _authority = authority;
    }

    public async Task AuthorizeAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var client = _authority.FindClient(query["client_id"].FirstOrDefault());
        if (client is null)
        {
            await PageAsync(http, 400, "Unknown client_id: register the app with sandbox.RegisterOAuthClient and pass its ClientId.").ConfigureAwait(false);
            return;
        }

        var redirectUri = query["redirect_uri"].FirstOrDefault();
        if (string.IsNullOrEmpty(redirectUri) || !Uri.TryCreate(redirectUri, UriKind.Absolute, out _)
            || (client.RedirectUris.Count > 0 && !client.RedirectUris.Contains(redirectUri, StringComparer.Ordinal)))
        {
            await PageAsync(http, 400, $"redirect_uri '{redirectUri}' is not a callback URL registered for {client.Name} (the match is exact; a trailing slash counts).").ConfigureAwait(false);
            return;
        }

        var state = query["state"].FirstOrDefault();
        if (!string.Equals(query["response_type"].FirstOrDefault(), "code", StringComparison.Ordinal))
        {
            Redirect(http, redirectUri, ("error", "unsupported_response_type"), ("state", state));
            return;
        }

        if (_sandbox.DeclineConsent)
        {
            Redirect(http, redirectUri, ("error", "access_denied"), ("error_description", "User did not authorize the request"), ("state", state));
            return;
        }

        var user = _sandbox.AuthorizingUser ?? _sandbox.Users.FirstOrDefault();
        if (user is null)
        {
            await PageAsync(http, 400, "Nobody can consent: create a user with sandbox.CreateUser (or set sandbox.AuthorizingUser) first.").ConfigureAwait(false);
            return;
        }

        var scopes = (query["scope"].FirstOrDefault() ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var code = _authority.CreateCode(client, user, scopes, redirectUri);
        Redirect(http, redirectUri, ("code", code), ("state", state));
    }

    public async Task TokenAsync(HttpContext http)
    {
        Dictionary<string, string?> fields;
        try
        {
            fields = await ReadFieldsAsync(http.Request).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            await SandboxPipeline.WriteJsonAsync(http, 400, new JsonObject { ["error"] = "invalid_request", ["error_description"] = "The body must be JSON (or a form) with grant_type, client_id and client_secret." }).ConfigureAwait(false);
            return;
        }

        var clientId = fields.GetValueOrDefault("client_id");
        var clientSecret = fields.GetValueOrDefault("client_secret");
        var result = fields.GetValueOrDefault("grant_type") switch
        {
            "authorization_code" => _authority.ExchangeCode(clientId, clientSecret, fields.GetValueOrDefault("code"), fields.GetValueOrDefault("redirect_uri")),
            "refresh_token" => _authority.Refresh(clientId, clientSecret, fields.GetValueOrDefault("refresh_token")),
            "client_credentials" => _sandbox.ServiceAccounts.IssueToken(clientId, clientSecret),
            var other => TokenEndpointResult.Error(400, "unsupported_grant_type", $"grant_type '{other}' is not supported; use authorization_code, refresh_token or client_credentials."),
        };
        http.Response.Headers.CacheControl = "no-store";
        await SandboxPipeline.WriteJsonAsync(http, result.StatusCode, result.Body).ConfigureAwait(false);
    }

    public async Task AccessibleResourcesAsync(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var principal = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? _authority.CheckAccessToken(header["Bearer ".Length..].Trim()).Principal
            : null;
        if (principal is null)
        {
            await SandboxPipeline.WriteJsonAsync(http, 401, ErrorBodies.Gateway(401, "Unauthorized")).ConfigureAwait(false);
            return;
        }

        var site = new JsonObject
        {
            ["id"] = _sandbox.CloudId,
            ["url"] = _sandbox.BaseAddress.AbsoluteUri.TrimEnd('/'),
            ["name"] = _sandbox.Options.SiteName,
            ["scopes"] = new JsonArray(principal.Scopes!.Order(StringComparer.Ordinal).Select(s => (JsonNode)s).ToArray()),
            ["avatarUrl"] = "https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/240/site.png",
        };
        await SandboxPipeline.WriteJsonAsync(http, 200, new JsonArray(site)).ConfigureAwait(false);
    }

    private static async Task<Dictionary<string, string?>> ReadFieldsAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            return form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.Ordinal);
        }

        var node = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (node is not JsonObject body)
        {
            throw new JsonException("Not a JSON object.");
        }

        return body.ToDictionary(p => p.Key, p => p.Value is JsonValue value && value.TryGetValue<string>(out var text) ? text : p.Value?.ToJsonString(), StringComparer.Ordinal);
    }

    private static void Redirect(HttpContext http, string redirectUri, params (string Name, string? Value)[] parameters)
    {
        var query = string.Join('&', parameters.Where(p => p.Value is not null).Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!)));
        http.Response.StatusCode = 302;
        http.Response.Headers.Location = redirectUri + (redirectUri.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
    }

    private static Task PageAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(message, http.RequestAborted);
    }
}
