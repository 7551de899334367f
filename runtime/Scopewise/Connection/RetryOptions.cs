namespace Scopewise;

/// <summary>
/// How 429, 503 and connection failures are retried. Defaults follow Atlassian's rate-limiting guide: at most 4 retries,
/// first delay 5 s doubling up to 30 s, jitter ×0.7–1.3; a <c>Retry-After</c> header is honoured exactly.
/// </summary>
public sealed class RetryOptions
{
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

    /// <summary>The longest <c>Retry-After</c> the runtime waits for; a longer one fails at once with <see cref="RateLimitException"/>, so that quota waits of an hour do not hang the app.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    internal void Validate()
    {
        if (MaxRetries < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "Retry.MaxRetries cannot be negative; use 0 to turn retries off.");
        }

        if (InitialDelay < TimeSpan.Zero || MaxDelay < InitialDelay)
        {
            throw new ArgumentException($"Retry.InitialDelay ({InitialDelay}) must be at least zero and at most Retry.MaxDelay ({MaxDelay}).");
        }

        if (JitterMin <= 0 || JitterMax < JitterMin)
        {
            throw new ArgumentException($"Retry.JitterMin ({JitterMin}) must be above zero and at most Retry.JitterMax ({JitterMax}).");
        }

        if (MaxRetryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryAfter), MaxRetryAfter, "Retry.MaxRetryAfter cannot be negative.");
        }
    }
}
