using System.Globalization;
using System.Text.Json;
using Scopewise.Shared.Permissions;

namespace Scopewise.Sandbox.Specs;

/// <summary>
/// What an operation's spec says beyond scopes, as the sandbox enforces it: the permission level of its "Permissions
/// required" text (read by the parser the generator uses) and its announced removal (<c>x-changes</c>, type <c>removed</c>).
/// </summary>
internal sealed record OperationPermissions(SpecPermissionLevel Level, IReadOnlyList<string> Named, DateOnly? RemovedOn, string? ChangeId, string? Details)
{
    public static readonly OperationPermissions None = new(SpecPermissionLevel.Unknown, [], null, null, null);

    /// <summary>Reads one operation object of a spec.</summary>
    public static OperationPermissions Read(JsonElement operation)
    {
        var description = operation.TryGetProperty("description", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
        var permissions = PermissionTextParser.Parse(description);
        var (removedOn, changeId, details) = Removal(operation);
        return permissions is null && removedOn is null
            ? None
            : new OperationPermissions(permissions?.Level ?? SpecPermissionLevel.Unknown, permissions?.Named ?? [], removedOn, changeId, details);
    }

    private static (DateOnly? On, string? ChangeId, string? Details) Removal(JsonElement operation)
    {
        if (!operation.TryGetProperty("x-changes", out var changes) || changes.ValueKind != JsonValueKind.Array)
        {
            return (null, null, null);
        }

        foreach (var change in changes.EnumerateArray())
        {
            if (change.ValueKind == JsonValueKind.Object
                && change.TryGetProperty("type", out var type) && type.GetString() == "removed"
                && change.TryGetProperty("effective", out var effective)
                && DateOnly.TryParseExact(effective.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
            {
                var details = change.TryGetProperty("details", out var link) ? link.GetString() : null;
                var id = details is null ? null : details[(details.LastIndexOf('#') + 1)..] is { } anchor && anchor.StartsWith("CHANGE-", StringComparison.Ordinal) ? anchor : null;
                return (on, id, details);
            }
        }

        return (null, null, null);
    }
}
