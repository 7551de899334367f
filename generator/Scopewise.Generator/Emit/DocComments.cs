using System.Text;

namespace Scopewise.Generator.Emit;

/// <summary>
/// The one way spec text reaches a <c>///</c> doc comment: XML-escaped, every C# line terminator treated as a line
/// break (so no spec text can end the comment and become code), and characters XML cannot hold dropped.
/// </summary>
internal static class DocComments
{
    public static void Summary(SourceWriter writer, string? text, string fallback)
        => Element(writer, "summary", string.IsNullOrWhiteSpace(text) ? fallback : text!);

    public static void Remarks(SourceWriter writer, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Element(writer, "remarks", text!);
        }
    }

    public static void Param(SourceWriter writer, string name, string? text)
        => writer.Line($"/// <param name=\"{name.TrimStart('@')}\">{Escape(text ?? string.Empty)}</param>");

    /// <summary>
    /// One <c>///</c> line per line of <paramref name="text"/>, escaped as <see cref="Escape"/> does, trailing
    /// whitespace dropped. Written straight into the writer: spec descriptions are a large share of the emitted
    /// text, and escaping, splitting and re-joining them made several copies of each.
    /// </summary>
    public static void Element(SourceWriter writer, string element, string text)
    {
        writer.Line($"/// <{element}>");
        text = text.Trim();
        for (var start = 0; start <= text.Length;)
        {
            var end = start;
            while (end < text.Length && !TextSafety.IsLineBreak(text[end]))
            {
                end++;
            }

            // The line's visible end: after its last character that is neither dropped nor trailing space.
            var stop = end;
            while (stop > start && (TextSafety.IsDropped(text, stop - 1) || char.IsWhiteSpace(text[stop - 1])))
            {
                stop--;
            }

            writer.BeginLine();
            writer.Append("///");
            if (HasVisibleText(text, start, end))
            {
                writer.Append(' ');
                for (var i = start; i < stop; i++)
                {
                    AppendEscaped(writer, text, i);
                }
            }

            writer.EndLine();

            // "\r\n" is one break; any other line terminator is one on its own.
            start = end + (end + 1 < text.Length && text[end] == '\r' && text[end + 1] == '\n' ? 2 : 1);
        }

        writer.Line($"/// </{element}>");
    }

    // A line of only dropped characters becomes "///"; one with anything else (even only spaces) "/// ...".
    private static bool HasVisibleText(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!TextSafety.IsDropped(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendEscaped(SourceWriter writer, string text, int index)
    {
        var c = text[index];
        if (Entity(c) is { } entity)
        {
            writer.Append(entity);
        }
        else if (!TextSafety.IsDropped(text, index))
        {
            writer.Append(c);
        }
    }

    /// <summary>Spec text for one line of a doc comment: escaped, each line break a space, unsafe characters dropped.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (TextSafety.IsLineBreak(c))
            {
                if (!(c == '\n' && i > 0 && text[i - 1] == '\r'))
                {
                    builder.Append(' ');
                }
            }
            else if (Entity(c) is { } entity)
            {
                builder.Append(entity);
            }
            else if (!TextSafety.IsDropped(text, i))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>The XML entity that stands for <paramref name="c"/> in a doc comment, or null when it stands for itself.</summary>
    private static string? Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        _ => null,
    };
}
