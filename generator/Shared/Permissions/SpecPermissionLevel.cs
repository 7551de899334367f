namespace Scopewise.Shared.Permissions;

/// <summary>
/// How much an account must be allowed for an operation, as the spec's "Permissions required" text says. The order
/// matters up to <see cref="SiteAdmin"/> (each level includes the ones before it); <see cref="AppOwned"/> stands
/// apart: only an app (Connect, Forge or OAuth 2.0, as the text says) can make the call, whatever its user may do.
/// The runtime's public <c>Scopewise.PermissionLevel</c> has the same names and values.
/// </summary>
internal enum SpecPermissionLevel
{
    /// <summary>The text could not be read as one of the levels below; it is kept as text.</summary>
    Unknown = 0,

    /// <summary>The operation can be called without an account ("can be accessed anonymously").</summary>
    Anonymous = 1,

    /// <summary>Any account that can use the product ("Permission to access Jira", Confluence's "Can use").</summary>
    ProductAccess = 2,

    /// <summary>A permission granted per space or project ("Browse projects", "View" for the space).</summary>
    SpaceOrProject = 3,

    /// <summary>The product's administrator ("Administer Jira", "Confluence Administrator").</summary>
    ProductAdmin = 4,

    /// <summary>A site or organisation administrator.</summary>
    SiteAdmin = 5,

    /// <summary>Only an app can call it ("Only Connect apps can make this request").</summary>
    AppOwned = 6,
}
