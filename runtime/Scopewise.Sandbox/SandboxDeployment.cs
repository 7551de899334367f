namespace Scopewise.Sandbox;

/// <summary>Which kind of Atlassian installation the sandbox plays.</summary>
public enum SandboxDeployment
{
    /// <summary>
    /// Atlassian Cloud: a site (<c>/wiki/rest/api</c>, <c>/wiki/api/v2</c>, <c>/rest/api/3</c>), the
    /// <c>api.atlassian.com</c> gateway (<c>/ex/{product}/{cloudId}</c>) and the <c>auth.atlassian.com</c> OAuth server,
    /// all on the same port.
    /// </summary>
    Cloud = 0,

    /// <summary>
    /// Confluence Data Center: <c>[/context]/rest/api/...</c> (no <c>/wiki</c>, no v2, no gateway), personal access tokens
    /// and passwords.
    /// </summary>
    DataCenter = 1,
}
