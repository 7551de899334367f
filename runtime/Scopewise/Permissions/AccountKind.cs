namespace Scopewise;

/// <summary>What the account an app calls Atlassian with is allowed to do, for <see cref="ActsAsAttribute"/>.</summary>
public enum AccountKind
{
    /// <summary>No account: anonymous calls.</summary>
    Anonymous = 0,

    /// <summary>A plain user: product access and the space or project permissions users are usually given, no administration.</summary>
    User = 1,

    /// <summary>The product's administrator ("Administer Jira", "Confluence Administrator").</summary>
    ProductAdmin = 2,

    /// <summary>A site or organisation administrator (includes product administration).</summary>
    SiteAdmin = 3,

    /// <summary>An app acting as itself (Connect, Forge or an OAuth 2.0 app's own operations), with a plain user's permissions otherwise.</summary>
    App = 4,
}
