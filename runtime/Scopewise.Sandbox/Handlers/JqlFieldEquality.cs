using System.Text.RegularExpressions;

namespace Scopewise.Sandbox.Handlers;

/// <summary>
/// The little JQL the sandbox understands: <c>field = value</c> clauses on <c>project</c>, <c>key</c>, <c>status</c>,
/// <c>issuetype</c>, <c>labels</c> and <c>assignee</c> (an account id), joined by <c>AND</c>, values bare or in double
/// quotes (<c>status = "In Progress"</c>; functions such as <c>currentUser()</c> are not understood), with an optional <c>ORDER BY</c> (ignored: issues come oldest first).
/// Anything else is a 400 that names what was not understood, rather than a silently wrong result.
/// </summary>
internal static partial class JqlFieldEquality
{
    public static Func<SandboxIssue, bool> Parse(string? jql)
    {
        var query = OrderBy().Replace(jql ?? string.Empty, string.Empty).Trim();
        if (query.Length == 0)
        {
            return _ => true;
        }

        var tests = new List<Func<SandboxIssue, bool>>();
        foreach (var clause in And().Split(query))
        {
            var match = Clause().Match(clause.Trim());
            if (!match.Success)
            {
                throw new SandboxHttpError(400, $"The sandbox understands JQL clauses of the form field = value joined by AND (optionally with ORDER BY); it does not understand '{clause.Trim()}' in '{jql}'.");
            }

            var value = match.Groups["value"].Value;
            tests.Add(match.Groups["field"].Value.ToLowerInvariant() switch
            {
                "project" => i => string.Equals(i.ProjectKey, value, StringComparison.OrdinalIgnoreCase),
                "key" or "issuekey" => i => string.Equals(i.Key, value, StringComparison.OrdinalIgnoreCase),
                "status" => i => string.Equals(i.Status, value, StringComparison.OrdinalIgnoreCase),
                "issuetype" or "type" => i => string.Equals(i.IssueType, value, StringComparison.OrdinalIgnoreCase),
                "labels" => i => i.Labels.Contains(value, StringComparer.Ordinal),
                "assignee" => i => i.Assignee?.AccountId == value,
                var field => throw new SandboxHttpError(400, $"The sandbox's JQL knows the fields project, key, status, issuetype, labels and assignee; it does not know '{field}' in '{jql}'."),
            });
        }

        return issue => tests.All(test => test(issue));
    }

    [GeneratedRegex(@"\s+AND\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex And();

    [GeneratedRegex(@"\s*ORDER\s+BY\s+.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrderBy();

    [GeneratedRegex(@"^(?<field>[A-Za-z]+)\s*=\s*(""(?<value>[^""]*)""|(?<value>[^\s""()]+))$", RegexOptions.CultureInvariant)]
    private static partial Regex Clause();
}
