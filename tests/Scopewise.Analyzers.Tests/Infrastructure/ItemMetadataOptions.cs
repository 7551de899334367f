using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Scopewise.Analyzers.Tests.Infrastructure;

/// <summary>An AdditionalFiles item as the compiler sees it: text plus the item metadata MSBuild makes visible.</summary>
internal sealed class InMemoryAdditionalText(string path, string text, IReadOnlyDictionary<string, string> metadata) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Answers <c>build_metadata.AdditionalFiles.*</c> lookups from each item's metadata, like MSBuild's generated global config.</summary>
internal sealed class ItemMetadataOptions(ImmutableArray<InMemoryAdditionalText> items) : AnalyzerConfigOptionsProvider
{
    private static readonly Options Empty = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions => Empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        var item = items.FirstOrDefault(i => i.Path == textFile.Path);
        return item is null
            ? Empty
            : new Options(item.Metadata.ToDictionary(pair => "build_metadata.AdditionalFiles." + pair.Key, pair => pair.Value));
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
