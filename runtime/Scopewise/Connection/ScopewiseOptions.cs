namespace Scopewise;

/// <summary>Everything an <see cref="ApiConnection"/> needs: the site, the credential, and how to behave.</summary>
public sealed class ScopewiseOptions
{
    /// <summary>The site as users type it: <c>acme.atlassian.net</c>, <c>https://acme.atlassian.net/wiki/</c>, <c>https://confluence.example.com/confluence</c>.</summary>
    public string? Site { get; set; }

    /// <summary>Cloud or Data Center; null detects it from the host (<c>*.atlassian.net</c> and <c>*.jira.com</c> are Cloud).</summary>
    public SiteDeployment? Deployment { get; set; }

    /// <summary>The credential; anonymous by default.</summary>
    public AtlassianCredential Credential { get; set; } = AtlassianCredential.Anonymous;

    /// <summary>The site's cloud id, when known; otherwise it is looked up once (tenant_info, or accessible-resources for OAuth).</summary>
    public string? CloudId { get; set; }

    /// <summary>The gateway and OAuth server; point them at a local stand-in in tests.</summary>
    public AtlassianEndpoints Endpoints { get; set; } = AtlassianEndpoints.Default;

    /// <summary>Retry and back-off settings.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>The clock used for back-off waits and token expiry.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>How many redirects one call follows.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Where each product's operations go, by the product name the spec was generated with (case-insensitive).
    /// <c>confluence</c> and <c>jira</c> are present by default.
    /// </summary>
    public IDictionary<string, ProductRoute> Products { get; } = new Dictionary<string, ProductRoute>(StringComparer.OrdinalIgnoreCase)
    {
        ["confluence"] = ProductRoute.Atlassian("confluence"),
        ["jira"] = ProductRoute.Atlassian("jira"),
    };

    /// <inheritdoc />
    public override string ToString() => $"Site {Site ?? "(none)"}, credential {Credential}";
}
