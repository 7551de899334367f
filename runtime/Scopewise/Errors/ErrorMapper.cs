using System.Net;
using System.Text;

namespace Scopewise;

/// <summary>Turns an error response into the exception that says best what happened and what to do.</summary>
internal static class ErrorMapper
{
    // Error bodies are small; a huge HTML page is cut so that an exception never holds megabytes.
    private const int MaxBodyBytes = 64 * 1024;

    public static async Task<ApiException> CreateAsync(ApiRequest request, HttpResponseMessage response, ResolvedRoute route, int attempts, TimeProvider time, CancellationToken cancellationToken)
    {
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
                    var advice = scopeMismatch
                        ? $" The credential is valid but lacks a scope this operation needs: {operation.Scopes}. Add the scopes to the app or token and authorize again."
                        : AdviceForInvalidCredential(route.Credential.Kind);
                    return new AtlassianAuthenticationException(
                        $"{head}; it was sent {sent}.{advice}{said}{id}",
                        scopeMismatch ? AuthenticationFailure.ScopeMismatch : AuthenticationFailure.InvalidCredential,
                        scheme, host, operation, messages, requestId);
                }

                case HttpStatusCode.Forbidden:
                {
                    var xsrf = messages.Any(m => m.Contains("XSRF", StringComparison.OrdinalIgnoreCase)) || body.Contains("XSRF check failed", StringComparison.OrdinalIgnoreCase);
                    var advice = xsrf
                        ? " The server's XSRF check failed: send the header X-Atlassian-Token: no-check with this request."
                        : " The account lacks permission for this (a space or global permission), or the product is not licensed for it.";
                    return new AtlassianPermissionException($"{head}.{advice}{said}{id}", xsrf, operation, messages, requestId);
                }

                case HttpStatusCode.Gone:
                {
                    var replacement = operation.ReplacedBy;
                    var advice = replacement is null
                        ? " Atlassian has removed this endpoint; use its replacement in the Confluence v2 or Jira v3 API."
                        : $" Atlassian has removed this endpoint; use {replacement} instead.";
                    return new EndpointRemovedException($"{head}.{advice}{said}{id}", replacement, operation, messages, requestId);
                }

                case HttpStatusCode.TooManyRequests:
                case HttpStatusCode.ServiceUnavailable:
                {
                    var retryAfter = ResponseHeaders.RetryAfter(response, time.GetUtcNow());
                    var headers = ResponseHeaders.RateLimitHeaders(response);
                    var wait = retryAfter is null ? string.Empty : $" Retry-After: {retryAfter.Value.TotalSeconds:0} s.";
                    var reason = headers.TryGetValue("RateLimit-Reason", out var r) ? $" Reason: {r}." : string.Empty;
                    return new RateLimitException(
                        $"{head} after {attempts} attempt(s); giving up.{wait}{reason}{said}{id}",
                        response.StatusCode, retryAfter, headers, attempts, operation, messages, requestId);
                }

                default:
                    return new ApiException($"{head}.{said}{id}", response.StatusCode, operation, messages, requestId);
            }
        }
    }

    // Atlassian's messages usually end with a period already: never write "..".
    private static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith('.') || trimmed.EndsWith('!') || trimmed.EndsWith('?') ? trimmed : trimmed + ".";
    }

    private static string AdviceForInvalidCredential(CredentialKind kind) => kind switch
    {
        CredentialKind.ApiToken or CredentialKind.ScopedApiToken =>
            " The API token is expired, revoked or wrong, or the email does not match it (tokens expire after at most a year). Create a new one at https://id.atlassian.com/manage-profile/security/api-tokens.",
        CredentialKind.OAuth => " The OAuth access token was refused even after a refresh; consent may have been revoked. Authorize again.",
        CredentialKind.PersonalAccessToken => " The personal access token is expired, revoked or for another Data Center instance.",
        CredentialKind.Password => " The user name or password is wrong, or the server asks for a CAPTCHA after failed logins (log in once in a browser).",
        CredentialKind.Anonymous => " The resource needs a credential: set ScopewiseOptions.Credential.",
        _ => " The credential was refused.",
    };

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
