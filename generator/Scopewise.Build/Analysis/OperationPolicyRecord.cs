using System.Collections.Generic;

namespace Scopewise.Build.Analysis;

/// <summary>
/// What a generated method's attributes say beyond scopes (issue 18): <c>[RequiresPermission]</c>,
/// <c>[ApiRemoval]</c>, <c>[ApiExperimental]</c> and <c>[Obsolete]</c>.
/// </summary>
internal sealed class OperationPolicyRecord
{
    /// <summary>The <c>Scopewise.PermissionLevel</c> value; null without <c>[RequiresPermission]</c>.</summary>
    public int? PermissionLevel { get; set; }

    public IReadOnlyList<string> Permissions { get; set; } = new string[0];

    public bool AnyOf { get; set; }

    /// <summary>The spec's text, kept on the attribute when it could not be read as a level.</summary>
    public string? PermissionText { get; set; }

    /// <summary>The removal date (<c>yyyy-MM-dd</c>) from <c>[ApiRemoval]</c>.</summary>
    public string? RemovalEffective { get; set; }

    public string? ChangeId { get; set; }

    public string? Details { get; set; }

    public string? Replacement { get; set; }

    public bool Experimental { get; set; }

    public bool Deprecated { get; set; }

    public bool IsEmpty => PermissionLevel is null && RemovalEffective is null && !Experimental && !Deprecated;
}
