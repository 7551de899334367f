namespace Scopewise.Sandbox.Query;

/// <summary>
/// A checked query, ready to filter and order items: every field it names is known (a 400 otherwise), equality is
/// case-insensitive, <c>~</c> finds every word of its value in any of the field's values, and <c>ORDER BY</c> compares
/// numbers inside values as numbers (so <c>DEMO-10</c> sorts after <c>DEMO-9</c>).
/// </summary>
/// <typeparam name="T">The searched item.</typeparam>
internal sealed class CompiledQuery<T>
    where T : class
{
    private readonly ParsedQuery _parsed;
    private readonly QueryFields<T> _fields;

    private CompiledQuery(ParsedQuery parsed, QueryFields<T> fields)
    {
        _parsed = parsed;
        _fields = fields;
    }

    /// <summary>Whether the query names <paramref name="field"/> in a condition.</summary>
    public bool Mentions(string field) => Fields(_parsed.Where).Any(f => string.Equals(_fields.Canonical(f), field, StringComparison.OrdinalIgnoreCase));

    public static CompiledQuery<T> Compile(string? query, QueryFields<T> fields)
    {
        var text = query ?? string.Empty;
        var error = new QuerySyntaxError(fields.Language, text);
        var parsed = QueryParser.Parse(text, error);
        var known = new HashSet<string>(fields.KnownFields, StringComparer.OrdinalIgnoreCase);
        foreach (var field in Fields(parsed.Where).Concat(parsed.OrderBy.Select(o => o.Field)))
        {
            if (!known.Contains(fields.Canonical(field)))
            {
                throw error.UnknownField(field, known);
            }
        }

        return new CompiledQuery<T>(parsed, fields);
    }

    /// <summary>The items that match, in <c>ORDER BY</c> order (the given order when there is none).</summary>
    public List<T> Apply(IEnumerable<T> items)
    {
        var matching = items.Where(item => _parsed.Where is null || Matches(item, _parsed.Where)).ToList();
        if (_parsed.OrderBy.Count == 0)
        {
            return matching;
        }

        IOrderedEnumerable<T>? ordered = null;
        foreach (var key in _parsed.OrderBy)
        {
            var field = _fields.Canonical(key.Field);
            string Key(T item) => _fields.Values(item, field).FirstOrDefault() ?? string.Empty;
            ordered = ordered is null
                ? key.Descending ? matching.OrderByDescending(Key, NaturalComparer.Instance) : matching.OrderBy(Key, NaturalComparer.Instance)
                : key.Descending ? ordered.ThenByDescending(Key, NaturalComparer.Instance) : ordered.ThenBy(Key, NaturalComparer.Instance);
        }

        return ordered!.ToList();
    }

    private bool Matches(T item, QueryCondition condition) => condition switch
    {
        AndCondition and => Matches(item, and.Left) && Matches(item, and.Right),
        OrCondition or => Matches(item, or.Left) || Matches(item, or.Right),
        NotCondition not => !Matches(item, not.Inner),
        Clause clause => Matches(_fields.Values(item, _fields.Canonical(clause.Field)), clause),
        _ => throw new InvalidOperationException($"Unknown condition {condition}."),
    };

    private static bool Matches(IReadOnlyList<string> values, Clause clause) => clause.Operator switch
    {
        ClauseOperator.Equals or ClauseOperator.In => values.Any(v => clause.Values.Contains(v, StringComparer.OrdinalIgnoreCase)),
        ClauseOperator.NotEquals or ClauseOperator.NotIn => !values.Any(v => clause.Values.Contains(v, StringComparer.OrdinalIgnoreCase)),
        ClauseOperator.Contains => values.Any(v => ContainsWords(v, clause.Values[0])),
        ClauseOperator.NotContains => !values.Any(v => ContainsWords(v, clause.Values[0])),
        _ => false,
    };

    /// <summary>Every word of the search text (a trailing <c>*</c> is a prefix wildcard) appears in the value, ignoring case.</summary>
    private static bool ContainsWords(string value, string search)
        => search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim('*', '"'))
            .Where(word => word.Length > 0)
            .All(word => value.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Fields(QueryCondition? condition) => condition switch
    {
        null => [],
        AndCondition and => Fields(and.Left).Concat(Fields(and.Right)),
        OrCondition or => Fields(or.Left).Concat(Fields(or.Right)),
        NotCondition not => Fields(not.Inner),
        Clause clause => [clause.Field],
        _ => [],
    };

    /// <summary>Compares text with runs of digits compared as numbers.</summary>
    private sealed class NaturalComparer : IComparer<string>
    {
        public static readonly NaturalComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            x ??= string.Empty;
            y ??= string.Empty;
            int i = 0, j = 0;
            while (i < x.Length && j < y.Length)
            {
                if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
                {
                    var startX = i;
                    var startY = j;
                    while (i < x.Length && char.IsAsciiDigit(x[i]))
                    {
                        i++;
                    }

                    while (j < y.Length && char.IsAsciiDigit(y[j]))
                    {
                        j++;
                    }

                    // Longer digit runs (without leading zeros) are larger numbers; equal lengths compare digit by digit.
                    var numberX = x[startX..i].TrimStart('0');
                    var numberY = y[startY..j].TrimStart('0');
                    var byNumber = numberX.Length != numberY.Length ? numberX.Length.CompareTo(numberY.Length) : string.CompareOrdinal(numberX, numberY);
                    if (byNumber != 0)
                    {
                        return byNumber;
                    }
                }
                else
                {
                    var byChar = char.ToUpperInvariant(x[i]).CompareTo(char.ToUpperInvariant(y[j]));
                    if (byChar != 0)
                    {
                        return byChar;
                    }

                    i++;
                    j++;
                }
            }

            return (x.Length - i).CompareTo(y.Length - j);
        }
    }
}
