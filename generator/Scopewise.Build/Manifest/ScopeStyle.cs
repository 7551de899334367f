namespace Scopewise.Build.Manifest;

/// <summary>Which family of scopes the manifest prefers where an operation accepts either (<c>ScopewiseScopeStyle</c>).</summary>
public enum ScopeStyle
{
    /// <summary>Granular scopes (<c>read:page:confluence</c>), falling back to classic where an operation has no granular alternative. The default.</summary>
    Granular = 0,

    /// <summary>Classic scopes (<c>read:confluence-content.all</c>), falling back to granular where an operation has no classic alternative (all v2 operations).</summary>
    Classic = 1,
}

/// <summary>When the manifest includes <c>offline_access</c>, the scope that makes Atlassian hand out refresh tokens (<c>ScopewiseOfflineAccess</c>).</summary>
public enum OfflineAccessMode
{
    /// <summary>When the code uses one of the OAuth types (<see cref="ScopeManifestOptions.OAuthTypeNames"/>). The default.</summary>
    Auto = 0,

    /// <summary>Always.</summary>
    Always = 1,

    /// <summary>Never.</summary>
    Never = 2,
}
