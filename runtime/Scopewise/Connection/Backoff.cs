namespace Scopewise;

/// <summary>Exponential back-off with jitter: <c>InitialDelay × 2^(n-1)</c>, capped, times a random factor, capped again.</summary>
internal sealed class Backoff(RetryOptions options, Func<double> random)
{
    /// <summary>The delay before retry number <paramref name="retryNumber"/> (1 for the first retry).</summary>
    public TimeSpan Compute(int retryNumber)
    {
        var max = options.MaxDelay.TotalMilliseconds;
        var exponent = Math.Min(Math.Max(retryNumber - 1, 0), 30);
        var baseMs = Math.Min(options.InitialDelay.TotalMilliseconds * Math.Pow(2, exponent), max);
        var factor = options.JitterMin + ((options.JitterMax - options.JitterMin) * random());
        return TimeSpan.FromMilliseconds(Math.Min(baseMs * factor, max));
    }
}
