namespace Scopewise.Adf;

/// <summary>One way a document breaks the ADF schema's rules.</summary>
/// <param name="Path">Where: <c>content[2].content[0]</c>, <c>content[1].attrs.level</c>; empty for the document.</param>
/// <param name="Message">The rule that is broken, in words: <c>a bulletList may contain only listItem nodes, not paragraph</c>.</param>
public sealed record AdfProblem(string Path, string Message)
{
    /// <summary><c>path: message</c>.</summary>
    public override string ToString() => Path.Length == 0 ? Message : Path + ": " + Message;
}
