namespace Scopewise.Sandbox;

/// <summary>A Confluence space in the sandbox store.</summary>
public sealed class SandboxSpace
{
    internal SandboxSpace(long id, string key, string name, bool anonymousAccess, IReadOnlySet<string>? memberAccountIds, DateTimeOffset createdAt)
    {
        Id = id;
        Key = key;
        Name = name;
        AnonymousAccess = anonymousAccess;
        MemberAccountIds = memberAccountIds;
        CreatedAt = createdAt;
    }

    /// <summary>The numeric space id (v2).</summary>
    public long Id { get; }

    /// <summary>The space key (v1, Data Center).</summary>
    public string Key { get; }

    /// <summary>The space name.</summary>
    public string Name { get; }

    /// <summary>Whether anonymous requests (no Authorization header) may read the space.</summary>
    public bool AnonymousAccess { get; }

    /// <summary>The accounts that may use the space; null lets every user in.</summary>
    public IReadOnlySet<string>? MemberAccountIds { get; }

    /// <summary>When the space was created.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The id of the space's home page, once one was added.</summary>
    public string? HomepageId { get; internal set; }

    internal bool CanBeSeenBy(Principal principal)
        => principal.User is null ? AnonymousAccess : MemberAccountIds is null || MemberAccountIds.Contains(principal.User.AccountId);

    /// <inheritdoc />
    public override string ToString() => $"space {Key} ({Id})";
}
