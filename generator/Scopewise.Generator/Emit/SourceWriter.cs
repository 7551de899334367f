using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;

namespace Scopewise.Generator.Emit;

/// <summary>An indenting text writer: cheaper and more predictable than building syntax trees and normalizing them.</summary>
/// <remarks>
/// <c>Line($"...")</c> binds to <see cref="Line(ref LineHandler)"/>, which appends each piece of the interpolated
/// string straight into the buffer: the emitters write ~8 MB of C# for Jira's spec, and formatting every line into
/// a temporary string first was a large share of the generator's cold time.
/// </remarks>
internal sealed class SourceWriter
{
    private readonly CharChunks _text = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            Indent();
            _text.Append(Guard(text));
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes one indented line from an interpolated string, without formatting it into a string first.</summary>
    public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        _text.Append('\n');
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Open([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        _text.Append('\n');
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        Indent();
        _text.Append('}');
        _text.Append(suffix);
        _text.Append('\n');
        return this;
    }

    /// <summary>Starts a line piece by piece: the indentation, then <see cref="Append(char)"/>s, then <see cref="EndLine"/>.</summary>
    public void BeginLine() => Indent();

    public void Append(char value) => _text.Append(TextSafety.IsLineBreak(value) ? throw new UnsafeGeneratedTextException() : value);

    public void Append(string value) => _text.Append(Guard(value));

    public void EndLine() => _text.Append('\n');

    /// <summary>The text for the compiler, read from the writer's own chunks: no copy of it is made.</summary>
    /// <remarks>The writer must not be used after this.</remarks>
    public SourceText ToSourceText() => new ChunkedSourceText(_text);

    private void Indent() => _text.Append(' ', _indent * 4);

    /// <summary>
    /// The backstop behind every escaping path: a line is written whole, so text appended into it must not carry a
    /// line terminator. If an emitter ever forgets to escape spec text, the spec fails with a diagnostic instead of
    /// ending a comment or a literal and turning the rest of the line into code.
    /// </summary>
    private static string? Guard(string? value)
        => value is not null && TextSafety.IndexOfLineBreak(value) >= 0 ? throw new UnsafeGeneratedTextException() : value;

    /// <summary>Appends the parts of an interpolated line to the writer's buffer, indentation first.</summary>
    [InterpolatedStringHandler]
    internal readonly struct LineHandler
    {
        private readonly CharChunks _text;

        public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _text = writer._text;
            if (literalLength + formattedCount > 0)
            {
                writer.Indent();
            }
        }

        public void AppendLiteral(string value) => _text.Append(value);

        public void AppendFormatted(string? value) => _text.Append(Guard(value));

        public void AppendFormatted(int value) => _text.Append(value);

        public void AppendFormatted(char value) => _text.Append(value);
    }
}

/// <summary>Spec text with a raw line terminator reached the writer: an escaping bug, reported for that spec only.</summary>
internal sealed class UnsafeGeneratedTextException : System.InvalidOperationException
{
    public UnsafeGeneratedTextException()
        : base("spec text with a raw line break reached the generated code; nothing was generated for this spec")
    {
    }
}
