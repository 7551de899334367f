using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace Scopewise;

/// <summary>
/// Slows the connection down when Atlassian says it is near a rate limit (<see cref="RateLimitSignals.Budget"/>):
/// attempts are then spaced so that what remains of the budget lasts until it resets, at most
/// <see cref="RetryOptions.NearLimitSpacing"/> apart, shared by every caller of the connection. Pacing ends at the
/// reset (or a minute after the last near-limit answer when no reset is given) or when an answer is no longer near.
/// </summary>
internal sealed class PacingStep(CredentialContext context, RetryOptions retry) : RequestStep
{
    private static readonly TimeSpan PacingWithoutReset = TimeSpan.FromMinutes(1);
    private readonly object _sync = new();
    private Pace? _pace;
    private DateTimeOffset _nextSlot;

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<HttpResponseMessage> SendAsync(CallState call)
    {
        // Off the pacing path the step costs one read of a field.
        if (Volatile.Read(ref _pace) is { } pace)
        {
            await WaitTurnAsync(pace, call).ConfigureAwait(false);
        }

        var response = await Next.SendAsync(call).ConfigureAwait(false);

        // A 429 or 503 says how long to wait in Retry-After, which the retry step honours; pacing reads the budget
        // from the answers that got through.
        if (retry.NearLimitSpacing > TimeSpan.Zero && response.StatusCode is not (System.Net.HttpStatusCode.TooManyRequests or System.Net.HttpStatusCode.ServiceUnavailable))
        {
            Observe(response);
        }

        return response;
    }

    private async ValueTask WaitTurnAsync(Pace pace, CallState call)
    {
        var time = context.TimeProvider;
        var now = time.GetUtcNow();
        if (now >= pace.Until)
        {
            Interlocked.CompareExchange(ref _pace, null, pace);
            return;
        }

        TimeSpan wait;
        lock (_sync)
        {
            var slot = _nextSlot > now ? _nextSlot : now;
            _nextSlot = slot + pace.Spacing;
            wait = slot - now;
        }

        if (wait > TimeSpan.Zero)
        {
            ScopewiseLog.Retrying(context.Diagnostics.Logger, call.Request.Method.Method, call.Request.Operation.PathTemplate, "near the rate limit", call.Retries, wait.TotalMilliseconds);
            await Task.Delay(wait, time, call.CancellationToken).ConfigureAwait(false);
        }
    }

    private void Observe(HttpResponseMessage response)
    {
        var now = context.TimeProvider.GetUtcNow();
        var (known, near, remaining, untilReset) = RateLimitSignals.Budget(response, now);
        if (!known)
        {
            return;
        }

        if (!near)
        {
            Volatile.Write(ref _pace, null);
            return;
        }

        var max = retry.NearLimitSpacing;
        var spacing = remaining is > 0 && untilReset is { } left && left / remaining.Value < max ? left / remaining.Value : max;
        Volatile.Write(ref _pace, new Pace(spacing, now + (untilReset ?? PacingWithoutReset)));
    }

    /// <summary>How far apart attempts go, and until when.</summary>
    private sealed record Pace(TimeSpan Spacing, DateTimeOffset Until);
}
