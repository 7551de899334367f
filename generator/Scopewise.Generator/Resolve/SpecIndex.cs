using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;
using Scopewise.Generator.Spec;

namespace Scopewise.Generator.Resolve;

/// <summary>
/// The project's spec items, one per file path: the first item naming a path wins, and each later item naming the
/// same path gets an SW1001 (two items would generate the same client twice, with whichever metadata came first).
/// </summary>
internal sealed record SpecIndex(EquatableArray<SpecInput> Inputs, OptionsIndex Options, EquatableArray<DiagnosticInfo> Duplicates)
{
    public static SpecIndex Build(ImmutableArray<InputFile> specs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var inputs = new List<SpecInput>(specs.Length);
        var options = new List<SpecOptions>(specs.Length);
        List<DiagnosticInfo>? duplicates = null;
        foreach (var file in specs)
        {
            if (seen.Add(file.Source.Path))
            {
                inputs.Add(file.Input);
                options.Add(file.Options);
                continue;
            }

            (duplicates ??= new List<DiagnosticInfo>()).Add(DiagnosticInfo.Create(Descriptors.SpecUnreadable, file.Source.Path, 0, 0, file.Source.Path,
                "the same spec is named twice in AdditionalFiles; the first item generates it with its own metadata, this one is ignored"));
        }

        return new SpecIndex(inputs.ToEquatableArray(), new OptionsIndex(options.ToEquatableArray()), duplicates is null ? EquatableArray<DiagnosticInfo>.Empty : duplicates.ToEquatableArray());
    }
}

/// <summary>Each spec's item metadata by file path (paths are unique: <see cref="SpecIndex"/> keeps the first item).</summary>
internal sealed class OptionsIndex : IEquatable<OptionsIndex>
{
    private readonly Dictionary<string, SpecOptions> _byPath;

    public OptionsIndex(EquatableArray<SpecOptions> items)
    {
        Items = items;
        _byPath = new Dictionary<string, SpecOptions>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            _byPath[item.Path] = item;
        }
    }

    public EquatableArray<SpecOptions> Items { get; }

    /// <summary>The metadata of the item that names <paramref name="path"/>.</summary>
    public SpecOptions? Find(string path) => _byPath.TryGetValue(path, out var options) ? options : null;

    public bool Equals(OptionsIndex? other) => other is not null && Items.Equals(other.Items);

    public override bool Equals(object? obj) => Equals(obj as OptionsIndex);

    public override int GetHashCode() => Items.GetHashCode();
}
