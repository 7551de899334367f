namespace Scopewise.Sandbox;

/// <summary>
/// The header names and formats of Atlassian Cloud's rate limiting, in one place so that the limiters, the fault
/// switches and the README agree (docs/ATLASSIAN-FACTS.md, "Rate limits").
/// </summary>
internal static class RateLimitHeaders
{
    public const string RetryAfter = "Retry-After";
    public const string Limit = "X-RateLimit-Limit";
    public const string Remaining = "X-RateLimit-Remaining";
    public const string Reset = "X-RateLimit-Reset";
    public const string NearLimit = "X-RateLimit-NearLimit";
    public const string Reason = "RateLimit-Reason";
    public const string BetaPolicy = "Beta-RateLimit-Policy";
    public const string BetaRateLimit = "Beta-RateLimit";
    public const string BetaRetryAfter = "Beta-Retry-After";
    public const string BetaReason = "X-Beta-RateLimit-Reason";
    public const string BetaReset = "X-Beta-RateLimit-Reset";
    public const string BetaNearLimit = "X-Beta-RateLimit-NearLimit";

    /// <summary>Atlassian's reset format: ISO 8601 to the minute, <c>2026-03-26T16:00Z</c>.</summary>
    public static string ResetTime(DateTimeOffset at)
        => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whole seconds, rounded up, never below one: a client must never retry before the limit resets.</summary>
    public static long Seconds(TimeSpan span) => Math.Max(1, (long)Math.Ceiling(span.TotalSeconds));
}
