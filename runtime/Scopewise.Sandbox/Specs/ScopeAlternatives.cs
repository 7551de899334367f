namespace Scopewise.Sandbox.Specs;

/// <summary>
/// The scopes an operation needs: any one alternative is enough, and each alternative needs all its scopes.
/// <see cref="None"/> when the operation needs no scope under OAuth.
/// </summary>
internal sealed class ScopeAlternatives
{
    public static readonly ScopeAlternatives None = new([]);

    public ScopeAlternatives(IReadOnlyList<IReadOnlyList<string>> alternatives)
    {
        Alternatives = alternatives;
    }

    public IReadOnlyList<IReadOnlyList<string>> Alternatives { get; }

    public bool NeedsNoScope => Alternatives.Count == 0;

    public bool IsSatisfiedBy(IReadOnlySet<string> granted)
    {
        if (NeedsNoScope)
        {
            return true;
        }

        foreach (var alternative in Alternatives)
        {
            if (alternative.All(granted.Contains))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString()
        => NeedsNoScope ? "(no scope)" : string.Join(" or ", Alternatives.Select(a => string.Join(" + ", a)));
}
