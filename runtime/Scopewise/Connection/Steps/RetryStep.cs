using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace Scopewise;

/// <summary>
/// Sends again after 429 and 503 (waiting what <c>Retry-After</c> asks, or backing off) and, for idempotent
/// operations, after a connection failure. Waits run on the connection's clock. Off when the application's HTTP client
/// retries by itself (<paramref name="retriesLeftToClient"/>), so that one call is never retried by both.
/// </summary>
internal sealed class RetryStep(CredentialContext context, RetryOptions retry, Func<double> random, bool retriesLeftToClient) : RequestStep
{
    private readonly Backoff _backoff = new(retry, random);
    private readonly int _maxRetries = retriesLeftToClient ? 0 : retry.MaxRetries;

    private ILogger Logger => context.Diagnostics.Logger;

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<HttpResponseMessage> SendAsync(CallState call)
    {
        var request = call.Request;
        var cancellationToken = call.CancellationToken;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            HttpResponseMessage response;
            try
            {
                response = await Next.SendAsync(call).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsConnectionFailure(ex, cancellationToken) && CanRetryFailure(call))
            {
                call.Retries++;
                await WaitAsync(call, $"a connection failure ({ex.GetType().Name})", _backoff.Compute(call.Retries)).ConfigureAwait(false);
                continue;
            }

            if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
            {
                return response;
            }

            call.RetriedByClient = retriesLeftToClient;
            var retryAfter = ResponseHeaders.RetryAfter(response, context.TimeProvider.GetUtcNow());
            if (call.Retries >= _maxRetries || !request.IsContentRepeatable || retryAfter > retry.MaxRetryAfter)
            {
                return response;
            }

            response.Dispose();
            call.Retries++;
            await WaitAsync(call, $"{(int)response.StatusCode}", retryAfter is { } asked ? asked + Spread() : _backoff.Compute(call.Retries)).ConfigureAwait(false);
        }
    }

    /// <summary>A random part of <see cref="RetryOptions.RetryAfterSpread"/>: callers told the same Retry-After come back spread out, none earlier than asked.</summary>
    private TimeSpan Spread() => TimeSpan.FromTicks((long)(retry.RetryAfterSpread.Ticks * random()));

    private async Task WaitAsync(CallState call, string reason, TimeSpan delay)
    {
        ScopewiseLog.Retrying(Logger, call.Request.Method.Method, call.Request.Operation.PathTemplate, reason, call.Retries, delay.TotalMilliseconds);
        await Task.Delay(delay, context.TimeProvider, call.CancellationToken).ConfigureAwait(false);
    }

    private bool CanRetryFailure(CallState call)
        => call.Retries < _maxRetries && call.Request.Operation.IsIdempotent && call.Request.IsContentRepeatable;

    private static bool IsConnectionFailure(Exception ex, CancellationToken cancellationToken)
        => ex is HttpRequestException { StatusCode: null }
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested && ex.InnerException is TimeoutException);
}
