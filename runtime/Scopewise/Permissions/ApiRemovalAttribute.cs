namespace Scopewise;

/// <summary>
/// Atlassian announced the operation's removal (the spec's <c>x-changes</c> entry of type <c>removed</c>). A call after
/// <see cref="Effective"/> is SW2005 (warning); before it, SW2006 (info). Calls after the date answer 410
/// (<see cref="EndpointRemovedException"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ApiRemovalAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="effective">The removal date, <c>yyyy-MM-dd</c>.</param>
    public ApiRemovalAttribute(string effective)
    {
        Effective = effective;
    }

    /// <summary>The removal date, <c>yyyy-MM-dd</c>.</summary>
    public string Effective { get; }

    /// <summary>When the removal was announced, <c>yyyy-MM-dd</c>.</summary>
    public string? Announced { get; set; }

    /// <summary>The changelog entry's id (<c>CHANGE-2046</c>), when the link names one.</summary>
    public string? ChangeId { get; set; }

    /// <summary>The changelog or notice link.</summary>
    public string? Details { get; set; }

    /// <summary>The generated method to use instead (<c>IssueSearches.SearchAndReconsileIssuesUsingJqlAsync (GET /rest/api/3/search/jql)</c>), when the spec names one.</summary>
    public string? Replacement { get; set; }
}
