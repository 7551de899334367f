using System;

namespace Scopewise.Shared.Json;

/// <summary>A JSON document could not be parsed; carries the 1-based line and column of the problem.</summary>
/// <remarks>A <see cref="FormatException"/>, because bad input text is what it reports.</remarks>
internal sealed class JsonParseException : FormatException
{
    public JsonParseException(string reason, int line, int column)
        : base($"{reason} (line {line}, column {column})")
    {
        Reason = reason;
        Line = line;
        Column = column;
    }

    public string Reason { get; }

    public int Line { get; }

    public int Column { get; }
}
