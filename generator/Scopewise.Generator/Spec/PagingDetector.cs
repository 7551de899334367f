using System;
using System.Collections.Generic;
using System.Linq;
using Scopewise.Generator.Model;

namespace Scopewise.Generator.Spec;

/// <summary>
/// Recognizes Atlassian's four paging conventions from an operation's parameters and its response model:
/// Confluence v2 cursors, Confluence v1 start/limit, Jira startAt/maxResults and Jira nextPageToken.
/// </summary>
internal static class PagingDetector
{
    public static PagingModel? Detect(IReadOnlyList<ParameterModel> parameters, ResponseModel response, Func<string, TypeModel?> findType)
    {
        if (response.Kind != ResponseKind.Json || response.Type is not { Kind: TypeRefKind.Named } pageType)
        {
            return null;
        }

        var properties = AllProperties(pageType.Name!, findType);
        bool HasParameter(string name) => parameters.Any(p => !p.IsBody && p.Location == ParameterLocation.Query && p.JsonName == name);
        PropertyModel? ArrayProperty(params string[] names) => names.Select(n => properties.FirstOrDefault(p => p.JsonName == n && p.Type.Kind == TypeRefKind.Array)).FirstOrDefault(p => p is not null);
        bool HasProperty(string name) => properties.Any(p => p.JsonName == name);

        if (HasParameter("cursor") && ArrayProperty("results") is { } cursorItems)
        {
            return new PagingModel(PagingStyle.ConfluenceCursor, cursorItems.Name, cursorItems.Type.Element!);
        }

        if (HasParameter("start") && HasParameter("limit") && ArrayProperty("results") is { } offsetItems)
        {
            return new PagingModel(PagingStyle.ConfluenceOffset, offsetItems.Name, offsetItems.Type.Element!);
        }

        if (HasParameter("nextPageToken") && HasProperty("nextPageToken") && ArrayProperty("issues", "values") is { } tokenItems)
        {
            return new PagingModel(PagingStyle.JiraToken, tokenItems.Name, tokenItems.Type.Element!);
        }

        if (HasParameter("startAt") && HasParameter("maxResults") && (HasProperty("isLast") || HasProperty("total")) && ArrayProperty("values", "issues") is { } jiraItems)
        {
            return new PagingModel(PagingStyle.JiraOffset, jiraItems.Name, jiraItems.Type.Element!);
        }

        return null;
    }

    private static List<PropertyModel> AllProperties(string typeName, Func<string, TypeModel?> findType)
    {
        var result = new List<PropertyModel>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = findType(typeName); current is not null && seen.Add(current.Name); current = current.BaseType is null ? null : findType(current.BaseType))
        {
            result.AddRange(current.Properties);
        }

        return result;
    }

    /// <summary>
    /// The name of the method that yields every item, by one rule for every paging style and every name: the
    /// operation's method name with <c>All</c> before <c>Async</c> (<c>GetPagesAsync</c> → <c>GetPagesAllAsync</c>,
    /// <c>SearchAndReconsileIssuesUsingJqlAsync</c> → <c>SearchAndReconsileIssuesUsingJqlAllAsync</c>), so the two
    /// sit side by side in completion lists and one is found from the other without guessing.
    /// </summary>
    public static string AllItemsMethodName(string methodName)
    {
        var baseName = methodName.EndsWith("Async", StringComparison.Ordinal) ? methodName.Substring(0, methodName.Length - 5) : methodName;
        return baseName + "AllAsync";
    }

    /// <summary>
    /// The query parameter the runtime sets itself while it pages (<c>cursor</c>, <c>start</c>, <c>startAt</c>,
    /// <c>nextPageToken</c>): the method that yields every item does not offer it, since a value there would be
    /// overwritten from the second page on. Page-size parameters (<c>limit</c>, <c>maxResults</c>) stay.
    /// </summary>
    public static string DrivenParameter(PagingStyle style) => style switch
    {
        PagingStyle.ConfluenceCursor => "cursor",
        PagingStyle.ConfluenceOffset => "start",
        PagingStyle.JiraToken => "nextPageToken",
        _ => "startAt",
    };
}
