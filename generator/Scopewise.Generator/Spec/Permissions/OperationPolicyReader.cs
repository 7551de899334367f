using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NSwag;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;
using Scopewise.Shared.Permissions;

namespace Scopewise.Generator.Spec.Permissions;

/// <summary>
/// Reads an operation's policy: the permission text (through the shared <see cref="PermissionTextParser"/>),
/// <c>x-changes</c> removals, <c>x-experimental</c>, and the replacement its description or the changelog names.
/// </summary>
internal static class OperationPolicyReader
{
    private static readonly Regex ChangeId = new(@"CHANGE-\d{1,6}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static OperationPolicy Read(OpenApiOperation operation, string? operationId, IReadOnlyList<Dictionary<string, string>>? changes, ReplacementFinder replacements)
    {
        var parsed = PermissionTextParser.Parse(operation.Description);
        var permissions = parsed is null
            ? null
            : new PermissionModel(parsed.Level, parsed.Named.ToEquatableArray(), parsed.AnyOf, parsed.AnonymousAccess, parsed.Parsed ? null : parsed.Text);
        var removal = changes is null ? null : Removal(changes);
        var experimental = operation.ExtensionData is not null && operation.ExtensionData.TryGetValue("x-experimental", out var flag) && IsTrue(flag);
        var replacement = operation.IsDeprecated || removal is not null ? replacements.Find(operation.Description, removal?.ChangeId, operationId) : null;
        return permissions is null && removal is null && !experimental && replacement is null
            ? OperationPolicy.None
            : new OperationPolicy(permissions, removal, experimental, replacement);
    }

    private static RemovalModel? Removal(IReadOnlyList<Dictionary<string, string>> changes)
    {
        foreach (var change in changes)
        {
            if (change.TryGetValue("type", out var kind) && kind.Equals("removed", StringComparison.OrdinalIgnoreCase)
                && change.TryGetValue("effective", out var effective) && Date(effective) is { } effectiveDate)
            {
                change.TryGetValue("announced", out var announced);
                change.TryGetValue("details", out var link);
                var id = link is null ? null : ChangeId.Match(link) is { Success: true } match ? match.Value : null;
                return new RemovalModel(effectiveDate, Date(announced), id, string.IsNullOrWhiteSpace(link) ? null : link!.Trim());
            }
        }

        return null;
    }

    /// <summary>A date as <c>yyyy-MM-dd</c>, or null when the text is not one.</summary>
    private static string? Date(string? value) => value switch
    {
        string text when DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => null,
    };

    private static bool IsTrue(object? value) => value is true || value is string text && text.Equals("true", StringComparison.OrdinalIgnoreCase);
}
