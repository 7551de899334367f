namespace Scopewise;

/// <summary>The kinds of credential the runtime knows; each has its own header and base URL (see the README's table).</summary>
public enum CredentialKind
{
    /// <summary>No credential: anonymous access to the site.</summary>
    Anonymous = 0,

    /// <summary>A classic (unscoped) Atlassian API token: Basic <c>email:token</c> to the Cloud site.</summary>
    ApiToken = 1,

    /// <summary>A scoped Atlassian API token: Basic <c>email:token</c> to the <c>api.atlassian.com</c> gateway.</summary>
    ScopedApiToken = 2,

    /// <summary>An OAuth 2.0 (3LO) grant: Bearer access token to the gateway, refreshed as needed.</summary>
    OAuth = 3,

    /// <summary>A Data Center personal access token: Bearer to the Data Center host.</summary>
    PersonalAccessToken = 4,

    /// <summary>A Data Center user name and password: Basic to the Data Center host.</summary>
    Password = 5,

    /// <summary>A fixed Authorization header given by the caller.</summary>
    FixedHeader = 6,

    /// <summary>A Cloud service account's OAuth 2.0 credential (client credentials): Bearer access token to the gateway, fetched again before it expires.</summary>
    ServiceAccount = 7,
}
