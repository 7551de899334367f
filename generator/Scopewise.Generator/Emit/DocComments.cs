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

        public static void Element(SourceWriter writer, string element, string text)
        {
            writer.Line($"/// <{element}>");
            foreach (var line in Escape(text.Trim()).Replace("\r\n", "\n").Split('\n'))
            {
                writer.Line(line.Length == 0 ? "///" : "/// " + line.TrimEnd());
            }

            writer.Line($"/// </{element}>");
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
