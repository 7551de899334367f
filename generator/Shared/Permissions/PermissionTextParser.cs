using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Scopewise.Shared.Permissions;

/// <summary>
/// Reads the "Permissions required" paragraph of an Atlassian operation description into a level and the named
/// permissions. Text it cannot place stays text (<see cref="SpecPermissionLevel.Unknown"/>): a wrong level would
/// warn about calls that work, or stay quiet about calls that fail, so nothing is guessed. Compiled into the
/// generator and the sandbox as linked source: both read the same words the same way.
/// </summary>
internal static class PermissionTextParser
{
    // Spec text is untrusted: every pattern is linear (no nested quantifiers) and has a timeout besides.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const int MaxSectionChars = 2000;

    private static readonly Regex Heading = new(@"\*\*\s*\[?Permissions\]?(\([^)\s]{0,300}\))?\s+required\s*:?\s*\*\*\s*:?", Options, Timeout);
    private static readonly Regex NextHeading = new(@"\*\*[A-Z][^*\r\n]{0,80}(:\*\*|\*\*:)", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Link = new(@"\[([^\]\r\n]{0,300})\]\([^)\s]{0,500}\)", Options, Timeout);
    private static readonly Regex StarredName = new(@"\*([^*\r\n]{1,60})\*", Options, Timeout);
    private static readonly Regex QuotedName = new(@"['‘’]([A-Za-z][^'‘’\r\n]{0,40})['‘’]\s+(global\s+|space\s+)?permission", Options, Timeout);
    private static readonly Regex AppsOnly = new(@"^\W{0,5}only\b[^.]{0,120}\bapps?\b[^.]{0,60}\bcan\b|\bonly accessible to apps\b|^an api for apps\b", Options, Timeout);
    private static readonly Regex AnyOfWords = new(@"\beither\b|\bor\b|\botherwise\b|\bonly returned\b|\breturned only\b|\bif the user has\b|\bare returned\b|\bis returned\b", Options, Timeout);
    private static readonly Regex Bullet = new(@"^[ \t]*\*[ \t]+", Options | RegexOptions.Multiline, Timeout);
    private static readonly Regex Whitespace = new(@"\s+", Options, Timeout);

    private static readonly string[] SiteAdmin = { "site admin", "site-admin", "organization admin", "organisation admin", "org admin" };
    private static readonly string[] ProductAdmin = { "administer jira", "jira admin", "confluence administrator", "administer confluence" };
    private static readonly string[] SpaceOrProject =
    {
        "project permission", "space permission", "for the space", "permission for the", "permission to view", "permission to edit",
        "permission to update", "permission to delete", "permission to create", "permission to add", "permission to comment",
        "permission to move", "permission to copy", "permission to archive", "permission to restore", "'view' permission",
        "space administrator", "in the space", "permission for each", "administer projects", "browse projects", "issue-level security", "project role",
    };

    private static readonly string[] ProductAccess =
    {
        "permission to access jira", "permission to access the confluence site", "can use", "browse users and groups",
        "user authentication", "must be authenticated", "global permission", "permission to access",
    };

    /// <summary>The permissions an operation description states, or null when it says nothing about them.</summary>
    public static SpecPermissions? Parse(string? description)
    {
        if (description is null || description.Length == 0)
        {
            return null;
        }

        var anonymous = description.IndexOf("can be accessed anonymously", StringComparison.OrdinalIgnoreCase) >= 0;
        var section = Section(description);
        if (section is null)
        {
            return anonymous ? new SpecPermissions(SpecPermissionLevel.Anonymous, Array.Empty<string>(), false, true, null) : null;
        }

        // Markdown list bullets ("*  *Browse projects* ...") would pair with the emphasis stars around names.
        var linkless = Bullet.Replace(Link.Replace(section, "$1"), "- ");
        var text = Whitespace.Replace(linkless.Replace("*", string.Empty), " ").Trim();
        var named = Named(linkless);
        var lower = Whitespace.Replace(linkless.Replace("*", string.Empty).Replace('‘', '\'').Replace('’', '\''), " ").Trim().ToLowerInvariant();
        if (AppsOnly.IsMatch(lower))
        {
            return new SpecPermissions(SpecPermissionLevel.AppOwned, named, false, anonymous, text);
        }

        var levels = new List<SpecPermissionLevel>();
        AddIf(levels, lower, SiteAdmin, SpecPermissionLevel.SiteAdmin);
        AddIf(levels, lower, ProductAdmin, SpecPermissionLevel.ProductAdmin);
        AddIf(levels, lower, SpaceOrProject, SpecPermissionLevel.SpaceOrProject);
        AddIf(levels, lower, ProductAccess, SpecPermissionLevel.ProductAccess);
        if (IsNone(lower))
        {
            levels.Add(SpecPermissionLevel.ProductAccess);
        }

        if (levels.Count == 0)
        {
            return new SpecPermissions(anonymous ? SpecPermissionLevel.Anonymous : SpecPermissionLevel.Unknown, named, false, anonymous, text);
        }

        // "Either of", "or", "otherwise" and "only ... are returned" name several ways to call it: the lowest is
        // enough to make the call (the answer may hold less). Otherwise every stated permission is needed.
        var anyOf = levels.Count > 1 && AnyOfWords.IsMatch(lower) || named.Count > 1 && AnyOfWords.IsMatch(lower);
        var level = anyOf ? levels.Min() : levels.Max();
        if (anonymous && level is SpecPermissionLevel.ProductAccess or SpecPermissionLevel.SpaceOrProject)
        {
            // Anonymous users can call it where the site grants them the stated permission.
            level = SpecPermissionLevel.Anonymous;
        }

        return new SpecPermissions(level, named, anyOf, anonymous, text);
    }

    /// <summary>The text after the "Permissions required" heading, up to the next bold heading.</summary>
    private static string? Section(string description)
    {
        var heading = Heading.Match(description);
        if (!heading.Success)
        {
            return null;
        }

        var start = heading.Index + heading.Length;
        var rest = description.Substring(start, Math.Min(MaxSectionChars, description.Length - start));
        var next = NextHeading.Match(rest);
        var section = (next.Success ? rest.Substring(0, next.Index) : rest).Trim();
        return section.Length == 0 ? null : section;
    }

    private static List<string> Named(string linkless)
    {
        var names = new List<string>();
        foreach (Match match in StarredName.Matches(linkless))
        {
            // Jira: "*Browse projects* [project permission]"; a starred word not followed by "permission" is emphasis.
            var after = linkless.Substring(match.Index + match.Length, Math.Min(60, linkless.Length - match.Index - match.Length));
            var permissionAt = after.IndexOf("permission", StringComparison.OrdinalIgnoreCase);
            if (permissionAt >= 0 && after.IndexOf('.', 0, permissionAt) < 0)
            {
                AddName(names, match.Groups[1].Value);
            }
        }

        foreach (Match match in QuotedName.Matches(linkless.Replace("*", string.Empty)))
        {
            AddName(names, match.Groups[1].Value);
        }

        return names;
    }

    private static void AddName(List<string> names, string name)
    {
        name = name.Trim();
        if (name.Length > 0 && !names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
        {
            names.Add(name);
        }
    }

    private static void AddIf(List<SpecPermissionLevel> levels, string lower, string[] phrases, SpecPermissionLevel level)
    {
        foreach (var phrase in phrases)
        {
            if (lower.IndexOf(phrase, StringComparison.Ordinal) >= 0)
            {
                levels.Add(level);
                return;
            }
        }
    }

    private static bool IsNone(string lower)
    {
        var at = lower.IndexOf("none", StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetter(lower[at - 1])) && (at + 4 == lower.Length || !char.IsLetter(lower[at + 4]));
    }
}
