namespace Scopewise;

/// <summary>
/// What the calling account must be allowed, beyond its OAuth scopes, read from the spec's "Permissions required" text.
/// The analyzer compares it with <see cref="ActsAsAttribute"/> (SW2004) and the scope manifest lists it per permission.
/// </summary>
/// <example><c>[RequiresPermission(PermissionLevel.ProductAdmin, "Administer Jira")]</c></example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class RequiresPermissionAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="level">The level the text asks for.</param>
    /// <param name="permissions">The named permissions, as the spec spells them ("Browse projects").</param>
    public RequiresPermissionAttribute(PermissionLevel level, params string[] permissions)
    {
        Level = level;
        Permissions = permissions ?? [];
    }

    /// <summary>The level the spec's text asks for; <see cref="PermissionLevel.Unknown"/> when it could not be read.</summary>
    public PermissionLevel Level { get; }

    /// <summary>The named permissions.</summary>
    public string[] Permissions { get; }

    /// <summary>Whether any one of <see cref="Permissions"/> is enough; otherwise all of them are needed.</summary>
    public bool AnyOf { get; set; }

    /// <summary>Whether the spec says the operation can be accessed anonymously.</summary>
    public bool AnonymousAccess { get; set; }

    /// <summary>The spec's text, kept when it could not be read as a level (never guessed).</summary>
    public string? Text { get; set; }
}
