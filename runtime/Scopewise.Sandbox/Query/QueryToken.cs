namespace Scopewise.Sandbox.Query;

/// <summary>What a token of JQL or CQL is: a word (field, value or keyword), a quoted string, an operator or punctuation.</summary>
internal enum QueryTokenKind
{
    Word,
    Quoted,
    Operator,
    OpenParenthesis,
    CloseParenthesis,
    Comma,
    End,
}

/// <summary>One token and where it starts (0-based), so an error can point at it.</summary>
internal sealed record QueryToken(QueryTokenKind Kind, string Text, int Position)
{
    /// <summary>Whether this is the unquoted keyword <paramref name="keyword"/> (JQL and CQL keywords are case-insensitive).</summary>
    public bool Is(string keyword) => Kind == QueryTokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Kind switch
    {
        QueryTokenKind.End => "the end of the query",
        QueryTokenKind.Quoted => $"\"{Text}\" (at {Position})",
        _ => $"'{Text}' (at {Position})",
    };
}
