namespace Scopewise;

/// <summary>One set of scopes that together satisfy an operation.</summary>
public sealed class ScopeAlternative
{
    /// <summary>Creates an alternative.</summary>
    /// <param name="kind">Classic, granular or other.</param>
    /// <param name="scopes">The scopes needed together.</param>
    public ScopeAlternative(ScopeKind kind, params string[] scopes)
    {
        Kind = kind;
        Scopes = scopes ?? [];
    }

    /// <summary>Classic, granular or other.</summary>
    public ScopeKind Kind { get; }

    /// <summary>The scopes needed together.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>Whether <paramref name="granted"/> holds every scope of this alternative.</summary>
    /// <param name="granted">The scopes a token holds.</param>
    public bool IsSatisfiedBy(IReadOnlyCollection<string> granted)
    {
        ArgumentNullException.ThrowIfNull(granted);
        foreach (var scope in Scopes)
        {
            if (!granted.Contains(scope, StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(" + ", Scopes);
}
