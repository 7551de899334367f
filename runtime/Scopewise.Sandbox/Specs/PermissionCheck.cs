using System.Globalization;
using System.Text.Json.Nodes;
using Scopewise.Shared.Permissions;

namespace Scopewise.Sandbox.Specs;

/// <summary>
/// The checks after authentication and scopes: a removed operation answers 410, an operation that needs an
/// administrator answers 403 to a user who is not one. Both in the product's error shape.
/// </summary>
internal static class PermissionCheck
{
    /// <summary>The refusal for this call, or null when it may go on to its handler.</summary>
    public static (int Status, JsonObject Body)? Refuse(SpecOperation operation, Principal principal, SandboxOptions options)
    {
        var permissions = operation.Permissions;
        if (options.EnforceAnnouncedRemovals && permissions.RemovedOn is { } removedOn && DateOnly.FromDateTime(options.TimeProvider.GetUtcNow().UtcDateTime) >= removedOn)
        {
            var when = removedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var message = $"The requested API has been removed ({permissions.ChangeId ?? "announced change"}, effective {when})." + (permissions.Details is null ? string.Empty : " See " + permissions.Details);
            return (410, operation.Family == ApiFamily.JiraV3 ? ErrorBodies.Jira(message) : ErrorBodies.Gone());
        }

        if (principal.User is not { } user || Allows(user.Role, permissions.Level))
        {
            return null;
        }

        var needs = permissions.Level == SpecPermissionLevel.SiteAdmin ? "a site administrator" : "a product administrator";
        var named = permissions.Named.Count == 0 ? string.Empty : $" ({string.Join(", ", permissions.Named)})";
        var text = operation.Family == ApiFamily.JiraV3
            ? $"You do not have permission to perform this operation: it needs {needs}{named}, and '{user.DisplayName}' is not one."
            : $"Not permitted: {operation.OperationId} needs {needs}{named}, and '{user.DisplayName}' is not one.";
        return (403, ErrorBodies.For(operation.Family, 403, text));
    }

    // Only administration is enforced: the sandbox has no per-space or per-project permissions to check, and
    // app-owned operations depend on how an app is installed, which it does not model.
    private static bool Allows(SandboxRole role, SpecPermissionLevel level) => level switch
    {
        SpecPermissionLevel.ProductAdmin => role is SandboxRole.ProductAdmin or SandboxRole.SiteAdmin,
        SpecPermissionLevel.SiteAdmin => role == SandboxRole.SiteAdmin,
        _ => true,
    };
}
