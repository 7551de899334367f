using System.Net;

namespace Scopewise;

/// <summary>Atlassian kept answering 429 (rate limited) or 503 and the retries ran out, or asked for a longer wait than allowed.</summary>
public sealed class RateLimitException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="statusCode">429 or 503.</param>
    /// <param name="retryAfter">The last <c>Retry-After</c>, if any.</param>
    /// <param name="rateLimitHeaders">The last response's rate-limit headers (<c>X-RateLimit-*</c>, <c>RateLimit-Reason</c>, <c>Beta-*</c>).</param>
    /// <param name="attempts">How many times the call was sent.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="errorMessages">Atlassian's messages.</param>
    /// <param name="requestId">The request id.</param>
    public RateLimitException(string message, HttpStatusCode statusCode, TimeSpan? retryAfter, IReadOnlyDictionary<string, string> rateLimitHeaders, int attempts, ApiOperationInfo? operation, IReadOnlyList<string> errorMessages, string? requestId)
        : this(message, statusCode, retryAfter, rateLimitHeaders, attempts, operation, errorMessages, requestId, reason: null, resetsAt: null)
    {
    }

    /// <summary>Creates the exception, naming the limiter and when it resets.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="statusCode">429 or 503.</param>
    /// <param name="retryAfter">The last <c>Retry-After</c>, if any.</param>
    /// <param name="rateLimitHeaders">The last response's rate-limit headers.</param>
    /// <param name="attempts">How many times the call was sent.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="errorMessages">Atlassian's messages.</param>
    /// <param name="requestId">The request id.</param>
    /// <param name="reason">The limiter that refused the call (<c>RateLimit-Reason</c>), if named.</param>
    /// <param name="resetsAt">When the limit resets, if known.</param>
    public RateLimitException(string message, HttpStatusCode statusCode, TimeSpan? retryAfter, IReadOnlyDictionary<string, string> rateLimitHeaders, int attempts, ApiOperationInfo? operation, IReadOnlyList<string> errorMessages, string? requestId, string? reason, DateTimeOffset? resetsAt)
        : base(message, statusCode, operation, errorMessages, requestId)
    {
        RetryAfter = retryAfter;
        RateLimitHeaders = rateLimitHeaders;
        Attempts = attempts;
        Reason = reason;
        ResetsAt = resetsAt;
    }

    /// <summary>
    /// The last <c>Retry-After</c>, if any; <see cref="TimeSpan.MaxValue"/> when it was a number of seconds too large to
    /// be a real wait (Confluence has sent 9223372036854775807).
    /// </summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// Which limiter refused the call, as Atlassian names it in <c>RateLimit-Reason</c> (or <c>X-Beta-RateLimit-Reason</c>):
    /// <c>jira-burst-based</c> (per endpoint and method, per second), <c>jira-per-issue-on-write</c>,
    /// <c>jira-quota-tenant-based</c> or <c>confluence-quota-tenant-based</c> (hourly points), …; null when not named.
    /// </summary>
    public string? Reason { get; }

    /// <summary>When the limit resets: <c>X-RateLimit-Reset</c>, the beta reset headers, or the time of the answer plus <see cref="RetryAfter"/>; null when unknown.</summary>
    public DateTimeOffset? ResetsAt { get; }

    /// <summary>The last response's rate-limit headers.</summary>
    public IReadOnlyDictionary<string, string> RateLimitHeaders { get; }

    /// <summary>How many times the call was sent.</summary>
    public int Attempts { get; }
}
