namespace Scopewise.Sandbox;

/// <summary>
/// What a sandbox user may administer. Operations whose spec text asks for an administrator answer 403 to a user
/// below it, in the product's error shape, as Atlassian does.
/// </summary>
public enum SandboxRole
{
    /// <summary>A plain user: product access, no administration (the default, as for a new Atlassian account).</summary>
    User = 0,

    /// <summary>The product's administrator ("Administer Jira", "Confluence Administrator").</summary>
    ProductAdmin = 1,

    /// <summary>A site or organisation administrator (includes product administration).</summary>
    SiteAdmin = 2,
}
