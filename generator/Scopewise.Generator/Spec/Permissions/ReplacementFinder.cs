using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NSwag;

namespace Scopewise.Generator.Spec.Permissions;

/// <summary>
/// Finds the operation that replaces a deprecated or removed one: the description's "use [Title](#api-...)" link,
/// resolved against the spec's own operations, else a replacement Atlassian's changelog names.
/// </summary>
internal sealed class ReplacementFinder
{
    // "Deprecated, use [ Get custom field contexts](#api-rest-api-3-field-fieldId-context-get)". "use" must be
    // followed by the link itself: "Use the information to populate [Create issue](#...)" names no replacement.
    private static readonly Regex UseLink = new(@"\buse\s+\[[^\]\r\n]{0,200}\]\(#api-([A-Za-z0-9-]{1,300})\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Replacements named by Atlassian's changelog rather than the spec: CHANGE-2046 moved Jira's JQL search to
    /// <c>/rest/api/3/search/jql</c> (facts: Jira search removal). Used only when the spec holds both operations.
    /// </summary>
    private static readonly Dictionary<string, string> Changelog = new(StringComparer.Ordinal)
    {
        ["CHANGE-2046 searchForIssuesUsingJql"] = "searchAndReconsileIssuesUsingJql",
        ["CHANGE-2046 searchForIssuesUsingJqlPost"] = "searchAndReconsileIssuesUsingJqlPost",
    };

    private readonly Dictionary<string, string> _byAnchor = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _operationIds = new(StringComparer.Ordinal);

    public ReplacementFinder(OpenApiDocument document, IEnumerable<string> httpMethods)
    {
        var methods = new HashSet<string>(httpMethods, StringComparer.OrdinalIgnoreCase);
        foreach (var path in document.Paths)
        {
            foreach (var operation in path.Value.Where(o => methods.Contains(o.Key)))
            {
                if (string.IsNullOrWhiteSpace(operation.Value.OperationId))
                {
                    continue;
                }

                _operationIds.Add(operation.Value.OperationId);

                // Atlassian's anchors are the path's segments, braces dropped, joined by '-', then the method; the
                // docs leave out a leading product prefix (Confluence v1 writes #api-content-id-get), so every tail counts.
                var segments = path.Key.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Replace("{", string.Empty).Replace("}", string.Empty)).ToArray();
                for (var start = 0; start < segments.Length; start++)
                {
                    var anchor = string.Join("-", segments.Skip(start)) + "-" + operation.Key.ToLowerInvariant();
                    if (!_byAnchor.ContainsKey(anchor))
                    {
                        _byAnchor.Add(anchor, operation.Value.OperationId);
                    }
                }
            }
        }
    }

    /// <summary>The replacement's operationId, or null when neither the description nor the changelog names one in this spec.</summary>
    public string? Find(string? description, string? changeId, string? operationId)
    {
        if (description is not null && UseLink.Match(description) is { Success: true } link && _byAnchor.TryGetValue(link.Groups[1].Value, out var linked) && linked != operationId)
        {
            return linked;
        }

        return changeId is not null && operationId is not null && Changelog.TryGetValue(changeId + " " + operationId, out var named) && _operationIds.Contains(named)
            ? named
            : null;
    }
}
