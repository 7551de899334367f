using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Scopewise.Sandbox;

/// <summary>
/// <c>/_sandbox/...</c>: the fault switches, the clock, the uncertain behaviours and what the sandbox issued, over HTTP
/// with JSON, for tests in any language and for the host run by hand. Every request needs the header
/// <c>X-Sandbox-Admin-Key</c> with <see cref="SandboxOptions.AdminKey"/>; the server listens on loopback only. The
/// routes are listed in the sandbox README ("Control from any language").
/// </summary>
internal sealed class ControlEndpoint
{
    public const string Prefix = "/_sandbox/";
    public const string KeyHeader = "X-Sandbox-Admin-Key";

    private readonly AtlassianSandbox _sandbox;
    private readonly byte[] _key;

    public ControlEndpoint(AtlassianSandbox sandbox, string key)
    {
        _sandbox = sandbox;
        _key = Encoding.UTF8.GetBytes(key);
    }

    public async Task HandleAsync(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (http.Connection.RemoteIpAddress is { } remote && !System.Net.IPAddress.IsLoopback(remote))
        {
            await WriteAsync(http, 403, Error("The control endpoint answers loopback callers only.")).ConfigureAwait(false);
            return;
        }

        if (!KeyMatches(http.Request.Headers[KeyHeader].ToString()))
        {
            await WriteAsync(http, 401, Error($"Send the admin key the sandbox printed at start in the header {KeyHeader}.")).ConfigureAwait(false);
            return;
        }

        var route = http.Request.Method.ToUpperInvariant() + " " + (http.Request.Path.Value ?? string.Empty)[(Prefix.Length - 1)..];
        try
        {
            var body = route.StartsWith("GET ", StringComparison.Ordinal) ? new ControlRequest(new JsonObject()) : await ControlRequest.ReadAsync(http).ConfigureAwait(false);
            JsonNode answer = route switch
            {
                "GET /state" => State(),
                "POST /clock/advance" => AdvanceClock(body),
                "POST /faults/rate-limit" => RateLimit(body),
                "POST /faults/service-unavailable" => ServiceUnavailable(body),
                "POST /faults/redirect" => Redirect(body),
                "POST /faults/omit-refresh-token" => OmitRefreshToken(body),
                "POST /faults/clear" => ClearFaults(body),
                "GET /behaviours" => Behaviours(),
                "PUT /behaviours" => SetBehaviours(body),
                "GET /oauth/grants" => Grants(),
                "POST /oauth/refresh-token" => RefreshToken(body),
                _ => throw new ControlError(404, $"No control route '{route}'. The routes: GET /_sandbox/state, POST /_sandbox/clock/advance, POST /_sandbox/faults/rate-limit, /service-unavailable, /redirect, /omit-refresh-token, /clear, GET|PUT /_sandbox/behaviours, GET /_sandbox/oauth/grants, POST /_sandbox/oauth/refresh-token."),
            };
            await WriteAsync(http, 200, answer).ConfigureAwait(false);
        }
        catch (ControlError error)
        {
            await WriteAsync(http, error.StatusCode, Error(error.Message)).ConfigureAwait(false);
        }
        catch (ArgumentException invalid)
        {
            await WriteAsync(http, 400, Error(invalid.Message)).ConfigureAwait(false);
        }
    }

    private JsonObject State() => new()
    {
        ["now"] = _sandbox.Clock.GetUtcNow().UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["clockAdvancedSeconds"] = (long)_sandbox.Clock.Offset.TotalSeconds,
        ["cloudId"] = _sandbox.CloudId,
        ["requestsReceived"] = _sandbox.Requests.Count,
        ["rateLimits"] = _sandbox.RateLimiter is { } limiter
            ? new JsonObject { ["enabled"] = true, ["hourlyQuotaPoints"] = _sandbox.Options.RateLimits!.HourlyQuotaPoints, ["quotaPointsUsed"] = limiter.QuotaPointsUsed }
            : new JsonObject { ["enabled"] = false },
        ["behaviours"] = Behaviours(),
        ["grants"] = Grants(),
    };

