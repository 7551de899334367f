using System.Collections.Generic;
using System.Linq;
using Scopewise.Generator.Model;
using Scopewise.Generator.Resolve;
using Scopewise.Shared.Permissions;

namespace Scopewise.Generator.Emit;

/// <summary>
/// Prints an operation's policy (issue 18): <c>[RequiresPermission]</c>, <c>[ApiRemoval]</c>, <c>[ApiExperimental]</c>,
/// the removal and replacement on its <c>ApiOperationInfo</c>, and a sentence for its XML docs. Spec text reaches
/// code only as C# literals (<see cref="Literals"/>) and docs only through <see cref="DocComments"/>.
/// </summary>
internal static class PolicyEmitter
{
    public static void WriteAttributes(SourceWriter writer, OperationPlan plan)
    {
        var policy = plan.Operation.Policy;
        if (policy.Permissions is { } permissions)
        {
            var arguments = new List<string> { "global::Scopewise.PermissionLevel." + permissions.Level };
            arguments.AddRange(permissions.Named.Select(Literals.String));
            if (permissions.AnyOf)
            {
                arguments.Add("AnyOf = true");
            }

            if (permissions.AnonymousAccess)
            {
                arguments.Add("AnonymousAccess = true");
            }

            if (permissions.Text is { } text)
            {
                arguments.Add("Text = " + Literals.String(text));
            }

            writer.Line($"[global::Scopewise.RequiresPermission({string.Join(", ", arguments)})]");
        }

        if (policy.Removal is { } removal)
        {
            var arguments = new List<string> { Literals.String(removal.Effective) };
            if (removal.Announced is { } announced)
            {
                arguments.Add("Announced = " + Literals.String(announced));
            }

            if (removal.ChangeId is { } id)
            {
                arguments.Add("ChangeId = " + Literals.String(id));
            }

            if (removal.Details is { } details)
            {
                arguments.Add("Details = " + Literals.String(details));
            }

            if (plan.Replacement is { } replacement)
            {
                arguments.Add("Replacement = " + Literals.String(replacement));
            }

            writer.Line($"[global::Scopewise.ApiRemoval({string.Join(", ", arguments)})]");
        }

        if (policy.Experimental)
        {
            writer.Line("[global::Scopewise.ApiExperimental]");
        }
    }

    /// <summary>The message of <c>[Obsolete]</c> on a deprecated operation, naming its replacement when known.</summary>
    public static string ObsoleteMessage(OperationPlan plan)
        => plan.Replacement is { } replacement
            ? "Deprecated by Atlassian in the spec; use " + replacement + " instead."
            : "Deprecated by Atlassian in the spec.";

    /// <summary>Object-initializer members for the operation's <c>ApiOperationInfo</c> beyond <c>Deprecated</c>.</summary>
    public static string InfoInitializers(OperationPlan plan)
    {
        var members = new List<string>();
        if (plan.Replacement is { } replacement)
        {
            members.Add("ReplacedBy = " + Literals.String(replacement));
        }

        if (plan.Operation.Policy.Removal is { } removal)
        {
            var parts = removal.Effective.Split('-');
            var date = $"new global::System.DateOnly({int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture)}, {int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)}, {int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)})";
            members.Add($"Removal = new global::Scopewise.ApiChange({Nullable(removal.ChangeId)}, {date}, {Nullable(removal.Details)})");
        }

        return members.Count == 0 ? string.Empty : ", " + string.Join(", ", members);
    }

    /// <summary>Sentences for the method's remarks (plain text; the caller escapes it), or empty.</summary>
    public static string DocText(OperationPlan plan)
    {
        var policy = plan.Operation.Policy;
        var sentences = new List<string>();
        if (policy.Permissions is { } permissions)
        {
            sentences.Add(permissions.Level == SpecPermissionLevel.Unknown
                ? "Account permissions: not read from the spec's text (see above); Scopewise does not guess them."
                : "Account permissions: " + Describe(permissions.Level) + (permissions.Named.Count == 0 ? string.Empty : " (" + string.Join(permissions.AnyOf ? " or " : ", ", permissions.Named) + ")") + (permissions.AnonymousAccess ? "; can be accessed anonymously" : string.Empty) + ".");
        }

        if (policy.Removal is { } removal)
        {
            sentences.Add($"Atlassian removes this operation effective {removal.Effective}" + (removal.ChangeId is null ? string.Empty : " (" + removal.ChangeId + ")") + (removal.Details is null ? string.Empty : ", " + removal.Details) + ".");
        }

        if (plan.Replacement is { } replacement)
        {
            sentences.Add("Use " + replacement + " instead.");
        }

        if (policy.Experimental)
        {
            sentences.Add("Experimental: Atlassian may change or remove it without the usual deprecation period.");
        }

        return string.Join(" ", sentences);
    }

    private static string Describe(SpecPermissionLevel level) => level switch
    {
        SpecPermissionLevel.Anonymous => "none (anonymous access)",
        SpecPermissionLevel.ProductAccess => "product access",
        SpecPermissionLevel.SpaceOrProject => "a space or project permission",
        SpecPermissionLevel.ProductAdmin => "product administrator",
        SpecPermissionLevel.SiteAdmin => "site or organisation administrator",
        SpecPermissionLevel.AppOwned => "only an app can call it",
        _ => "unknown",
    };

    private static string Nullable(string? value) => value is null ? "null" : Literals.String(value);
}
