namespace Scopewise;

/// <summary>
/// An Atlassian site as the runtime uses it: scheme, host, port and (on Data Center) the context path, plus whether it
/// is Cloud or Data Center. Parse it from what users type with <see cref="Parse"/>.
/// </summary>
public sealed class AtlassianSite
{
    private const string AcceptedForms = "acme.atlassian.net, https://acme.atlassian.net, https://acme.atlassian.net/wiki/ or https://confluence.example.com/confluence";

    private AtlassianSite(Uri baseAddress, SiteDeployment deployment, string contextPath)
    {
        BaseAddress = baseAddress;
        Deployment = deployment;
        ContextPath = contextPath;
    }

    /// <summary>The site root without a trailing slash: <c>https://acme.atlassian.net</c> or <c>https://host/confluence</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Cloud or Data Center.</summary>
    public SiteDeployment Deployment { get; }

    /// <summary>The Data Center context path (<c>/confluence</c>), or empty. Always empty on Cloud.</summary>
    public string ContextPath { get; }

    /// <summary>The host name.</summary>
    public string Host => BaseAddress.Host;

    /// <summary>Whether the site is Atlassian Cloud.</summary>
    public bool IsCloud => Deployment == SiteDeployment.Cloud;

    /// <summary>
    /// Reads a site from what a user typed. <c>*.atlassian.net</c> and <c>*.jira.com</c> are Cloud, any other host is
    /// Data Center unless <paramref name="deployment"/> says otherwise (Cloud sites can have custom domains).
    /// </summary>
    /// <param name="site">A host name or URL: <c>acme.atlassian.net</c>, <c>https://acme.atlassian.net/wiki/</c>, <c>https://confluence.example.com/confluence</c>.</param>
    /// <param name="deployment">Overrides the detection; null detects from the host.</param>
    /// <exception cref="ArgumentException">The text is not a usable site URL; the message shows an accepted form.</exception>
    public static AtlassianSite Parse(string site, SiteDeployment? deployment = null)
    {
        if (string.IsNullOrWhiteSpace(site))
        {
            throw new ArgumentException($"The Atlassian site is empty. Give it as {AcceptedForms}.", nameof(site));
        }

        var text = site.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            // Users often paste just the host name; Atlassian sites are served over https.
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"'{site}' is not a site URL. Give it as {AcceptedForms}.", nameof(site));
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"'{site}' uses the scheme '{uri.Scheme}'; a site is reached over https. Give it as {AcceptedForms}.", nameof(site));
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new ArgumentException($"The site URL contains a user name or password. Give the site without them ({AcceptedForms}) and pass the secret as an AtlassianCredential.", nameof(site));
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new ArgumentException($"'{site}' has a query or fragment; give only the site root, for example {AcceptedForms}.", nameof(site));
        }

        var detected = deployment ?? (IsCloudHost(uri.Host) ? SiteDeployment.Cloud : SiteDeployment.DataCenter);
        if (detected != SiteDeployment.Cloud && detected != SiteDeployment.DataCenter)
        {
            throw new ArgumentOutOfRangeException(nameof(deployment), deployment, "Use SiteDeployment.Cloud or SiteDeployment.DataCenter.");
        }

        // On Cloud the product roots are fixed (/wiki for Confluence, / for Jira), so a pasted page URL or /wiki is
        // dropped. On Data Center the path is the context path the products are installed under, and is kept.
        var contextPath = detected == SiteDeployment.Cloud ? string.Empty : uri.AbsolutePath.TrimEnd('/');
        var root = new UriBuilder(uri.Scheme, uri.Host, uri.Port, contextPath).Uri;
        return new AtlassianSite(root, detected, contextPath);
    }

    /// <summary>Whether <paramref name="host"/> is an Atlassian Cloud host name.</summary>
    /// <param name="host">A host name.</param>
    public static bool IsCloudHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.EndsWith(".atlassian.net", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".jira.com", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The site root without a trailing slash.</summary>
    public string Root => BaseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/');

    /// <inheritdoc />
    public override string ToString() => $"{Root} ({Deployment})";
}
