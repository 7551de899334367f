using Microsoft.CodeAnalysis.Diagnostics;

namespace Scopewise.Analyzers;

/// <summary>
/// The project's <c>ScopewiseScopeStyle</c> (granular by default, as the manifest's), which breaks ties between
/// alternatives that miss as many scopes, so that SW2001, its code fix and the manifest prefer the same family.
/// </summary>
internal static class PreferredKind
{
    /// <summary>The MSBuild property, made visible to analyzers by Scopewise.props.</summary>
    public const string StyleProperty = "build_property.ScopewiseScopeStyle";

    public static AlternativeKind Read(AnalyzerConfigOptions globalOptions) =>
        globalOptions.TryGetValue(StyleProperty, out var value) && string.Equals(value.Trim(), "classic", System.StringComparison.OrdinalIgnoreCase)
            ? AlternativeKind.Classic
            : AlternativeKind.Granular;
}
