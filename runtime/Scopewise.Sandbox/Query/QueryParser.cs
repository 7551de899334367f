namespace Scopewise.Sandbox.Query;

/// <summary>
/// Parses the subset JQL and CQL share: <c>OR</c> binds weaker than <c>AND</c>, <c>NOT</c> and parentheses group, a
/// clause is <c>field op value</c> or <c>field [NOT] IN (values)</c>, and <c>ORDER BY</c> ends the query. Anything else
/// is a 400 that names the token — never silently ignored.
/// </summary>
internal sealed class QueryParser
{
    private readonly List<QueryToken> _tokens;
    private readonly QuerySyntaxError _error;
    private int _next;

    private QueryParser(List<QueryToken> tokens, QuerySyntaxError error)
    {
        _tokens = tokens;
        _error = error;
    }

    public static ParsedQuery Parse(string query, QuerySyntaxError error)
    {
        var parser = new QueryParser(QueryTokenizer.Tokenize(query, error), error);
        return parser.ParseQuery();
    }

    private QueryToken Peek => _tokens[_next];

    private QueryToken Take() => _tokens[_next++];

    private ParsedQuery ParseQuery()
    {
        QueryCondition? where = null;
        if (Peek.Kind != QueryTokenKind.End && !Peek.Is("ORDER"))
        {
            where = ParseOr();
        }

        var orderBy = new List<SortKey>();
        if (Peek.Is("ORDER"))
        {
            Take();
            Expect("BY");
            do
            {
                var field = TakeName("a field to order by");
                var descending = false;
                if (Peek.Is("DESC") || Peek.Is("ASC"))
                {
                    descending = Take().Is("DESC");
                }

                orderBy.Add(new SortKey(field, descending));
            }
            while (TryTake(QueryTokenKind.Comma));
        }

        if (Peek.Kind != QueryTokenKind.End)
        {
            throw _error.Unexpected(Peek, where is null ? "a clause or ORDER BY" : "AND, OR, ORDER BY or the end of the query");
        }

        return new ParsedQuery(where, orderBy);
    }

    private QueryCondition ParseOr()
    {
        var left = ParseAnd();
        while (Peek.Is("OR"))
        {
            Take();
            left = new OrCondition(left, ParseAnd());
        }

        return left;
    }

    private QueryCondition ParseAnd()
    {
        var left = ParseUnary();
        while (Peek.Is("AND"))
        {
            Take();
            left = new AndCondition(left, ParseUnary());
        }

        return left;
    }

    private QueryCondition ParseUnary()
    {
        if (Peek.Is("NOT"))
        {
            Take();
            return new NotCondition(ParseUnary());
        }

        if (TryTake(QueryTokenKind.OpenParenthesis))
        {
            var inner = ParseOr();
            if (!TryTake(QueryTokenKind.CloseParenthesis))
            {
                throw _error.Unexpected(Peek, "')'");
            }

            return inner;
        }

        return ParseClause();
    }

    private Clause ParseClause()
    {
        var field = TakeName("a field name");
        if (Peek.Is("IN") || Peek.Is("NOT"))
        {
            var negated = Take().Is("NOT");
            if (negated)
            {
                Expect("IN");
            }

            return new Clause(field, negated ? ClauseOperator.NotIn : ClauseOperator.In, ParseList());
        }

        var op = Take();
        var kind = op.Kind != QueryTokenKind.Operator ? (ClauseOperator?)null : op.Text switch
        {
            "=" => ClauseOperator.Equals,
            "!=" => ClauseOperator.NotEquals,
            "~" => ClauseOperator.Contains,
            "!~" => ClauseOperator.NotContains,
            _ => null,
        };
        if (kind is null)
        {
            throw op.Kind == QueryTokenKind.Operator || op.Is("IS") || op.Is("WAS") || op.Is("CHANGED")
                ? _error.At(op.Position, $"the operator '{op.Text}'")
                : _error.Unexpected(op, $"an operator after '{field}'");
        }

        return new Clause(field, kind.Value, [TakeValue()]);
    }

    private List<string> ParseList()
    {
        if (!TryTake(QueryTokenKind.OpenParenthesis))
        {
            throw _error.Unexpected(Peek, "'(' after IN");
        }

        var values = new List<string> { TakeValue() };
        while (TryTake(QueryTokenKind.Comma))
        {
            values.Add(TakeValue());
        }

        if (!TryTake(QueryTokenKind.CloseParenthesis))
        {
            throw _error.Unexpected(Peek, "',' or ')' in the IN list");
        }

        return values;
    }

    private string TakeValue()
    {
        var token = Take();
        if (token.Kind == QueryTokenKind.Quoted)
        {
            return token.Text;
        }

        if (token.Kind != QueryTokenKind.Word || IsKeyword(token))
        {
            throw _error.Unexpected(token, "a value");
        }

        if (Peek.Kind == QueryTokenKind.OpenParenthesis)
        {
            throw _error.At(token.Position, $"the function '{token.Text}()'");
        }

        return token.Text;
    }

    private string TakeName(string what)
    {
        var token = Take();
        return token.Kind == QueryTokenKind.Quoted || (token.Kind == QueryTokenKind.Word && !IsKeyword(token))
            ? token.Text
            : throw _error.Unexpected(token, what);
    }

    private void Expect(string keyword)
    {
        if (!Peek.Is(keyword))
        {
            throw _error.Unexpected(Peek, keyword);
        }

        Take();
    }

    private bool TryTake(QueryTokenKind kind)
    {
        if (Peek.Kind != kind)
        {
            return false;
        }

        Take();
        return true;
    }

    private static bool IsKeyword(QueryToken token)
        => token.Is("AND") || token.Is("OR") || token.Is("NOT") || token.Is("IN") || token.Is("ORDER") || token.Is("BY");
}
