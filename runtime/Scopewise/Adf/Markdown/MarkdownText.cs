using System.Text;

namespace Scopewise.Adf.Markdown;

/// <summary>Escaping for text written into Markdown, so that ADF text never turns into Markdown syntax.</summary>
internal static class MarkdownText
{
    /// <summary>Appends text with every character CommonMark could read as syntax escaped.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="text">The text.</param>
    /// <param name="atLineStart">Whether the text starts a line (where <c>#</c>, <c>-</c>, <c>1.</c> start blocks).</param>
    public static void AppendEscaped(StringBuilder output, string text, bool atLineStart)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lineStart = atLineStart && i == 0;
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '~' or '|':
                    output.Append('\\').Append(c);
                    break;
                case '#' or '-' or '+' or '=' when lineStart:
                    output.Append('\\').Append(c);
                    break;
                case ':' when EndsWithScheme(text, i):
                case '.' when i >= 3 && text.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase):
                    // GFM autolinks would turn "https://x" and "www.x" in plain text into links.
                    output.Append('\\').Append(c);
                    break;
                case '&' when i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '#'):
                    output.Append("\\&");
                    break;
                case ' ' when lineStart:
                    // Leading blanks would be dropped or start an indented code block.
                    output.Append("&#32;");
                    break;
                case '\t' when lineStart:
                    output.Append("&#9;");
                    break;
                case >= '0' and <= '9' when lineStart:
                    var end = i;
                    while (end < text.Length && char.IsAsciiDigit(text[end]))
                    {
                        end++;
                    }

                    output.Append(text, i, end - i);
                    if (end < text.Length && text[end] is '.' or ')')
                    {
                        output.Append('\\').Append(text[end]);
                        end++;
                    }

                    i = end - 1;
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
    }

    private static bool EndsWithScheme(string text, int colon)
    {
        foreach (var scheme in (ReadOnlySpan<string>)["http", "https", "ftp", "mailto", "tel"])
        {
            if (colon >= scheme.Length && text.AsSpan(colon - scheme.Length, scheme.Length).Equals(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A link destination, in angle brackets (with <c>\</c>, <c>&lt;</c> and <c>&gt;</c> escaped) when it
    /// holds anything a bare destination cannot; line breaks, which no destination can hold, are percent-encoded.</summary>
    /// <param name="href">The URL.</param>
    public static string Destination(string href)
    {
        var safe = href.Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        if (safe.Length > 0 && safe.AsSpan().IndexOfAny(" ()\\<>\t") < 0)
        {
            return safe;
        }

        return "<" + safe.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("<", "\\<", StringComparison.Ordinal).Replace(">", "\\>", StringComparison.Ordinal) + ">";
    }

    /// <summary>A link title in double quotes.</summary>
    /// <param name="title">The title.</param>
    public static string Title(string title) =>
        "\"" + title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>An inline code span: backticks one more than the longest run inside, padded when needed.</summary>
    /// <param name="code">The code.</param>
    public static string CodeSpan(string code)
    {
        var fence = new string('`', LongestRun(code, '`') + 1);
        var pad = code.StartsWith('`') || code.EndsWith('`') || (code.StartsWith(' ') && code.EndsWith(' ') && code.Trim().Length > 0);
        return pad ? fence + " " + code + " " + fence : fence + code + fence;
    }

    /// <summary>The longest run of a character.</summary>
    /// <param name="text">The text.</param>
    /// <param name="c">The character.</param>
    public static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
