namespace Scopewise.Sandbox;

/// <summary>
/// The budgets and costs of the rate limiters Atlassian Cloud runs since 2026 (docs/ATLASSIAN-FACTS.md, "Rate
/// limits"): an hourly points quota for OAuth 2.0 apps, a per-second burst limit per endpoint and method, and a limit
/// on writes to one Jira issue. Each 429 names its limiter in <c>RateLimit-Reason</c>. The defaults are Atlassian's
/// published numbers where it publishes them; set smaller budgets to reach a limit in a test.
/// </summary>
public sealed class SandboxRateLimits
{
    /// <summary>Points an app may spend per hour (Atlassian's Tier 1: 65,000). The window starts at each full hour.</summary>
    public int HourlyQuotaPoints { get; set; } = 65_000;

    /// <summary>
    /// True (default) for a per-tenant quota (<c>tenant-app-quota</c>, reason <c>*-quota-tenant-based</c>); false for the
    /// app's global quota (<c>global-app-quota</c>, reason <c>*-quota-global-based</c>).
    /// </summary>
    public bool QuotaPerTenant { get; set; } = true;

    /// <summary>
    /// Whether API-token traffic (classic and scoped tokens) spends the quota too. Atlassian: points apply to OAuth
    /// 2.0, Forge and Connect apps; "API token-based traffic is not affected" and meets the burst limit only. Default false.
    /// </summary>
    public bool QuotaCountsApiTokens { get; set; }

    /// <summary>Points a read (GET, HEAD) costs. Atlassian adds points per returned object; the sandbox charges a flat cost.</summary>
    public int ReadCost { get; set; } = 1;

    /// <summary>Points a write (POST, PUT, PATCH, DELETE) costs (Atlassian: 1).</summary>
    public int WriteCost { get; set; } = 1;

    /// <summary>GET and POST requests per second to one endpoint (Atlassian: 100).</summary>
    public int BurstGetPostPerSecond { get; set; } = 100;

    /// <summary>PUT, PATCH and DELETE requests per second to one endpoint (Atlassian: 50).</summary>
    public int BurstPutDeletePerSecond { get; set; } = 50;

    /// <summary>Writes to one Jira issue per <see cref="PerIssueWriteWindow"/> (Atlassian names the limiter, not its budget: a guess).</summary>
    public int PerIssueWrites { get; set; } = 20;

    /// <summary>The window of <see cref="PerIssueWrites"/>.</summary>
    public TimeSpan PerIssueWriteWindow { get; set; } = TimeSpan.FromSeconds(2);

    internal void Validate()
    {
        Positive(HourlyQuotaPoints, nameof(HourlyQuotaPoints));
        Positive(BurstGetPostPerSecond, nameof(BurstGetPostPerSecond));
        Positive(BurstPutDeletePerSecond, nameof(BurstPutDeletePerSecond));
        Positive(PerIssueWrites, nameof(PerIssueWrites));
        if (ReadCost < 0 || WriteCost < 0)
        {
            throw new ArgumentException($"SandboxRateLimits costs must be 0 or more; got ReadCost {ReadCost}, WriteCost {WriteCost}.");
        }

        if (PerIssueWriteWindow < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException($"SandboxRateLimits.PerIssueWriteWindow must be at least one second; got {PerIssueWriteWindow}.");
        }
    }

    private static void Positive(int value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentException($"SandboxRateLimits.{name} must be at least 1; got {value}. To switch rate limiting off, set SandboxOptions.RateLimits to null.");
        }
    }
}
