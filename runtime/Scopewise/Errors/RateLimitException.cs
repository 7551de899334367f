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
        : base(message, statusCode, operation, errorMessages, requestId)
    {
        RetryAfter = retryAfter;
        RateLimitHeaders = rateLimitHeaders;
        Attempts = attempts;
    }

    /// <summary>The last <c>Retry-After</c>, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The last response's rate-limit headers.</summary>
    public IReadOnlyDictionary<string, string> RateLimitHeaders { get; }

    /// <summary>How many times the call was sent.</summary>
    public int Attempts { get; }
}
