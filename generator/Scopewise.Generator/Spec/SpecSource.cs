using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace Scopewise.Generator.Spec
{
    /// <summary>
    /// The text of one spec file. Equality is by path and content checksum, so an unchanged file is never parsed
    /// again; the <see cref="SourceText"/> itself is carried along but not compared.
    /// </summary>
    internal sealed class SpecSource : IEquatable<SpecSource>
    {
        private readonly ImmutableArray<byte> _checksum;

        public SpecSource(string path, SourceText text)
        {
            Path = path;
            Text = text;
            _checksum = text.GetChecksum();
        }

        public string Path { get; }

        public SourceText Text { get; }

        public bool IsYaml => Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        public bool Equals(SpecSource? other)
            => other is not null && Path == other.Path && _checksum.SequenceEqual(other._checksum);

        public override bool Equals(object? obj) => Equals(obj as SpecSource);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ (_checksum.Length > 3 ? BitConverter.ToInt32(_checksum.ToArray(), 0) : 0);
    }
}
