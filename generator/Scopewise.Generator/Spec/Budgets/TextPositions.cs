namespace Scopewise.Generator.Spec.Budgets
{
    /// <summary>
    /// Turns an index into the text into a zero-based line and column, counting line breaks the way Roslyn's
    /// <c>SourceText</c> does (CR, LF, CR LF, U+0085, U+2028, U+2029), so a diagnostic points where the editor shows it.
    /// </summary>
    /// <remarks>
    /// Only called once, for the place a budget is exceeded: the scanners' hot loops do not track lines.
    /// </remarks>
    internal static class TextPositions
    {
        public static (int Line, int Column) LineAndColumn(string text, int index)
        {
            var line = 0;
            var lineStart = 0;
            for (var i = 0; i < index && i < text.Length; i++)
            {
                switch (text[i])
                {
                    case '\r':
                        if (i + 1 < text.Length && text[i + 1] == '\n')
                        {
                            i++;
                        }

                        line++;
                        lineStart = i + 1;
                        break;
                    case '\n':
                    case '\u0085':
                    case '\u2028':
                    case '\u2029':
                        line++;
                        lineStart = i + 1;
                        break;
                }
            }

            return (line, index - lineStart);
        }
    }
}
