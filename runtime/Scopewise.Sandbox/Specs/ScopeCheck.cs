namespace Scopewise.Sandbox.Specs;

/// <summary>
/// Whether a scoped credential may call an operation: one of its alternatives must be fully granted. Where Atlassian
/// is uncertain (v1 with granular scopes alone), <see cref="SandboxOptions.ConfluenceV1AcceptsGranularScopesAlone"/> decides.
/// </summary>
internal static class ScopeCheck
{
    public static bool Allows(SpecOperation operation, IReadOnlySet<string> granted, SandboxOptions options)
    {
        var scopes = operation.Scopes;
        if (operation.Family != ApiFamily.ConfluenceV1 || options.ConfluenceV1AcceptsGranularScopesAlone || scopes.NeedsNoScope)
        {
            return scopes.IsSatisfiedBy(granted);
        }

        // Only the classic alternatives count; an operation that has no classic alternative keeps its granular ones.
        var classic = scopes.Alternatives.Where(a => !a.Any(IsGranular)).ToList();
        return (classic.Count > 0 ? classic : scopes.Alternatives).Any(alternative => alternative.All(granted.Contains));
    }

    /// <summary>Granular scopes name their product last (<c>read:page:confluence</c>); classic ones do not (<c>read:confluence-content.all</c>).</summary>
    private static bool IsGranular(string scope) => scope.Count(c => c == ':') >= 2;
}
