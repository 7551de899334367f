using System.Text;

namespace Scopewise.Sandbox.Query;

/// <summary>
/// Splits JQL or CQL into tokens. Both languages share this shape: words, strings in double or single quotes with
/// backslash escapes, the operators <c>= != ~ !~ &lt; &gt; &lt;= &gt;=</c>, parentheses and commas.
/// </summary>
internal static class QueryTokenizer
{
    private const string Stops = "()=,!~<>\"'";

    public static List<QueryToken> Tokenize(string text, QuerySyntaxError error)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',')
            {
                tokens.Add(new QueryToken(c == '(' ? QueryTokenKind.OpenParenthesis : c == ')' ? QueryTokenKind.CloseParenthesis : QueryTokenKind.Comma, c.ToString(), i));
                i++;
            }
            else if (c is '=' or '~' or '!' or '<' or '>')
            {
                var length = i + 1 < text.Length && text[i + 1] is '=' or '~' && c is '!' or '<' or '>' ? 2 : 1;
                var op = text.Substring(i, length);
                if (op == "!")
                {
                    throw error.At(i, "a lone '!' (use != or !~)");
                }

                tokens.Add(new QueryToken(QueryTokenKind.Operator, op, i));
                i += length;
            }
            else if (c is '"' or '\'')
            {
                tokens.Add(new QueryToken(QueryTokenKind.Quoted, ReadQuoted(text, ref i, error), i));
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && !Stops.Contains(text[i], StringComparison.Ordinal))
                {
                    i++;
                }

                tokens.Add(new QueryToken(QueryTokenKind.Word, text[start..i], start));
            }
        }

        tokens.Add(new QueryToken(QueryTokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static string ReadQuoted(string text, ref int i, QuerySyntaxError error)
    {
        var quote = text[i];
        var start = i;
        var value = new StringBuilder();
        i++;
        while (i < text.Length)
        {
            var c = text[i++];
            if (c == quote)
            {
                return value.ToString();
            }

            if (c == '\\' && i < text.Length)
            {
                c = text[i++];
            }

            value.Append(c);
        }

        throw error.At(start, $"a string that is never closed (add the missing {quote})");
    }
}
