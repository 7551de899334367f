using System.Globalization;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox;

/// <summary>
/// Atlassian Cloud's three rate limiters over the sandbox's clock: burst (per endpoint and method, per second), writes
/// to one Jira issue, and the hourly points quota. A request is checked against all three in that order, spends the
/// quota only when it is served, and carries the headers of each limiter that applies. Thread-safe.
/// </summary>
internal sealed class RateLimiter
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly SandboxRateLimits _limits;
    private readonly TimeProvider _clock;
    private readonly object _gate = new();
    private readonly Dictionary<string, Window> _bursts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Window> _issueWrites = new(StringComparer.OrdinalIgnoreCase);
    private Window _quota;

    public RateLimiter(SandboxRateLimits limits, TimeProvider clock)
    {
        _limits = limits;
        _clock = clock;
    }

    /// <summary>Points spent in the current hour (for the control endpoint's report).</summary>
    public int QuotaPointsUsed
    {
        get
        {
            lock (_gate)
            {
                return _quota.CountAt(Start(_clock.GetUtcNow(), Hour));
            }
        }
    }

    /// <summary>Checks one request and records it; the outcome says whether to answer 429 and which headers to send.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="operation">The matched spec operation (its route template is the burst limiter's endpoint).</param>
    /// <param name="credential">How the caller authenticated (the quota counts OAuth apps only, by default).</param>
    /// <param name="issueIdOrKey">The Jira issue the request writes to, if any.</param>
    public RateLimitOutcome Check(string method, SpecOperation operation, CredentialKind credential, string? issueIdOrKey)
    {
        var now = _clock.GetUtcNow();
        var product = operation.Family.Product();
        var write = method is not ("GET" or "HEAD" or "OPTIONS");
        var headers = new List<KeyValuePair<string, string>>();
        lock (_gate)
        {
            // Burst: a fixed one-second window per endpoint and method.
            var burstLimit = method is "PUT" or "PATCH" or "DELETE" ? _limits.BurstPutDeletePerSecond : _limits.BurstGetPostPerSecond;
            var burstKey = method + " " + operation.Route.Text;
            var second = Start(now, Second);
            var burst = _bursts.GetValueOrDefault(burstKey);
            var burstCount = burst.CountAt(second);
            if (burstCount >= burstLimit)
            {
                return Refuse(headers, now, second + Second - now, product + "-burst-based", burstLimit);
            }

            // Writes to one Jira issue: a fixed window of PerIssueWriteWindow per issue.
            string? issueKey = null;
            var issueWindowStart = default(DateTimeOffset);
            if (write && issueIdOrKey is not null && operation.Family == ApiFamily.JiraV3)
            {
                issueKey = issueIdOrKey;
                issueWindowStart = Start(now, _limits.PerIssueWriteWindow);
                if (_issueWrites.GetValueOrDefault(issueKey).CountAt(issueWindowStart) >= _limits.PerIssueWrites)
                {
                    return Refuse(headers, now, issueWindowStart + _limits.PerIssueWriteWindow - now, "jira-per-issue-on-write", _limits.PerIssueWrites);
                }
            }

            // The hourly points quota, for OAuth apps (and API tokens when configured).
            var countsQuota = credential == CredentialKind.OAuthAccessToken
                || (_limits.QuotaCountsApiTokens && credential is CredentialKind.ClassicApiToken or CredentialKind.ScopedApiToken);
            var cost = write ? _limits.WriteCost : _limits.ReadCost;
            var hour = Start(now, Hour);
            var policy = _limits.QuotaPerTenant ? "tenant-app-quota" : "global-app-quota";
            if (countsQuota)
            {
                var used = _quota.CountAt(hour);
                var untilReset = hour + Hour - now;
                if (used + cost > _limits.HourlyQuotaPoints)
                {
                    var reason = product + (_limits.QuotaPerTenant ? "-quota-tenant-based" : "-quota-global-based");
                    QuotaHeaders(headers, policy, 0, untilReset, nearLimit: true);
                    headers.Add(new(RateLimitHeaders.BetaRetryAfter, RateLimitHeaders.Seconds(untilReset).ToString(CultureInfo.InvariantCulture)));
                    headers.Add(new(RateLimitHeaders.BetaReason, reason));
                    headers.Add(new(RateLimitHeaders.BetaReset, RateLimitHeaders.ResetTime(now + TimeSpan.FromSeconds(RateLimitHeaders.Seconds(untilReset)))));
                    return Refuse(headers, now, untilReset, reason, _limits.HourlyQuotaPoints);
                }

                _quota = _quota.Add(hour, cost);
                var remaining = _limits.HourlyQuotaPoints - used - cost;
                QuotaHeaders(headers, policy, remaining, untilReset, nearLimit: remaining < _limits.HourlyQuotaPoints * 0.2);
            }

            _bursts[burstKey] = burst.Add(second, 1);
            if (issueKey is not null)
            {
                _issueWrites[issueKey] = _issueWrites.GetValueOrDefault(issueKey).Add(issueWindowStart, 1);
            }

            // X-RateLimit-* on a served request describe the burst limiter, as in Atlassian's 2026 logs (limit 350, remaining 349).
            var burstRemaining = burstLimit - burstCount - 1;
            headers.Add(new(RateLimitHeaders.Limit, burstLimit.ToString(CultureInfo.InvariantCulture)));
            headers.Add(new(RateLimitHeaders.Remaining, burstRemaining.ToString(CultureInfo.InvariantCulture)));
            if (burstRemaining < burstLimit * 0.2 || headers.Any(h => h.Key == RateLimitHeaders.BetaNearLimit))
            {
                headers.Add(new(RateLimitHeaders.NearLimit, "true"));
            }

            return new RateLimitOutcome(false, headers);
        }
    }

    /// <summary>
    /// <c>Beta-RateLimit-Policy</c> always; <c>Beta-RateLimit</c> with the remaining points only once 80% are spent,
    /// and <c>X-Beta-RateLimit-NearLimit</c> below 20% left, as Atlassian sends them.
    /// </summary>
    private void QuotaHeaders(List<KeyValuePair<string, string>> headers, string policy, int remaining, TimeSpan untilReset, bool nearLimit)
    {
        var q = _limits.HourlyQuotaPoints;
        headers.Add(new(RateLimitHeaders.BetaPolicy, $"\"{policy}\";q={q.ToString(CultureInfo.InvariantCulture)};w=3600"));
        if (remaining <= q * 0.2)
        {
            headers.Add(new(RateLimitHeaders.BetaRateLimit, $"\"{policy}\";r={remaining.ToString(CultureInfo.InvariantCulture)};t={RateLimitHeaders.Seconds(untilReset).ToString(CultureInfo.InvariantCulture)}"));
        }

        if (nearLimit)
        {
            headers.Add(new(RateLimitHeaders.BetaNearLimit, "true"));
        }
    }

    private static RateLimitOutcome Refuse(List<KeyValuePair<string, string>> headers, DateTimeOffset now, TimeSpan wait, string reason, int limit)
    {
        var seconds = RateLimitHeaders.Seconds(wait);
        headers.Add(new(RateLimitHeaders.RetryAfter, seconds.ToString(CultureInfo.InvariantCulture)));
        headers.Add(new(RateLimitHeaders.Reason, reason));
        headers.Add(new(RateLimitHeaders.Limit, limit.ToString(CultureInfo.InvariantCulture)));
        headers.Add(new(RateLimitHeaders.Remaining, "0"));
        headers.Add(new(RateLimitHeaders.Reset, RateLimitHeaders.ResetTime(now + TimeSpan.FromSeconds(seconds))));
        headers.Add(new(RateLimitHeaders.NearLimit, "true"));
        return new RateLimitOutcome(true, headers);
    }

    /// <summary>The start of the fixed window of <paramref name="length"/> that holds <paramref name="now"/> (hours start on the hour).</summary>
    private static DateTimeOffset Start(DateTimeOffset now, TimeSpan length)
        => new(now.UtcTicks - (now.UtcTicks % length.Ticks), TimeSpan.Zero);

    /// <summary>A count within one fixed window; a count from an earlier window reads as zero.</summary>
    private readonly record struct Window(DateTimeOffset Start, int Count)
    {
        public int CountAt(DateTimeOffset start) => Start == start ? Count : 0;

        public Window Add(DateTimeOffset start, int amount) => new(start, CountAt(start) + amount);
    }
}

/// <summary>Whether to answer 429, and the rate-limit headers to send either way.</summary>
internal sealed record RateLimitOutcome(bool Limited, IReadOnlyList<KeyValuePair<string, string>> Headers);
