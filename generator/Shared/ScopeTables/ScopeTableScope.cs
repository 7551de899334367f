namespace Scopewise.Shared.ScopeTables;

/// <summary>One named entry of a scope table's <c>scopes</c> array.</summary>
internal sealed class ScopeTableScope
{
    public ScopeTableScope(string name, string kind, string product, string? description)
    {
        Name = name;
        Kind = kind;
        Product = product;
        Description = description;
    }

    /// <summary>The scope name; never empty.</summary>
    public string Name { get; }

    /// <summary>"classic", "granular" or "other" as the table says; "other" when the entry names no kind.</summary>
    public string Kind { get; }

    /// <summary>The entry's <c>product</c>, else the table's, else "unknown".</summary>
    public string Product { get; }

    /// <summary><c>description</c> when it is a string, else null.</summary>
    public string? Description { get; }
}
