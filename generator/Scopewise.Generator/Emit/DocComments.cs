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
                while (stop > start && (char.IsControl(text[stop - 1]) || char.IsWhiteSpace(text[stop - 1])))
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

        // A line of only control characters becomes "///"; one with anything else (even only spaces) "/// ...".
        private static bool HasVisibleText(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!char.IsControl(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static void AppendEscaped(SourceWriter writer, char c)
        {
            switch (c)
            {
                case '&': writer.Append("&amp;"); break;
                case '<': writer.Append("&lt;"); break;
                case '>': writer.Append("&gt;"); break;
                default:
                    if (!char.IsControl(c))
                    {
                        writer.Append(c);
                    }

                    break;
            }
        }

        public static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default:
                        if (!char.IsControl(c) || c == '\n')
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.ToString();
        }

        private static string OneLine(string text) => string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)).Trim();
    }
}
