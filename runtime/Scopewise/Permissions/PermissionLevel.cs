namespace Scopewise;

/// <summary>
/// How much the calling account must be allowed, as the spec's "Permissions required" text says. Up to
/// <see cref="SiteAdmin"/> each level includes the ones before it; <see cref="AppOwned"/> stands apart.
/// </summary>
public enum PermissionLevel
{
    /// <summary>The spec's text could not be read as a level; <see cref="RequiresPermissionAttribute.Text"/> keeps it.</summary>
    Unknown = 0,

    /// <summary>No account needed: the spec says the operation can be accessed anonymously (where the site allows it).</summary>
    Anonymous = 1,

    /// <summary>Any account that can use the product ("Permission to access Jira", Confluence's "Can use").</summary>
    ProductAccess = 2,

    /// <summary>A permission granted per space or project ("Browse projects", "View" for the space).</summary>
    SpaceOrProject = 3,

    /// <summary>The product's administrator ("Administer Jira", "Confluence Administrator").</summary>
    ProductAdmin = 4,

    /// <summary>A site or organisation administrator.</summary>
    SiteAdmin = 5,

    /// <summary>Only an app can make the call ("Only Connect apps can make this request").</summary>
    AppOwned = 6,
}
