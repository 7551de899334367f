namespace Scopewise.Adf;

/// <summary>The kind of a <c>panel</c> node (its <c>panelType</c> attribute), which sets its colour and icon.</summary>
public enum PanelType
{
    /// <summary><c>info</c>: blue.</summary>
    Info,

    /// <summary><c>note</c>: purple.</summary>
    Note,

    /// <summary><c>tip</c>: green.</summary>
    Tip,

    /// <summary><c>warning</c>: yellow.</summary>
    Warning,

    /// <summary><c>error</c>: red.</summary>
    Error,

    /// <summary><c>success</c>: green with a tick.</summary>
    Success,

    /// <summary><c>custom</c>: the panel's <c>panelColor</c> and <c>panelIcon</c>.</summary>
    Custom,
}

/// <summary>The JSON names of <see cref="PanelType"/>.</summary>
internal static class PanelTypeNames
{
    public static string ToJsonName(this PanelType type) => type switch
    {
        PanelType.Info => "info",
        PanelType.Note => "note",
        PanelType.Tip => "tip",
        PanelType.Warning => "warning",
        PanelType.Error => "error",
        PanelType.Success => "success",
        PanelType.Custom => "custom",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Use one of the PanelType values (Info, Note, Tip, Warning, Error, Success, Custom)."),
    };
}
