namespace Scopewise.Sandbox.Query;

/// <summary>How one query language reads the fields of the items it searches (Jira issues, Confluence content).</summary>
/// <typeparam name="T">The searched item.</typeparam>
internal abstract class QueryFields<T>
{
    /// <summary>"JQL" or "CQL", for error messages.</summary>
    public abstract string Language { get; }

    /// <summary>The field names queries may use (compared case-insensitively).</summary>
    public abstract IReadOnlyCollection<string> KnownFields { get; }

    /// <summary>The values of <paramref name="field"/> on <paramref name="item"/> (none when the field is empty).</summary>
    public abstract IReadOnlyList<string> Values(T item, string field);

    /// <summary>The canonical name of a field the language spells several ways (<c>type</c> for <c>issuetype</c>); by default the name itself.</summary>
    public virtual string Canonical(string field) => field;
}
