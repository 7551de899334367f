namespace Scopewise.Sandbox.Query;

/// <summary>A parsed JQL or CQL query: an optional condition and the <c>ORDER BY</c> keys.</summary>
internal sealed record ParsedQuery(QueryCondition? Where, IReadOnlyList<SortKey> OrderBy);

/// <summary>One <c>ORDER BY</c> key.</summary>
internal sealed record SortKey(string Field, bool Descending);

/// <summary>A condition of the common JQL/CQL subset.</summary>
internal abstract record QueryCondition;

internal sealed record AndCondition(QueryCondition Left, QueryCondition Right) : QueryCondition;

internal sealed record OrCondition(QueryCondition Left, QueryCondition Right) : QueryCondition;

internal sealed record NotCondition(QueryCondition Inner) : QueryCondition;

/// <summary><c>field = value</c>, <c>!=</c>, <c>~</c>, <c>!~</c>, <c>IN (...)</c> or <c>NOT IN (...)</c>.</summary>
internal sealed record Clause(string Field, ClauseOperator Operator, IReadOnlyList<string> Values) : QueryCondition;

internal enum ClauseOperator
{
    Equals,
    NotEquals,
    Contains,
    NotContains,
    In,
    NotIn,
}

/// <summary>Builds the 400 for a query the sandbox does not understand: it names the part and lists what it does understand.</summary>
internal sealed class QuerySyntaxError
{
    private readonly string _language;
    private readonly string _query;

    public QuerySyntaxError(string language, string query)
    {
        _language = language;
        _query = query;
    }

    public const string Subset = "field = value, !=, IN (...), NOT IN (...), ~ \"text\", !~, AND, OR, NOT, parentheses and ORDER BY field [ASC|DESC]";

    public SandboxHttpError At(int position, string what)
        => new(400, $"The sandbox's {_language} does not understand {what} at position {position} of '{_query}'. It understands {Subset}.");

    public SandboxHttpError Unexpected(QueryToken token, string expected)
        => new(400, $"The sandbox's {_language} expected {expected} but found {token} in '{_query}'. It understands {Subset}.");

    public SandboxHttpError UnknownField(string field, IEnumerable<string> known)
        => new(400, $"The sandbox's {_language} does not know the field '{field}' in '{_query}'. Fields it knows: {string.Join(", ", known.Order(StringComparer.OrdinalIgnoreCase))}.");
}
