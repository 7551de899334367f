using System.Net;

namespace Scopewise;

/// <summary>Reads the headers the runtime acts on: Retry-After, rate-limit headers, request ids, failure category.</summary>
internal static class ResponseHeaders
{
    private static readonly string[] RateLimitPrefixes = ["X-RateLimit", "RateLimit", "Beta-RateLimit", "X-Beta-RateLimit", "Beta-Retry-After", "Retry-After"];

    /// <summary>
    /// The wait a <c>Retry-After</c> asks for: seconds, or an HTTP date relative to <paramref name="now"/>. A number of
    /// seconds too large for .NET to hold (Confluence has sent 9223372036854775807) is <see cref="TimeSpan.MaxValue"/>,
    /// longer than any wait allowed, rather than unreadable: the call then fails at once instead of being retried.
    /// </summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        if (RateLimitSignals.Raw(response, "Retry-After") is { } raw && IsHugeNumberOfSeconds(raw))
        {
            return TimeSpan.MaxValue;
        }

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

    // Digits only, beyond the int seconds .NET's Retry-After parser reads (68 years): it rejects such values.
    private static bool IsHugeNumberOfSeconds(string raw)
    {
        var digits = raw.AsSpan().Trim();
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return !digits.IsEmpty && !int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
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
