using System.Text.RegularExpressions;

namespace Scopewise.Sandbox.Handlers;

/// <summary>
/// The little CQL the sandbox understands: clauses <c>type = page|blogpost</c>, <c>space = KEY</c> and
/// <c>title = "..."</c> joined by <c>AND</c>, with an optional <c>ORDER BY</c> (ignored). Anything else is a 400
/// that says so, rather than a silently wrong result.
/// </summary>
internal static partial class CqlFilter
{
    public static Func<SandboxContent, bool> Parse(string? cql)
    {
        if (string.IsNullOrWhiteSpace(cql))
        {
            throw new SandboxHttpError(400, "The cql parameter is required, for example cql=type=page and space=DOCS.");
        }

        var tests = new List<Func<SandboxContent, bool>>();
        var query = OrderBy().Replace(cql, string.Empty).Trim();
        foreach (var clause in And().Split(query))
        {
            var match = Clause().Match(clause.Trim());
            if (!match.Success)
            {
                throw Unsupported(cql);
            }

            var value = match.Groups["value"].Value;
            switch (match.Groups["field"].Value.ToLowerInvariant())
            {
                case "type" when value is "page" or "blogpost":
                    var type = value == "page" ? SandboxContentType.Page : SandboxContentType.BlogPost;
                    tests.Add(c => c.Type == type);
                    break;
                case "space":
                    tests.Add(c => string.Equals(c.Space.Key, value, StringComparison.OrdinalIgnoreCase));
                    break;
                case "title":
                    tests.Add(c => c.Title == value);
                    break;
                default:
                    throw Unsupported(cql);
            }
        }

        return content => content.Type != SandboxContentType.Comment && tests.All(test => test(content));
    }

    private static SandboxHttpError Unsupported(string cql)
        => new(400, $"The sandbox understands only CQL clauses type = page|blogpost, space = KEY and title = \"...\" joined by AND; got '{cql}'.");

    [GeneratedRegex(@"\s+AND\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex And();

    [GeneratedRegex(@"\s*ORDER\s+BY\s+.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrderBy();

    [GeneratedRegex(@"^(?<field>[A-Za-z]+)\s*=\s*(""(?<value>[^""]*)""|(?<value>[^\s""]+))$", RegexOptions.CultureInvariant)]
    private static partial Regex Clause();
}
