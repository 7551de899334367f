using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace Scopewise;

/// <summary>
/// Sends one <see cref="ApiRequest"/>: resolves the route, checks scopes before sending, attaches the credential
/// pre-emptively, follows redirects itself (credentials only to the configured origin), retries 429/503 and (for
/// idempotent methods) connection failures with back-off on the connection's clock, refreshes an OAuth token once on 401,
/// and turns error answers into exceptions. Logs and traces each call without secrets.
/// </summary>
internal sealed class RequestExecutor(RouteTable routes, CredentialContext context, RetryOptions retry, int maxRedirects, Func<double> random)
{
    private readonly Backoff _backoff = new(retry, random);

    private ILogger Logger => context.Diagnostics.Logger;

    private TimeProvider Time => context.TimeProvider;

    public RouteTable Routes => routes;

    public CredentialContext Context => context;

    /// <summary>Sends the request and returns the successful response; the caller disposes it and awaits the result once.</summary>
    /// <remarks>
    /// This and <see cref="SendFollowingRedirectsAsync"/> sit on every call; their state machines come from a pool rather
    /// than being allocated per call (callers await once, as the pooling builder requires).
    /// </remarks>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<HttpResponseMessage> SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = request.Operation;
        var method = operation.Method.Method;
        using var activity = ScopewiseTelemetry.Source.StartActivity(operation.OperationId, ActivityKind.Client);
        activity?.SetTag("http.request.method", method);
        activity?.SetTag("url.template", operation.PathTemplate);
        activity?.SetTag("scopewise.operation_id", operation.OperationId);
        activity?.SetTag("scopewise.product", operation.Product);
        var started = Time.GetTimestamp();
        var retries = 0;
        try
        {
            var route = await routes.ResolveAsync(operation.Product, context, cancellationToken).ConfigureAwait(false);
            activity?.SetTag("server.address", route.BaseAddress.Host);
            await CheckScopesAsync(request, route, cancellationToken).ConfigureAwait(false);
            var uri = route.BuildUri(request);
            string? rejectedToken = null;
            var refreshedAfterUnauthorized = false;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                HttpResponseMessage response;
                CredentialHeader? header;
                try
                {
                    (response, header) = await SendFollowingRedirectsAsync(request, route, uri, rejectedToken, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (IsConnectionFailure(ex, cancellationToken) && CanRetryFailure(request, retries))
                {
                    retries++;
                    await WaitAsync(request, $"a connection failure ({ex.GetType().Name})", _backoff.Compute(retries), retries, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                rejectedToken = null;
                var status = response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    Completed(activity, request, (int)status, started, retries);
                    return response;
                }

                if (status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
                {
                    var retryAfter = ResponseHeaders.RetryAfter(response, Time.GetUtcNow());
                    if (retries < retry.MaxRetries && request.IsContentRepeatable && (retryAfter is null || retryAfter <= retry.MaxRetryAfter))
                    {
                        response.Dispose();
                        retries++;
                        var delay = retryAfter ?? _backoff.Compute(retries);
                        await WaitAsync(request, $"{(int)status}", delay, retries, cancellationToken).ConfigureAwait(false);
                        continue;
                    }
                }
                else if (route.Credential.Kind == CredentialKind.OAuth && header is not null && !refreshedAfterUnauthorized && request.IsContentRepeatable
                    && response.RequestMessage?.RequestUri is { } answeredBy && UriPaths.SameOrigin(answeredBy, route.BaseAddress)
                    && ((status == HttpStatusCode.Unauthorized && !ResponseHeaders.IsScopeCheckFailure(response))
                        || (status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound && route.Credential.MayHaveExpired(header.Token, Time))))
                {
                    // The token may have expired early (clocks differ; the gateway then answers 401, or 404 on v2 and 403 on
                    // v1) or been revoked: refresh once (shared with concurrent calls) and retry.
                    response.Dispose();
                    refreshedAfterUnauthorized = true;
                    rejectedToken = header.Token;
                    continue;
                }

                activity?.SetTag("http.response.status_code", (int)status);
                throw await ErrorMapper.CreateAsync(request, response, route, retries + 1, Time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            activity?.SetTag("error.type", ex.GetType().FullName);
            activity?.SetTag("scopewise.retry_count", retries);
            ScopewiseLog.CallFailed(Logger, method, operation.PathTemplate, Time.GetElapsedTime(started).TotalMilliseconds, retries, ex.GetType().Name);
            throw;
        }
    }

    private void Completed(Activity? activity, ApiRequest request, int status, long started, int retries)
    {
        activity?.SetTag("http.response.status_code", status);
        activity?.SetTag("scopewise.retry_count", retries);
        ScopewiseLog.CallCompleted(Logger, request.Method.Method, request.Operation.PathTemplate, status, Time.GetElapsedTime(started).TotalMilliseconds, retries);
    }

    private async Task WaitAsync(ApiRequest request, string reason, TimeSpan delay, int retryNumber, CancellationToken cancellationToken)
    {
        ScopewiseLog.Retrying(Logger, request.Method.Method, request.Operation.PathTemplate, reason, retryNumber, delay.TotalMilliseconds);
        await Task.Delay(delay, Time, cancellationToken).ConfigureAwait(false);
    }

    private bool CanRetryFailure(ApiRequest request, int retries)
        => retries < retry.MaxRetries && request.Operation.IsIdempotent && request.IsContentRepeatable;

    private static bool IsConnectionFailure(Exception ex, CancellationToken cancellationToken)
        => ex is HttpRequestException { StatusCode: null }
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested && ex.InnerException is TimeoutException);

    private async Task CheckScopesAsync(ApiRequest request, ResolvedRoute route, CancellationToken cancellationToken)
    {
        var requirement = request.Operation.Scopes;
        if (requirement.IsEmpty || !route.Credential.UsesGateway)
        {
            return;
        }

        var granted = await route.Credential.GetKnownScopesAsync(context, cancellationToken).ConfigureAwait(false);
        if (granted is not null && !requirement.IsSatisfiedBy(granted))
        {
            throw new InsufficientScopeException(request.Operation, granted);
        }
    }

    /// <summary>
    /// Atlassian refuses multipart uploads (attachments) with <c>403 XSRF check failed</c> unless they carry
    /// <c>X-Atlassian-Token: no-check</c>; specs only mention it in prose, so the runtime adds it when the caller did not.
    /// The check guards browser sessions, not API credentials, so opting out costs nothing.
    /// </summary>
    private static void AddXsrfOptOut(HttpRequestMessage message)
    {
        if (message.Content?.Headers.ContentType?.MediaType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true
            && !message.Headers.Contains("X-Atlassian-Token"))
        {
            message.Headers.TryAddWithoutValidation("X-Atlassian-Token", "no-check");
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<(HttpResponseMessage Response, CredentialHeader? Header)> SendFollowingRedirectsAsync(
        ApiRequest request, ResolvedRoute route, Uri uri, string? rejectedToken, CancellationToken cancellationToken)
    {
        var current = uri;
        var method = request.Method;
        var withBody = request.ContentFactory is not null;
        var withCredentials = route.Credential.Kind != CredentialKind.Anonymous;
        CredentialHeader? firstHeader = null;
        for (var hop = 0; ; hop++)
        {
            // Request messages are not disposed: that would dispose a caller's repeatable content before a retry.
            var message = new HttpRequestMessage(method, current);
            var callerAccepts = false;
            if (request.HeaderList is { } extraHeaders)
            {
                foreach (var header in extraHeaders)
                {
                    if (!string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase))
                    {
                        message.Headers.TryAddWithoutValidation(header.Key, header.Value);
                        callerAccepts |= string.Equals(header.Key, "Accept", StringComparison.OrdinalIgnoreCase);
                    }
                }
            }

            // Unparsed headers are written as they are; typed ones would be parsed here and formatted again on send.
            if (!callerAccepts)
            {
                message.Headers.TryAddWithoutValidation("Accept", "application/json");
            }

            if (withBody)
            {
                message.Content = request.ContentFactory!();
                AddXsrfOptOut(message);
            }

            if (withCredentials)
            {
                TransportGuard.RequireSecureForSecrets(current, "the API host");
                var header = await route.Credential.GetHeaderAsync(context, rejectedToken, cancellationToken).ConfigureAwait(false);
                firstHeader ??= header;
                if (header is not null)
                {
                    message.Headers.TryAddWithoutValidation("Authorization", header.Text);
                }
            }

            var response = await context.HttpClient().SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!ResponseHeaders.IsRedirect(response.StatusCode) || response.Headers.Location is null)
            {
                return (response, firstHeader);
            }

            var target = new Uri(current, response.Headers.Location);
            response.Dispose();
            if (hop >= maxRedirects)
            {
                throw new ScopewiseException($"{request.Operation} was redirected more than {maxRedirects} times; stopped at {target.GetLeftPart(UriPartial.Path)}.");
            }

            if (current.Scheme == Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttps)
            {
                throw new InsecureTransportException($"{request.Operation} was redirected from https to {target.GetLeftPart(UriPartial.Authority)}; the redirect was not followed.");
            }

            // Credentials stay with the origin the connection was configured for; another host gets the request without them.
            withCredentials = withCredentials && UriPaths.SameOrigin(target, route.BaseAddress);
            if (response.StatusCode == HttpStatusCode.SeeOther
                || (response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found && method == HttpMethod.Post))
            {
                method = HttpMethod.Get;
                withBody = false;
            }

            if (withBody && !request.IsContentRepeatable)
            {
                throw new ScopewiseException($"{request.Operation} was redirected to {target.GetLeftPart(UriPartial.Path)}, but its body is a one-time stream and cannot be sent again. Make the content repeatable.");
            }

            ScopewiseLog.RedirectFollowed(Logger, request.Method.Method, request.Operation.PathTemplate, target.Host, withCredentials);
            current = target;
        }
    }
}
