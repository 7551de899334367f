namespace Scopewise.Generator.Emit;

/// <summary>Which characters of spec text may stand in generated C#, shared by every escaping context.</summary>
internal static class TextSafety
{
    /// <summary>
    /// C#'s line terminators (ECMA-334 §6.3.2): CR, LF, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR. Any of them
    /// ends a <c>//</c> comment, so raw spec text must never carry one into the output.
    /// </summary>
    public static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>The index of the first line terminator in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfLineBreak(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsLineBreak(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Characters a doc comment cannot hold as XML: control characters other than line breaks, a surrogate
    /// without its pair, and the non-characters U+FFFE and U+FFFF.
    /// </summary>
    public static bool IsDropped(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return (char.IsControl(c) && !IsLineBreak(c)) || c == '\uFFFE' || c == '\uFFFF';
    }
}
