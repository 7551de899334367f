using System;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace Scopewise.Generator.Spec.Budgets;

/// <summary>
/// Measures how deeply a JSON spec nests, in one linear pass over its text with no recursion and no allocation, so
/// a hostile spec is refused before Newtonsoft.Json and NJsonSchema (which recurse once per level) can overflow the
/// compiler's stack.
/// </summary>
/// <remarks>
/// The text is read the way Newtonsoft.Json's lenient reader reads it (NSwag parses specs with it): besides
/// double-quoted strings it accepts single-quoted ones and <c>//</c> and <c>/* */</c> comments. A quote inside a
/// comment or a single-quoted string must not be taken for the start of a string, or every bracket after it would
/// go uncounted. Newtonsoft also reads constructors (<c>new Date(1)</c>), which nest, so parentheses count as
/// brackets; valid JSON has none outside strings. This is not a validator: text the real parser would reject is
/// scanned on as well as it can be (over-counting at worst) and left to that parser to report.
/// </remarks>
internal static class JsonShapeScanner
{
    /// <summary>How many characters pass between cancellation checks.</summary>
    private const int CancellationStride = 64 * 1024;

    private static readonly char[] LineEnds = { '\r', '\n' };

    /// <summary>
    /// The first budget the text goes over (size first, then nesting depth), or null. Never throws, except
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static BudgetExceeded? Scan(string text, SpecBudgets budgets, CancellationToken cancellationToken)
    {
        var tooLarge = SizeBudget.Check(text, budgets);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        var limit = budgets.MaxNestingDepth;
        var depth = 0;
        var nextCancellationCheck = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (i >= nextCancellationCheck)
            {
                cancellationToken.ThrowIfCancellationRequested();
                nextCancellationCheck = i + CancellationStride;
            }

            switch (text[i])
            {
                case '"':
                case '\'':
                    i = AfterString(text, i);
                    continue;
                case '/':
                    i = AfterComment(text, i);
                    continue;
                case '{':
                case '[':
                case '(':
                    if (++depth > limit)
                    {
                        // Only here, once: the hot loop does not track lines. SourceText counts line breaks as the editor does.
                        var position = SourceText.From(text).Lines.GetLinePosition(i);
                        return new BudgetExceeded(SpecBudgets.NestingDepth, limit, position.Line, position.Character, FormattableString.Invariant($"objects and arrays nest {depth} deep here"));
                    }

                    break;
                case '}':
                case ']':
                case ')':
                    if (depth > 0)
                    {
                        depth--;
                    }

                    break;
            }

            i++;
        }

        return null;
    }

    /// <summary>The index just after the string that opens at <paramref name="start"/>, or the end of an unterminated one.</summary>
    private static int AfterString(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote)
            {
                return i + 1;
            }

            if (c == '\\')
            {
                // Whatever follows a backslash is escaped, a quote included; \uXXXX holds no quote or backslash.
                i++;
            }
        }

        return text.Length;
    }

    /// <summary>
    /// The index just after the comment that opens at <paramref name="start"/> (a slash), or just after the slash
    /// if none does. A line comment ends at CR or LF, as Newtonsoft.Json ends it.
    /// </summary>
    private static int AfterComment(string text, int start)
    {
        if (start + 1 >= text.Length)
        {
            return text.Length;
        }

        switch (text[start + 1])
        {
            case '*':
                var close = text.IndexOf("*/", start + 2, StringComparison.Ordinal);
                return close < 0 ? text.Length : close + 2;
            case '/':
                var end = text.IndexOfAny(LineEnds, start + 2);
                return end < 0 ? text.Length : end;
            default:
                return start + 1;
        }
    }
}
