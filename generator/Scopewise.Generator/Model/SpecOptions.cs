using Scopewise.Generator.Infrastructure;

namespace Scopewise.Generator.Model;

/// <summary>How the project asked for a spec to be generated: the AdditionalFiles item metadata.</summary>
internal sealed record SpecOptions(
    string Path,
    string? ClientName,
    string? Namespace,
    string? Product,
    string? PathPrefix,
    string? ScopeTable,
    string? Deployment,
    EquatableArray<string> IncludeTags,
    EquatableArray<string> IncludePaths,
    EquatableArray<string> IncludeOperations,
    Spec.Budgets.SpecBudgets Budgets);
