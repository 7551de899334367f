using Scopewise.Generator.Infrastructure;

namespace Scopewise.Generator.Scopes;

/// <summary>A parsed scope table: every known scope of a product, and per-operation corrections to what specs say.</summary>
internal sealed record ScopeTable(
    string Path,
    string Product,
    EquatableArray<ScopeEntry> Scopes,
    EquatableArray<OperationOverride> Operations,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One scope: its name, kind (<c>classic</c>, <c>granular</c>, <c>other</c>), product and description.</summary>
internal sealed record ScopeEntry(string Name, string Kind, string Product, string Description);

/// <summary>A correction for one operation: replace the spec's alternatives, or add to them.</summary>
internal sealed record OperationOverride(string OperationId, string? Method, string? Path, bool Replace, EquatableArray<EquatableArray<string>> Alternatives, string? Reason);

/// <summary>One alternative after corrections, with its kind worked out.</summary>
internal sealed record ResolvedAlternative(EquatableArray<string> Scopes, ScopeAlternativeKind Kind);

/// <summary>The kind of an alternative: every scope classic, every scope granular, or anything else. Printed as <c>global::Scopewise.ScopeKind.{Kind}</c>.</summary>
internal enum ScopeAlternativeKind
{
    Classic,
    Granular,
    Other,
}
