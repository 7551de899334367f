namespace Scopewise;

/// <summary>
/// How 429, 503 and connection failures are retried, and how the connection slows down near a rate limit. Defaults
/// follow Atlassian's rate-limiting guide: at most 4 retries, first delay 5 s doubling up to 30 s, jitter ×0.7–1.3; a
/// <c>Retry-After</c> header is honoured, with up to <see cref="RetryAfterSpread"/> added, never less.
/// </summary>
public sealed class RetryOptions
{
    // The longest a wait may be: Task.Delay takes at most about 49 days, and nobody means more than a day.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    /// <summary>How many times a call is retried after the first attempt. 0 turns retries off.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The delay before the first retry when the server gives no <c>Retry-After</c>.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest computed delay (the doubling stops here, jitter included).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The smallest jitter factor applied to a computed delay.</summary>
    public double JitterMin { get; set; } = 0.7;

    /// <summary>The largest jitter factor applied to a computed delay.</summary>
    public double JitterMax { get; set; } = 1.3;

    /// <summary>The longest <c>Retry-After</c> the runtime waits for (at most a day); a longer one fails at once with <see cref="RateLimitException"/>, so that quota waits of an hour do not hang the app.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The most added at random on top of a <c>Retry-After</c> (never taken off it), so that callers told the same
    /// <c>Retry-After</c> do not all come back in the same instant and trip the limit again. Zero waits exactly.
    /// </summary>
    public TimeSpan RetryAfterSpread { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// When an answer says the connection is near a rate limit (<c>X-RateLimit-NearLimit: true</c>, or less than 20 % of
    /// <c>X-RateLimit-Limit</c> or of the <c>Beta-RateLimit</c> quota remaining), later calls of the connection are spaced
    /// so that the remaining budget lasts until it resets, but never more than this apart. Zero turns the slowing off.
    /// </summary>
    public TimeSpan NearLimitSpacing { get; set; } = TimeSpan.FromSeconds(1);

    internal void Validate()
    {
        if (MaxRetries < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "Retry.MaxRetries cannot be negative; use 0 to turn retries off.");
        }

        if (InitialDelay < TimeSpan.Zero || MaxDelay < InitialDelay || MaxDelay > LongestWait)
        {
            throw new ArgumentException($"Retry.InitialDelay ({InitialDelay}) must be at least zero and at most Retry.MaxDelay ({MaxDelay}), which is at most one day.");
        }

        if (JitterMin <= 0 || JitterMax < JitterMin)
        {
            throw new ArgumentException($"Retry.JitterMin ({JitterMin}) must be above zero and at most Retry.JitterMax ({JitterMax}).");
        }

        if (MaxRetryAfter < TimeSpan.Zero || MaxRetryAfter > LongestWait)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryAfter), MaxRetryAfter, "Retry.MaxRetryAfter must be between zero and one day.");
        }

        if (RetryAfterSpread < TimeSpan.Zero || RetryAfterSpread > LongestWait)
        {
            throw new ArgumentOutOfRangeException(nameof(RetryAfterSpread), RetryAfterSpread, "Retry.RetryAfterSpread must be between zero and one day.");
        }

        if (NearLimitSpacing < TimeSpan.Zero || NearLimitSpacing > LongestWait)
        {
            throw new ArgumentOutOfRangeException(nameof(NearLimitSpacing), NearLimitSpacing, "Retry.NearLimitSpacing must be between zero and one day; zero turns the slowing off.");
        }
    }
}
