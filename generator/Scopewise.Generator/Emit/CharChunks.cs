using System;
using System.Collections.Generic;
using System.Globalization;

namespace Scopewise.Generator.Emit;

/// <summary>
/// An append-only character buffer in fixed-size chunks. Each chunk stays off the large object heap, nothing is
/// copied when the buffer grows, and <see cref="ChunkedSourceText"/> hands the chunks to the compiler as they are:
/// the emitted C# (8 MB for Jira) is written once instead of once into a builder and again into a string.
/// </summary>
internal sealed class CharChunks
{
    /// <summary>16 KB per chunk: small files waste little, large ones need few chunks.</summary>
    internal const int ChunkSize = 8 * 1024;

    private readonly List<char[]> _chunks = new();
    private char[] _current = Array.Empty<char>();
    private int _used = ChunkSize;

    public int Length { get; private set; }

    public char this[int position] => _chunks[position / ChunkSize][position % ChunkSize];

    public void Append(char value)
    {
        if (_used == ChunkSize)
        {
            NextChunk();
        }

        _current[_used++] = value;
        Length++;
    }

    public void Append(char value, int repeat)
    {
        for (var i = 0; i < repeat; i++)
        {
            Append(value);
        }
    }

    public void Append(string? value)
    {
        if (value is null)
        {
            return;
        }

        var start = 0;
        var count = value.Length;
        while (count > 0)
        {
            if (_used == ChunkSize)
            {
                NextChunk();
            }

            var take = Math.Min(count, ChunkSize - _used);
            value.CopyTo(start, _current, _used, take);
            _used += take;
            start += take;
            count -= take;
            Length += take;
        }
    }

    public void Append(int value) => Append(value.ToString(CultureInfo.InvariantCulture));

    public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        if (sourceIndex < 0 || count < 0 || sourceIndex + count > Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        while (count > 0)
        {
            var chunk = _chunks[sourceIndex / ChunkSize];
            var offset = sourceIndex % ChunkSize;
            var take = Math.Min(count, ChunkSize - offset);
            Array.Copy(chunk, offset, destination, destinationIndex, take);
            sourceIndex += take;
            destinationIndex += take;
            count -= take;
        }
    }

    private void NextChunk()
    {
        _current = new char[ChunkSize];
        _chunks.Add(_current);
        _used = 0;
    }
}
