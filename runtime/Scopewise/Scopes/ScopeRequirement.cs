namespace Scopewise;

/// <summary>The scopes an operation needs: any one of its alternatives is enough.</summary>
public sealed class ScopeRequirement
{
    /// <summary>An operation that names no OAuth scopes.</summary>
    public static ScopeRequirement None { get; } = new([]);

    /// <summary>Creates a requirement from its alternatives.</summary>
    /// <param name="alternatives">The alternatives; empty means the operation names no scopes.</param>
    public ScopeRequirement(params ScopeAlternative[] alternatives)
    {
        Alternatives = alternatives ?? [];
    }

    /// <summary>The alternatives; any one is enough.</summary>
    public IReadOnlyList<ScopeAlternative> Alternatives { get; }

    /// <summary>Whether the operation names no scopes at all.</summary>
    public bool IsEmpty => Alternatives.Count == 0;

    /// <summary>Whether <paramref name="granted"/> satisfies at least one alternative (always true when there are none).</summary>
    /// <param name="granted">The scopes a token holds.</param>
    public bool IsSatisfiedBy(IReadOnlyCollection<string> granted)
    {
        if (IsEmpty)
        {
            return true;
        }

        foreach (var alternative in Alternatives)
        {
            if (alternative.IsSatisfiedBy(granted))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => IsEmpty ? "(no scopes)" : string.Join(" or ", Alternatives.Select(a => "[" + a + "]"));
}
