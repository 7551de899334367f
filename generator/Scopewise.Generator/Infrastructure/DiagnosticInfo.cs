using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Scopewise.Generator.Infrastructure;

/// <summary>
/// A diagnostic as plain data, carried beside a cached model: a Roslyn <see cref="Diagnostic"/> holds a
/// <see cref="Location"/> that must not outlive the run that made it.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string FilePath, int Line, int Column, EquatableArray<string> Arguments)
{
    /// <summary>Spec text quoted in a message is cut to this many characters: a 100,000-character name helps nobody.</summary>
    private const int MaxArgumentLength = 300;

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, int line, int column, params string[] arguments)
    {
        var readable = new string[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            readable[i] = OneReadableLine(arguments[i] ?? string.Empty);
        }

        return new(descriptor.Id, filePath, line, column, readable.ToEquatableArray());
    }

    // A message is one line in the build output and the IDE: line breaks from spec text become spaces.
    private static string OneReadableLine(string text)
    {
        var builder = new System.Text.StringBuilder(System.Math.Min(text.Length, MaxArgumentLength + 1));
        foreach (var c in text)
        {
            if (builder.Length == MaxArgumentLength)
            {
                builder.Append('\u2026');
                break;
            }

            builder.Append(Emit.TextSafety.IsLineBreak(c) || char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    public Diagnostic ToDiagnostic()
    {
        var descriptor = Descriptors.ById(Id);
        var position = new LinePosition(System.Math.Max(0, Line), System.Math.Max(0, Column));
        var location = Location.Create(FilePath, new TextSpan(0, 0), new LinePositionSpan(position, position));
        var arguments = new object[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, location, arguments);
    }
}
