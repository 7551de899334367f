using System.Net;
using System.Text;

namespace Scopewise;

/// <summary>Turns an error response into the exception that says best what happened and what to do.</summary>
internal static class ErrorMapper
{
    // Error bodies are small; a huge HTML page is cut so that an exception never holds megabytes.
    private const int MaxBodyBytes = 64 * 1024;

    public static async Task<ApiException> CreateAsync(CallState call, HttpResponseMessage response, CredentialContext context, RetryOptions retry, CancellationToken cancellationToken)
    {
        var request = call.Request;
        var route = call.Route;
        var attempts = call.Retries + 1;
        var time = context.TimeProvider;
        using (response)
        {
            var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
            var messages = AtlassianErrorBody.Parse(body);
            var requestId = ResponseHeaders.RequestId(response);
            var status = (int)response.StatusCode;
            var operation = request.Operation;
            var host = response.RequestMessage?.RequestUri?.Host ?? route.BaseAddress.Host;
            var said = messages.Count > 0 ? " The server said: " + Sentence(string.Join("; ", messages)) : string.Empty;
            var id = requestId is null ? string.Empty : $" Request id: {requestId}.";
            var head = $"{operation} answered {status} {response.ReasonPhrase}";

            switch (response.StatusCode)
            {
                case HttpStatusCode.Unauthorized:
                {
                    var scheme = route.Credential.Scheme;
                    var finalUri = response.RequestMessage?.RequestUri;
                    var sent = scheme is null ? $"anonymously to {host}"
                        : finalUri is not null && !UriPaths.SameOrigin(finalUri, route.BaseAddress)
                            ? $"to {route.BaseAddress.Host} with {scheme} ({route.Credential.Kind}) and redirected to {host}, where credentials are never sent"
                            : $"with {scheme} ({route.Credential.Kind}) to {host}";
                    var scopeMismatch = ResponseHeaders.IsScopeCheckFailure(response)
                        || messages.Any(m => m.Contains("scope does not match", StringComparison.OrdinalIgnoreCase));
                    if (!scopeMismatch)
                    {
                        return new AtlassianAuthenticationException(
                            $"{head}; it was sent {sent}.{route.Credential.AdviceWhenRefused}{said}{id}",
                            AuthenticationFailure.InvalidCredential, scheme, host, operation, messages, requestId);
                    }

                    var refusal = RefusalDetails.For(operation, route, await KnownScopesAsync(route, context, cancellationToken).ConfigureAwait(false));
                    return new AtlassianAuthenticationException(
                        $"{head}; it was sent {sent}. The credential is valid but lacks a scope this operation needs.{refusal} Add the scopes to the app, service account or token and authorize again.{said}{id}",
                        AuthenticationFailure.ScopeMismatch, scheme, host, operation, messages, requestId)
                    {
                        Refusal = refusal,
                    };
                }

                case HttpStatusCode.Forbidden:
                {
                    var xsrf = messages.Any(m => m.Contains("XSRF", StringComparison.OrdinalIgnoreCase)) || body.Contains("XSRF check failed", StringComparison.OrdinalIgnoreCase);
                    if (xsrf)
                    {
                        return new AtlassianPermissionException(
                            $"{head}. The server's XSRF check failed: send the header X-Atlassian-Token: no-check with this request.{said}{id}", true, operation, messages, requestId);
                    }

                    var refusal = RefusalDetails.For(operation, route, await KnownScopesAsync(route, context, cancellationToken).ConfigureAwait(false));
                    const string permission = "the account lacks permission for this (a space or global permission, or a page restriction), or the product is not licensed for it.";
                    var scopesAdvice = refusal.KnownScopes is null ? " Most likely " + permission
                        : refusal.MissingScopes.Count > 0 ? " Add the missing scopes first; if it is still refused, " + permission
                        : " The scopes are not the problem: " + permission;
                    return new AtlassianPermissionException($"{head}.{refusal}{scopesAdvice}{said}{id}", false, operation, messages, requestId)
                    {
                        Refusal = refusal,
                    };
                }

                case HttpStatusCode.Gone:
                {
                    return new EndpointRemovedException($"{head}.{EndpointRemovedException.Advice(operation)}{said}{id}", operation.ReplacedBy, operation, messages, requestId);
                }

                case HttpStatusCode.TooManyRequests:
                case HttpStatusCode.ServiceUnavailable:
                    return RateLimited(call, response, head, said + id, time.GetUtcNow(), retry, messages, requestId);

                default:
                    return new ApiException($"{head}.{said}{id}", response.StatusCode, operation, messages, requestId);
            }
        }
    }

    /// <summary>The scopes the credential is known to hold, or null when unknown or when finding out fails (the refusal is the news, not this).</summary>
    private static async Task<IReadOnlyCollection<string>?> KnownScopesAsync(ResolvedRoute route, CredentialContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await route.Credential.GetKnownScopesAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (ScopewiseException)
        {
            return null;
        }
    }

    /// <summary>
    /// 429 or 503 that the retries did not get past: which limiter, when it resets, and why the runtime stopped (retries
    /// used up, or a <c>Retry-After</c> longer than allowed, however absurd).
    /// </summary>
    private static RateLimitException RateLimited(CallState call, HttpResponseMessage response, string head, string tail, DateTimeOffset now, RetryOptions retry, IReadOnlyList<string> messages, string? requestId)
    {
        var attempts = call.Retries + 1;
        var retryAfter = ResponseHeaders.RetryAfter(response, now);
        var reason = RateLimitSignals.Reason(response);
        var resetsAt = RateLimitSignals.ResetsAt(response, now, retryAfter);
        var stopped = call.RetriedByClient ? "after the HTTP client's own retries" : $"after {attempts} attempt(s)";
        var wait = retryAfter switch
        {
            null => string.Empty,
            { } asked when asked == TimeSpan.MaxValue =>
                $" It asked to wait {RateLimitSignals.Raw(response, "Retry-After")?.Trim()} s (Retry-After), which is no real wait, so the call was not retried; wait for the reset or back off yourself.",
            { } asked when asked > retry.MaxRetryAfter =>
                $" It asked to wait {asked.TotalSeconds:0} s (Retry-After), longer than Retry.MaxRetryAfter ({retry.MaxRetryAfter.TotalSeconds:0} s), so the call was not retried.",
            { } asked => $" Retry-After: {asked.TotalSeconds:0} s.",
        };
        var limiter = reason is null ? string.Empty : $" Limiter: {reason}.";
        var reset = resetsAt is { } at ? $" The limit resets at {at.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC." : string.Empty;
        return new RateLimitException(
            $"{head} {stopped}; giving up.{wait}{limiter}{reset}{tail}",
            response.StatusCode, retryAfter, ResponseHeaders.RateLimitHeaders(response), attempts, call.Request.Operation, messages, requestId, reason, resetsAt);
    }

    // Atlassian's messages usually end with a period already: never write "..".
    private static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith('.') || trimmed.EndsWith('!') || trimmed.EndsWith('?') ? trimmed : trimmed + ".";
    }

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxBodyBytes];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return Encoding.UTF8.GetString(buffer, 0, total);
        }
    }
}
