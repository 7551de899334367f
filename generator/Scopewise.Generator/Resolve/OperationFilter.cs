using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Scopewise.Analyzers;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;
using Scopewise.Generator.Spec;

namespace Scopewise.Generator.Resolve;

/// <summary>
/// The <c>IncludeTags</c>, <c>IncludePaths</c> and <c>IncludeOperations</c> filters of a <c>ScopewiseApi</c> item:
/// which operations they keep, and SW1006 for every entry that keeps nothing, so a misspelt filter is a warning
/// naming the valid values instead of a silently empty client and a wall of CS1061 at the call sites.
/// </summary>
/// <remarks>
/// A tag entry matches a tag written as in the spec (any case, <c>Issue search</c>), its PascalCase form
/// (<c>IssueSearch</c>), or the sub-client property it becomes (<c>IssueSearches</c>, <c>Pages</c>): the names a
/// user sees in code are accepted as well as the spec's.
/// </remarks>
internal static class OperationFilter
{
    private const int MaxSuggestions = 8;
    private const int MaxSuggestionChars = 220;

    public static bool IsFiltered(SpecOptions options) =>
        options.IncludeTags.Count > 0 || options.IncludePaths.Count > 0 || options.IncludeOperations.Count > 0;

    public static bool Includes(OperationModel operation, SpecOptions options)
    {
        if (options.IncludeTags.Count > 0 && !operation.Tags.Any(tag => options.IncludeTags.Any(entry => TagMatches(entry, tag))))
        {
            return false;
        }

        if (options.IncludePaths.Count > 0 && !options.IncludePaths.Any(entry => PathMatches(entry, operation.Path)))
        {
            return false;
        }

        return options.IncludeOperations.Count == 0 || options.IncludeOperations.Contains(operation.OperationId);
    }

    /// <summary>SW1006 for each entry that matches no operation of the spec on its own.</summary>
    public static IEnumerable<DiagnosticInfo> Unmatched(IReadOnlyList<OperationModel> operations, SpecOptions options, string filePath)
    {
        var file = Path.GetFileName(filePath);
        foreach (var entry in options.IncludeTags.Where(e => !operations.Any(o => o.Tags.Any(tag => TagMatches(e, tag)))))
        {
            var tags = operations.SelectMany(o => o.Tags).Distinct(StringComparer.Ordinal)
                .Select(tag => (Shown: "'" + tag + "' (" + SubClientName(tag) + ")", Distance: Math.Min(Distance(entry, tag), Distance(entry, SubClientName(tag)))));
            yield return Report("IncludeTags", entry, file, filePath, tags);
        }

        foreach (var entry in options.IncludePaths.Where(e => !operations.Any(o => PathMatches(e, o.Path))))
        {
            var paths = operations.Select(o => o.Path).Distinct(StringComparer.Ordinal)
                .Select(path => (Shown: path, Distance: Distance(entry, path.Substring(0, Math.Min(path.Length, entry.Length + 4)))));
            yield return Report("IncludePaths", entry, file, filePath, paths);
        }

        foreach (var entry in options.IncludeOperations.Where(e => !operations.Any(o => string.Equals(o.OperationId, e, StringComparison.Ordinal))))
        {
            var ids = operations.Select(o => o.OperationId).Distinct(StringComparer.Ordinal)
                .Select(id => (Shown: id, Distance: Distance(entry, id)));
            yield return Report("IncludeOperations", entry, file, filePath, ids);
        }
    }

    /// <summary>The root client's property for a tag's operations: <c>Page</c> becomes <c>Pages</c>.</summary>
    public static string SubClientName(string tag) => Naming.Plural(Naming.Pascal(tag, "Default"));

    private static bool TagMatches(string entry, string tag) =>
        string.Equals(entry, tag, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Naming.Pascal(entry), Naming.Pascal(tag), StringComparison.Ordinal)
        || string.Equals(Naming.Pascal(entry), SubClientName(tag), StringComparison.Ordinal);

    private static bool PathMatches(string entry, string path) => path.StartsWith(entry.TrimEnd('*'), StringComparison.Ordinal);

    /// <summary>Edit distance, ignoring case; a candidate that contains the entry (a truncated id) counts as nearest.</summary>
    private static int Distance(string entry, string candidate)
    {
        var a = entry.ToLowerInvariant();
        var b = candidate.ToLowerInvariant();
        return b.Contains(a) ? 0 : EditDistance.Between(a, b);
    }

    private static DiagnosticInfo Report(string metadata, string entry, string file, string filePath, IEnumerable<(string Shown, int Distance)> candidates)
    {
        var ordered = candidates.OrderBy(c => c.Distance).ThenBy(c => c.Shown, StringComparer.Ordinal).ToList();
        var shown = new List<string>();
        var length = 0;
        foreach (var candidate in ordered.Take(MaxSuggestions))
        {
            if (length + candidate.Shown.Length > MaxSuggestionChars)
            {
                break;
            }

            shown.Add(candidate.Shown);
            length += candidate.Shown.Length + 2;
        }

        var list = string.Join(", ", shown) + (ordered.Count > shown.Count ? ", … (" + ordered.Count + " in all)" : string.Empty);
        return DiagnosticInfo.Create(Descriptors.FilterMatchesNothing, filePath, 0, 0, metadata, entry, file, list);
    }
}
