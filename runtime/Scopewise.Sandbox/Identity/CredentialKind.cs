namespace Scopewise.Sandbox;

/// <summary>How a request authenticated.</summary>
public enum CredentialKind
{
    /// <summary>No Authorization header.</summary>
    Anonymous = 0,

    /// <summary>Basic email:token with a classic (unscoped) API token; Cloud site only.</summary>
    ClassicApiToken = 1,

    /// <summary>Basic email:token with a scoped API token; Cloud gateway only.</summary>
    ScopedApiToken = 2,

    /// <summary>Bearer OAuth 2.0 (3LO) access token; Cloud gateway only.</summary>
    OAuthAccessToken = 3,

    /// <summary>Bearer personal access token; Data Center only.</summary>
    PersonalAccessToken = 4,

    /// <summary>Basic user name:password; Data Center only.</summary>
    Password = 5,
}
