namespace Scopewise.Adf;

/// <summary>The text or JSON handed to <see cref="AdfDocument.Parse(string)"/> is not an ADF document. The message
/// names the path (<c>content[2].marks[0]</c>) and what was expected there; it never quotes the document's text.</summary>
public sealed class AdfFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">Where in the document the problem is (empty for the root).</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="inner">The JSON reader's exception, if any.</param>
    public AdfFormatException(string path, string message, Exception? inner = null)
        : base((path.Length == 0 ? "" : path + ": ") + message, inner)
    {
        Path = path;
    }

    /// <summary>Where in the document the problem is (<c>content[2].marks[0]</c>; empty for the root).</summary>
    public string Path { get; }
}
