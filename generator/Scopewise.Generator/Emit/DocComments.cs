using System;
using System.Text;

namespace Scopewise.Generator.Emit
{
    /// <summary>Writes XML doc comments from spec text: escaped, one <c>///</c> per line.</summary>
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
            => writer.Line($"/// <param name=\"{name.TrimStart('@')}\">{Escape(OneLine(text ?? string.Empty))}</param>");

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
                var end = text.IndexOf('\n', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                // The line's visible end: after its last character that is neither dropped (control) nor trailing space.
                var stop = end;
                while (stop > start && (IsDropped(text[stop - 1]) || char.IsWhiteSpace(text[stop - 1])))
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
                        AppendEscaped(writer, text[i]);
                    }
                }

                writer.EndLine();
                start = end + 1;
            }

            writer.Line($"/// </{element}>");
        }

        // A line of only dropped characters becomes "///"; one with anything else (even only spaces) "/// ...".
        private static bool HasVisibleText(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!IsDropped(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static void AppendEscaped(SourceWriter writer, char c)
        {
            if (Entity(c) is { } entity)
            {
                writer.Append(entity);
            }
            else if (!IsDropped(c))
            {
                writer.Append(c);
            }
        }

        public static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (Entity(c) is { } entity)
                {
                    builder.Append(entity);
                }
                else if (!IsDropped(c))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary>The XML entity that stands for <paramref name="c"/> in a doc comment, or null when it stands for itself.</summary>
        private static string? Entity(char c) => c switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            _ => null,
        };

        /// <summary>Control characters cannot appear in a doc comment; newlines are kept to be split into lines.</summary>
        private static bool IsDropped(char c) => char.IsControl(c) && c != '\n';

        private static string OneLine(string text) => string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)).Trim();
    }
}
