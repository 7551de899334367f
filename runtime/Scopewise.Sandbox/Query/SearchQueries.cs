namespace Scopewise.Sandbox.Query;

/// <summary>The two query languages the sandbox's search operations take, over its store.</summary>
internal static class SearchQueries
{
    /// <summary>The issues a JQL query finds, in its <c>ORDER BY</c> order (the store's order, oldest first, when it has none); 400 for what it does not understand.</summary>
    public static List<SandboxIssue> Jql(string? jql, IReadOnlyList<SandboxIssue> issues, string siteBase)
        => CompiledQuery<SandboxIssue>.Compile(jql, new JqlFields(issues, siteBase)).Apply(issues);

    /// <summary>
    /// The content a CQL query finds among <paramref name="candidates"/>, in its <c>ORDER BY</c> order; comments only
    /// when the query asks for a type; 400 for a missing query or for what it does not understand.
    /// </summary>
    public static List<SandboxContent> Cql(string? cql, IEnumerable<SandboxContent> candidates, SandboxStore store)
    {
        if (string.IsNullOrWhiteSpace(cql))
        {
            throw new SandboxHttpError(400, "The cql parameter is required, for example cql=type=page and space=DOCS.");
        }

        var query = CompiledQuery<SandboxContent>.Compile(cql, new CqlFields(store));
        var typed = query.Mentions("type");
        return query.Apply(candidates.Where(c => typed || c.Type != SandboxContentType.Comment));
    }
}
