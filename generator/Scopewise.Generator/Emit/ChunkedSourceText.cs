using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Scopewise.Generator.Emit;

/// <summary>A generated file's text, read by the compiler straight from the writer's chunks (see <see cref="CharChunks"/>).</summary>
internal sealed class ChunkedSourceText : SourceText
{
    private readonly CharChunks _characters;

    /// <param name="characters">The finished text; the writer that filled it must not append to it any more.</param>
    public ChunkedSourceText(CharChunks characters) => _characters = characters;

    /// <summary>UTF-8, as <c>SourceText.From(string, Encoding.UTF8)</c> gave the compiler before.</summary>
    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _characters.Length;

    public override char this[int position]
    {
        get
        {
            if ((uint)position >= (uint)_characters.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(position));
            }

            return _characters[position];
        }
    }

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        => _characters.CopyTo(sourceIndex, destination, destinationIndex, count);
}
