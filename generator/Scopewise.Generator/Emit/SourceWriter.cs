using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Scopewise.Generator.Emit
{
    /// <summary>An indenting text writer: cheaper and more predictable than building syntax trees and normalizing them.</summary>
    /// <remarks>
    /// <c>Line($"...")</c> binds to <see cref="Line(ref LineHandler)"/>, which appends each piece of the interpolated
    /// string straight into the buffer: the emitters write ~8 MB of C# for Jira's spec, and formatting every line into
    /// a temporary string first was a large share of the generator's cold time.
    /// </remarks>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder;
        private int _indent;

        public SourceWriter(int capacity = 16 * 1024) => _builder = new StringBuilder(capacity);

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                Indent();
                _builder.Append(text);
            }

            _builder.Append('\n');
            return this;
        }

        /// <summary>Writes one indented line from an interpolated string, without formatting it into a string first.</summary>
        public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler line)
        {
            _builder.Append('\n');
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
            _builder.Append('\n');
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            Indent();
            _builder.Append('}').Append(suffix).Append('\n');
            return this;
        }

        public override string ToString() => _builder.ToString();

        /// <summary>
        /// The text for the compiler. A large file is handed over in chunks rather than as one string: strings past
        /// 85 KB land on the large object heap, and Jira's files made the generator pay for full collections.
        /// </summary>
        public SourceText ToSourceText()
            => SourceText.From(new BuilderReader(_builder), _builder.Length, Encoding.UTF8);

        private void Indent() => _builder.Append(' ', _indent * 4);

        /// <summary>Appends the parts of an interpolated line to the writer's buffer, indentation first.</summary>
        [InterpolatedStringHandler]
        internal readonly struct LineHandler
        {
            private readonly StringBuilder _builder;

            public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
            {
                _builder = writer._builder;
                if (literalLength + formattedCount > 0)
                {
                    writer.Indent();
                }
            }

            public void AppendLiteral(string value) => _builder.Append(value);

            public void AppendFormatted(string? value) => _builder.Append(value);

            public void AppendFormatted(int value) => _builder.Append(value);

            public void AppendFormatted(char value) => _builder.Append(value);
        }

        /// <summary>Reads a builder's characters in place, without making a string of them first.</summary>
        private sealed class BuilderReader : TextReader
        {
            private readonly StringBuilder _builder;
            private int _position;

            public BuilderReader(StringBuilder builder) => _builder = builder;

            public override int Peek() => _position < _builder.Length ? _builder[_position] : -1;

            public override int Read() => _position < _builder.Length ? _builder[_position++] : -1;

            public override int Read(char[] buffer, int index, int count)
            {
                var read = Math.Min(count, _builder.Length - _position);
                _builder.CopyTo(_position, buffer, index, read);
                _position += read;
                return read;
            }
        }
    }
}
