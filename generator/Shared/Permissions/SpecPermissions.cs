using System.Collections.Generic;

namespace Scopewise.Shared.Permissions;

/// <summary>
/// What an operation's description says the account must be allowed. Plain data, compared by value, so the
/// generator can keep it in its incremental pipeline and the sandbox can enforce it.
/// </summary>
internal sealed class SpecPermissions : System.IEquatable<SpecPermissions>
{
    public SpecPermissions(SpecPermissionLevel level, IReadOnlyList<string> named, bool anyOf, bool anonymousAccess, string? text)
    {
        Level = level;
        Named = named;
        AnyOf = anyOf;
        AnonymousAccess = anonymousAccess;
        Text = text;
    }

    /// <summary>The level the text asks for; <see cref="SpecPermissionLevel.Unknown"/> when it could not be read.</summary>
    public SpecPermissionLevel Level { get; }

    /// <summary>The named permissions in the text ("Administer Jira", "Browse projects", "View"), in order, without repeats.</summary>
    public IReadOnlyList<string> Named { get; }

    /// <summary>Whether any one of the named permissions is enough ("either of", "or"); otherwise all are needed.</summary>
    public bool AnyOf { get; }

    /// <summary>Whether the description says the operation can be accessed anonymously.</summary>
    public bool AnonymousAccess { get; }

    /// <summary>The "Permissions required" paragraph as plain text (links reduced to their text), or null when the description has none.</summary>
    public string? Text { get; }

    /// <summary>Whether the text was read as a level.</summary>
    public bool Parsed => Level != SpecPermissionLevel.Unknown;

    public bool Equals(SpecPermissions? other)
    {
        if (other is null)
        {
            return false;
        }

        if (Level != other.Level || AnyOf != other.AnyOf || AnonymousAccess != other.AnonymousAccess || Text != other.Text || Named.Count != other.Named.Count)
        {
            return false;
        }

        for (var i = 0; i < Named.Count; i++)
        {
            if (Named[i] != other.Named[i])
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as SpecPermissions);

    public override int GetHashCode()
    {
        var hash = ((int)Level * 397) ^ (Text?.GetHashCode() ?? 0);
        foreach (var name in Named)
        {
            hash = (hash * 31) ^ name.GetHashCode();
        }

        return hash;
    }

    public override string ToString() => Level + (Named.Count == 0 ? string.Empty : " (" + string.Join(AnyOf ? " or " : ", ", Named) + ")");
}
