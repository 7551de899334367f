using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Scopewise.Analyzers;

/// <summary>Finds the scope tables among the AdditionalFiles: items with <c>ScopewiseKind="scopes"</c> metadata.</summary>
internal static class ScopeTableFiles
{
    /// <summary>The key under which MSBuild's <c>CompilerVisibleItemMetadata</c> exposes the item metadata.</summary>
    public const string KindMetadata = "build_metadata.AdditionalFiles.ScopewiseKind";

    public static ImmutableArray<SourceText> Find(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var builder = ImmutableArray.CreateBuilder<SourceText>();
        foreach (var file in options.AdditionalFiles)
        {
            if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(KindMetadata, out var kind)
                && string.Equals(kind.Trim(), "scopes", StringComparison.OrdinalIgnoreCase)
                && file.GetText(cancellationToken) is { } text)
            {
                builder.Add(text);
            }
        }

        return builder.ToImmutable();
    }
}
