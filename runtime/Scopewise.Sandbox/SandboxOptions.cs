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
}
