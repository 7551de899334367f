using System.Globalization;

namespace Scopewise;

/// <summary>
/// Reads Atlassian's rate-limit headers of 2026 (see ATLASSIAN-FACTS §6 and §11): which limiter tripped
/// (<c>RateLimit-Reason</c>, or its beta twin), when the budget resets (<c>X-RateLimit-Reset</c>, ISO 8601, or the
/// beta <c>t=</c> seconds), and whether the caller is near the limit (<c>X-RateLimit-NearLimit</c>, or less than 20 %
/// of <c>X-RateLimit-Limit</c> / the beta policy's <c>q=</c> remaining).
/// </summary>
internal static class RateLimitSignals
{
    // "less than 20% of the budget remains" is when Atlassian itself sets X-RateLimit-NearLimit.
    private const double NearLimitFraction = 0.2;

    /// <summary>The limiter that refused the call: <c>jira-burst-based</c>, <c>jira-per-issue-on-write</c>, <c>jira-quota-tenant-based</c>, …</summary>
    public static string? Reason(HttpResponseMessage response)
        => Raw(response, "RateLimit-Reason") ?? Raw(response, "X-RateLimit-Reason") ?? Raw(response, "X-Beta-RateLimit-Reason");

    /// <summary>When the limiter's budget resets, from the reset headers, or else <paramref name="now"/> plus the Retry-After; null when neither is given or the sum is not a date.</summary>
    public static DateTimeOffset? ResetsAt(HttpResponseMessage response, DateTimeOffset now, TimeSpan? retryAfter)
    {
        if ((Date(Raw(response, "X-RateLimit-Reset")) ?? Date(Raw(response, "X-Beta-RateLimit-Reset"))) is { } reset)
        {
            return reset;
        }

        if (BetaParameter(Raw(response, "Beta-RateLimit"), "t") is { } seconds && seconds <= TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return AddOrNull(now, TimeSpan.FromSeconds(seconds));
        }

        return retryAfter is { } wait ? AddOrNull(now, wait) : null;
    }

    /// <summary>
    /// Whether the response says the caller is near the limit, with how many calls remain and the time until the
    /// reset when it says so; <c>Known</c> is false when the response carries no rate-limit headers at all.
    /// </summary>
    public static (bool Known, bool Near, double? Remaining, TimeSpan? UntilReset) Budget(HttpResponseMessage response, DateTimeOffset now)
    {
        var nearFlag = Raw(response, "X-RateLimit-NearLimit") ?? Raw(response, "X-Beta-RateLimit-NearLimit");
        var remaining = Number(Raw(response, "X-RateLimit-Remaining"));
        var limit = Number(Raw(response, "X-RateLimit-Limit"));
        var beta = Raw(response, "Beta-RateLimit");
        var betaRemaining = BetaParameter(beta, "r");
        var betaQuota = BetaParameter(Raw(response, "Beta-RateLimit-Policy"), "q");
        if (nearFlag is null && remaining is null && betaRemaining is null)
        {
            return (false, false, null, null);
        }

        var near = string.Equals(nearFlag?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            || (remaining is { } r && limit is > 0 && r < limit.Value * NearLimitFraction)
            || (betaRemaining is { } br && betaQuota is > 0 && br < betaQuota.Value * NearLimitFraction);
        TimeSpan? untilReset = ResetsAt(response, now, retryAfter: null) is { } reset && reset > now ? reset - now : null;
        return (true, near, remaining ?? betaRemaining, untilReset);
    }

    /// <summary>A header's value as sent, even when .NET's typed parser rejects it (an absurd Retry-After, say).</summary>
    public static string? Raw(HttpResponseMessage response, string name)
        => response.Headers.NonValidated.TryGetValues(name, out var values) && values.Count > 0 ? values.ToString() : null;

    private static DateTimeOffset? AddOrNull(DateTimeOffset now, TimeSpan wait)
        => wait <= DateTimeOffset.MaxValue - now ? now + wait : null;

    private static DateTimeOffset? Date(string? value)
        => value is not null && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;

    private static double? Number(string? value)
        => value is not null && double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) && number >= 0 ? number : null;

    /// <summary>One <c>name=value</c> parameter of a structured header such as <c>"tenant-app-quota";r=17842;t=2107</c>.</summary>
    private static double? BetaParameter(string? header, string name)
    {
        if (header is null)
        {
            return null;
        }

        foreach (var part in header.Split(';', StringSplitOptions.TrimEntries))
        {
            if (part.Length > name.Length + 1 && part.StartsWith(name, StringComparison.OrdinalIgnoreCase) && part[name.Length] == '=')
            {
                return Number(part[(name.Length + 1)..]);
            }
        }

        return null;
    }
}
