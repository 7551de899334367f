namespace Scopewise;

/// <summary>A change Atlassian announced for an operation (its removal), as the spec's <c>x-changes</c> gives it.</summary>
/// <param name="Id">The changelog entry's id (<c>CHANGE-2046</c>), when the link names one.</param>
/// <param name="Effective">The date the change takes effect.</param>
/// <param name="Details">The changelog or notice link, when the spec gives one.</param>
public sealed record ApiChange(string? Id, DateOnly Effective, string? Details)
{
    /// <inheritdoc />
    public override string ToString()
        => (Id ?? "the change") + " (effective " + Effective.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (Details is null ? ")" : ", " + Details + ")");
}
