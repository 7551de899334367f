using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace Scopewise.Generator.Spec;

/// <summary>
/// The text of one spec file. Equality is by path and content checksum, so an unchanged file is never parsed
/// again; the content is carried along but not compared. It is held as a string, not the compiler's
/// <see cref="SourceText"/>: pipeline values hold plain data only (a test walks them to check).
/// </summary>
internal sealed class SpecSource : IEquatable<SpecSource>
{
    private readonly ImmutableArray<byte> _checksum;

    public SpecSource(string path, SourceText text)
    {
        Path = path;
        Content = text.ToString();
        _checksum = text.GetChecksum();
    }

    public string Path { get; }

    /// <summary>The file's text.</summary>
    public string Content { get; }

    /// <summary>The text as a <see cref="SourceText"/>, made when asked (error positions), never stored.</summary>
    public SourceText Text => SourceText.From(Content);

    public bool IsYaml => Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public bool Equals(SpecSource? other)
        => other is not null && Path == other.Path && _checksum.SequenceEqual(other._checksum);

    public override bool Equals(object? obj) => Equals(obj as SpecSource);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ (_checksum.Length > 3 ? BitConverter.ToInt32(_checksum.ToArray(), 0) : 0);
}
