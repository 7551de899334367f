using System.Net;

namespace Scopewise;

/// <summary>Reads the headers the runtime acts on: Retry-After, rate-limit headers, request ids, failure category.</summary>
internal static class ResponseHeaders
{
    private static readonly string[] RateLimitPrefixes = ["X-RateLimit", "RateLimit", "Beta-RateLimit", "X-Beta-RateLimit", "Beta-Retry-After", "Retry-After"];

    /// <summary>The wait a <c>Retry-After</c> asks for: seconds, or an HTTP date relative to <paramref name="now"/>.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var value = response.Headers.RetryAfter;
        if (value?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (value?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    public static IReadOnlyDictionary<string, string> RateLimitHeaders(HttpResponseMessage response)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            if (RateLimitPrefixes.Any(p => header.Key.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                result[header.Key] = string.Join(", ", header.Value);
            }
        }

        return result;
    }

    public static string? First(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    public static string? RequestId(HttpResponseMessage response)
        => First(response, "X-Request-Id") ?? First(response, "ATL-TraceId") ?? First(response, "X-Trace-Id");

    public static bool IsScopeCheckFailure(HttpResponseMessage response)
        => response.StatusCode == HttpStatusCode.Unauthorized
            && string.Equals(First(response, "X-Failure-Category"), "FAILURE_CLIENT_SCOPE_CHECK", StringComparison.OrdinalIgnoreCase);

    public static bool IsRedirect(HttpStatusCode status)
        => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
