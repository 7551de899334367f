namespace Scopewise.Sandbox;

/// <summary>How a sandbox behaves. Every default follows what Atlassian does (see the sandbox README).</summary>
public sealed class SandboxOptions
{
    /// <summary>Cloud (default) or Data Center.</summary>
    public SandboxDeployment Deployment { get; set; } = SandboxDeployment.Cloud;

    /// <summary>
    /// Data Center only: the context path the instance is installed under, for example <c>/confluence</c>.
    /// Empty (the default) serves <c>/rest/api/...</c> from the root.
    /// </summary>
    public string ContextPath { get; set; } = string.Empty;

    /// <summary>The clock for token expiry, refresh-token reuse windows and rate-limit reset times. Tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The port to listen on (127.0.0.1 only). 0, the default, picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>The site's cloud id; a fresh UUID when null.</summary>
    public string? CloudId { get; set; }

    /// <summary>The site name that <c>/oauth/token/accessible-resources</c> reports.</summary>
    public string SiteName { get; set; } = "sandbox";

    /// <summary>How long an OAuth 2.0 access token lives (Atlassian: 3600 s).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a rotated-out refresh token is still accepted (Atlassian: 10 minutes, formerly 3 s).
    /// After that, using it is answered 403 <c>invalid_grant</c>.
    /// </summary>
    public TimeSpan RefreshTokenReuseInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A refresh token not used for this long expires (Atlassian: 90 days).</summary>
    public TimeSpan RefreshTokenInactivityLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>A grant's refresh tokens expire this long after the first consent, however often refreshed (Atlassian: 365 days).</summary>
    public TimeSpan RefreshTokenAbsoluteLifetime { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// Whether a refresh ends the old access token at once (Atlassian staff: refreshing "invalidates the old pair").
    /// Set false to let old access tokens live until they expire.
    /// </summary>
    public bool RevokeAccessTokenOnRefresh { get; set; } = true;

    /// <summary>
    /// Whether the gateway also routes Confluence v1 paths without <c>/wiki</c>
    /// (<c>/ex/confluence/{cloudId}/rest/api/...</c>), as many clients use and the gateway appears to accept.
    /// Uncertain at Atlassian, hence an option. v2 paths always need <c>/wiki</c>.
    /// </summary>
    public bool GatewayAcceptsConfluenceV1WithoutWiki { get; set; } = true;

    /// <summary>
    /// Endpoints Atlassian has removed, answered 410 Gone (Confluence v1 shape) before any other check.
    /// Each entry is <c>"METHOD /path/{template}"</c> relative to the site root. The default holds the v1 content and
    /// space endpoints Cloud removed and Jira's old <c>/rest/api/3/search</c>.
    /// </summary>
    public IList<string> RemovedEndpoints { get; } = new List<string>(RemovedCloudEndpoints.Defaults);

    /// <summary>
    /// Whether an operation whose spec announces its removal (<c>x-changes</c>, type <c>removed</c>) answers 410 once
    /// the removal date has passed by <see cref="TimeProvider"/>, after authentication and the scope check (Jira's
    /// error shape for Jira). Default true; false serves such operations with their handlers.
    /// </summary>
    public bool EnforceAnnouncedRemovals { get; set; } = true;

    /// <summary>How the gateway answers an expired access token (uncertain at Atlassian; see <see cref="ExpiredAccessTokenAnswer"/>).</summary>
    public ExpiredAccessTokenAnswer ExpiredAccessTokenAnswer { get; set; } = ExpiredAccessTokenAnswer.Unauthorized;

    /// <summary>How many requests <see cref="AtlassianSandbox.Requests"/> keeps (the oldest are dropped), so long runs and benchmarks stay bounded.</summary>
    public int MaxRecordedRequests { get; set; } = 10_000;

    /// <summary>Largest page size the paged endpoints return, whatever <c>limit</c> asks for (Atlassian caps it too).</summary>
    public int MaxPageSize { get; set; } = 250;

    /// <summary>
    /// When true, every JSON answer the sandbox's handlers give is checked against the operation's response schema in
    /// the bundled spec (for that status); an answer that does not conform is answered 500 naming the violation and
    /// listed in <see cref="AtlassianSandbox.ContractViolations"/>. For tests of the sandbox and of clients that check
    /// schemas; off by default because the check costs time on every answer. Request bodies are always checked.
    /// </summary>
    public bool FailOnContractViolation { get; set; }

    /// <summary>Whether a few Jira issues are seeded at start (project <c>DEMO</c>). Default true.</summary>
    public bool SeedJiraIssues { get; set; } = true;

    /// <summary>
    /// Whether <see cref="AtlassianSandbox.StartAsync"/> seeds the README's demo data: a user "Demo User"
    /// (demo@example.com), an anonymous-readable <c>DEMO</c> space with a small page tree, a label and a blog post, and a
    /// members-only <c>NOTES</c> space with <see cref="DemoData.ReleaseNoteCount"/> release-note pages. Default false.
    /// </summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// Whether Confluence v1 operations accept a credential that holds only their granular (Beta) scope alternative.
    /// Atlassian's v1 spec lists both alternatives, but clients report v1 refusing granular scopes alone (uncertain,
    /// docs/ATLASSIAN-FACTS.md); false makes v1 accept only the classic alternative. Default true, as the spec says.
    /// </summary>
    public bool ConfluenceV1AcceptsGranularScopesAlone { get; set; } = true;

    /// <summary>
    /// Atlassian's 2026 rate limiters (hourly points quota, burst, per-issue writes), with their headers. Null, the
    /// default, switches them off, so only the fault switches answer 429.
    /// </summary>
    public SandboxRateLimits? RateLimits { get; set; }

    /// <summary>The largest request body accepted; a larger one gets 413 in the product's error shape. Default 25 MB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>
    /// The key that unlocks the control endpoint <c>/_sandbox/...</c> (sent as <c>X-Sandbox-Admin-Key</c>): fault
    /// switches, the clock and what the sandbox issued, for tests in any language. Null, the default, switches the
    /// endpoint off; Scopewise.Sandbox.Host sets a fresh key and prints it.
    /// </summary>
    public string? AdminKey { get; set; }

    /// <summary>A copy that reads time from <paramref name="clock"/>; a sandbox runs on its own copy, so starting one never changes the caller's options.</summary>
    internal SandboxOptions WithClock(SandboxClock clock)
    {
        var copy = (SandboxOptions)MemberwiseClone();
        copy.TimeProvider = clock;
        return copy;
    }
}