    private JsonObject AdvanceClock(ControlRequest body)
    {
        var seconds = body.Long("seconds", required: false) ?? 0;
        var days = body.Long("days", required: false) ?? 0;
        body.RejectOthers();
        if (seconds < 0 || days < 0 || seconds + days == 0)
        {
            throw new ControlError(400, "Give a positive 'seconds' and/or 'days', for example {'seconds':3601} to expire an access token or {'days':91} to cross the inactivity limit.");
        }

        var now = _sandbox.Clock.Advance(TimeSpan.FromSeconds(seconds) + TimeSpan.FromDays(days));
        return new JsonObject { ["now"] = now.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture) };
    }

    private JsonObject RateLimit(ControlRequest body)
    {
        var next = body.Int("next", required: false);
        var after = body.Int("after", required: false);
        var retryAfter = body.Long("retryAfterSeconds", required: false);
        var omit = body.Bool("omitRetryAfter") ?? false;
        var reason = body.Text("reason", required: false);
        body.RejectOthers();
        if ((next is null) == (after is null))
        {
            throw new ControlError(400, "Give exactly one of 'next' (answer the next N API requests 429) or 'after' (let N through, then 429 until cleared).");
        }

        var wait = retryAfter is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;
        if (next is { } count)
        {
            _sandbox.RateLimitNext(count, wait, omit, reason);
        }
        else
        {
            _sandbox.RateLimitAfter(after!.Value, wait, omit, reason);
        }

        return Done();
    }

    private JsonObject ServiceUnavailable(ControlRequest body)
    {
        var next = body.Int("next", required: true)!.Value;
        var retryAfter = body.Long("retryAfterSeconds", required: false);
        body.RejectOthers();
        _sandbox.ServiceUnavailableNext(next, retryAfter is { } s ? TimeSpan.FromSeconds(s) : null);
        return Done();
    }

    private JsonObject Redirect(ControlRequest body)
    {
        var path = body.Text("path", required: true)!;
        var location = body.Text("location", required: true)!;
        var status = body.Int("status", required: false) ?? 302;
        var method = body.Text("method", required: false) ?? "*";
        body.RejectOthers();
        if (!Uri.TryCreate(location, UriKind.Absolute, out var target))
        {
            throw new ControlError(400, $"'location' must be an absolute URL; got '{location}'.");
        }

        _sandbox.Redirect(path, target, status, method);
        return Done();
    }

    private JsonObject OmitRefreshToken(ControlRequest body)
    {
        var next = body.Int("next", required: true)!.Value;
        body.RejectOthers();
        _sandbox.OmitRefreshTokenNext(next);
        return Done();
    }

    private JsonObject ClearFaults(ControlRequest body)
    {
        body.RejectOthers();
        _sandbox.ClearFaults();
        return Done();
    }

    private JsonObject Behaviours()
    {
        var options = _sandbox.Options;
        return new JsonObject
        {
            ["declineConsent"] = _sandbox.DeclineConsent,
            ["confluenceV1AcceptsGranularScopesAlone"] = options.ConfluenceV1AcceptsGranularScopesAlone,
            ["gatewayAcceptsConfluenceV1WithoutWiki"] = options.GatewayAcceptsConfluenceV1WithoutWiki,
            ["expiredAccessTokenAnswer"] = options.ExpiredAccessTokenAnswer.ToString(),
            ["revokeAccessTokenOnRefresh"] = options.RevokeAccessTokenOnRefresh,
            ["refreshTokenReuseSeconds"] = (long)options.RefreshTokenReuseInterval.TotalSeconds,
        };
    }

    private JsonObject SetBehaviours(ControlRequest body)
    {
        // Read and check every field before changing anything, so that a refused request changes nothing.
        var decline = body.Bool("declineConsent");
        var granular = body.Bool("confluenceV1AcceptsGranularScopesAlone");
        var withoutWiki = body.Bool("gatewayAcceptsConfluenceV1WithoutWiki");
        var answerText = body.Text("expiredAccessTokenAnswer", required: false);
        var revoke = body.Bool("revokeAccessTokenOnRefresh");
        var reuse = body.Long("refreshTokenReuseSeconds", required: false);
        body.RejectOthers();
        ExpiredAccessTokenAnswer? answer = answerText is null ? null
            : Enum.TryParse<ExpiredAccessTokenAnswer>(answerText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(answerText[0]) ? parsed
            : throw new ControlError(400, $"'expiredAccessTokenAnswer' is one of {string.Join(", ", Enum.GetNames<ExpiredAccessTokenAnswer>())}; got '{answerText}'.");
        if (reuse < 0)
        {
            throw new ControlError(400, "'refreshTokenReuseSeconds' must not be negative.");
        }

        var options = _sandbox.Options;
        _sandbox.DeclineConsent = decline ?? _sandbox.DeclineConsent;
        options.ConfluenceV1AcceptsGranularScopesAlone = granular ?? options.ConfluenceV1AcceptsGranularScopesAlone;
        options.GatewayAcceptsConfluenceV1WithoutWiki = withoutWiki ?? options.GatewayAcceptsConfluenceV1WithoutWiki;
        options.ExpiredAccessTokenAnswer = answer ?? options.ExpiredAccessTokenAnswer;
        options.RevokeAccessTokenOnRefresh = revoke ?? options.RevokeAccessTokenOnRefresh;
        options.RefreshTokenReuseInterval = reuse is { } seconds ? TimeSpan.FromSeconds(seconds) : options.RefreshTokenReuseInterval;
        return Behaviours();
    }

    private JsonArray Grants()
        => new(_sandbox.OAuthGrants.Select(g => (JsonNode)new JsonObject
        {
            ["grantId"] = g.GrantId,
            ["user"] = g.UserEmail,
            ["clientId"] = g.ClientId,
            ["scopes"] = new JsonArray(g.Scopes.Select(s => (JsonNode)s).ToArray()),
            ["firstGrantedAt"] = g.FirstGrantedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["refreshes"] = g.Refreshes,
            ["refreshTokensIssued"] = g.RefreshTokensIssued,
            ["refreshTokensSpent"] = g.RefreshTokensSpent,
        }).ToArray());

    // The token travels in the body, not the URL, so that it never lands in an access log.
    private JsonObject RefreshToken(ControlRequest body)
    {
        var token = body.Text("refreshToken", required: true)!;
        body.RejectOthers();
        var state = _sandbox.DescribeRefreshToken(token);
        return new JsonObject
        {
            ["known"] = state.Known,
            ["grantId"] = state.GrantId,
            ["issuedAt"] = state.IssuedAt?.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["spent"] = state.Spent,
            ["spentAt"] = state.SpentAt?.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["usable"] = state.Usable,
            ["refusal"] = state.Refusal,
        };
    }

    private bool KeyMatches(string presented)
        => presented.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _key);

    private static JsonObject Done() => new() { ["ok"] = true };

    private static JsonObject Error(string message) => new() { ["error"] = "Scopewise sandbox control: " + message };

    // Relaxed escaping: these answers are read by people and shell scripts, and hold no HTML context to protect.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static Task WriteAsync(HttpContext http, int status, JsonNode body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json;charset=UTF-8";
        return http.Response.WriteAsync(body.ToJsonString(Readable), http.RequestAborted);
    }
}
