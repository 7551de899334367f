using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Scopes;

namespace Scopewise.Generator.Model
{
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

    /// <summary>A spec ready to emit: parsed model, chosen names, and each included operation's resolved scopes.</summary>
    internal sealed record ClientModel(
        ApiModel Api,
        string ClientName,
        string Namespace,
        string Product,
        string PathPrefix,
        EquatableArray<OperationModel> Operations,
        EquatableArray<EquatableArray<ResolvedAlternative>> OperationScopes,
        EquatableArray<DiagnosticInfo> Diagnostics,
        long MaxGeneratedChars);
}
