using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Scopewise.Analyzers;

/// <summary>The state of the scope analysis for one compilation; its methods run concurrently.</summary>
internal sealed class CompilationScopeAnalysis
{
    /// <summary>
    /// The editorconfig key of strict mode: with it, a call that needs scopes where no <c>[GrantedScopes]</c> is declared
    /// is reported as if nothing were granted (the code fix then creates <c>[assembly: GrantedScopes(...)]</c>).
    /// </summary>
    public const string RequireGrantedScopesOption = "scopewise_require_granted_scopes";

    private readonly Compilation _compilation;
    private readonly ScopeRequirementReader _requirements;
    private readonly GrantedScopeResolver _grants;
    private readonly KnownScopeNames _knownNames;
    private readonly Lazy<GrantedScopeDeclaration> _implicitGrant;
    private readonly ConcurrentDictionary<(ScopeRequirementInfo, GrantedScopeDeclaration), MissingScopeReport> _reports = new();
    private readonly Func<(ScopeRequirementInfo, GrantedScopeDeclaration), MissingScopeReport> _createReport;
    private readonly AlternativeKind _preferredKind;

    public CompilationScopeAnalysis(
        Compilation compilation,
        ScopeSymbols symbols,
        AlternativeKind preferredKind,
        ImmutableArray<SourceText> tables,
        Func<SourceText, ImmutableArray<string>> readTable)
    {
        _compilation = compilation;
        _preferredKind = preferredKind;
        _createReport = CreateReport;
        _requirements = new ScopeRequirementReader(symbols);
        _grants = new GrantedScopeResolver(symbols);
        _knownNames = new KnownScopeNames(compilation, symbols, _requirements, tables, readTable);
        _implicitGrant = new Lazy<GrantedScopeDeclaration>(() => GrantedScopeDeclaration.CreateImplicit(compilation.Assembly));
        AssemblyDeclaration = _grants.DeclaredOn(compilation.Assembly);
    }

    /// <summary>The <c>[assembly: GrantedScopes]</c>, if any.</summary>
    public GrantedScopeDeclaration? AssemblyDeclaration { get; }

    /// <summary>SW2001 for a use of <paramref name="member"/>; also records which granted scopes are used (SW2002).</summary>
    public void CheckUse(OperationAnalysisContext context, ISymbol? member)
    {
        if (member is null)
        {
            return;
        }

        var requirement = _requirements.GetRequirement(member);
        if (requirement.IsEmpty)
        {
            return;
        }

        var grant = _grants.InEffectFor(context.ContainingSymbol) ?? ImplicitGrantIfStrict(context);
        if (grant is null)
        {
            return;
        }

        var satisfied = false;
        foreach (var alternative in requirement.Alternatives)
        {
            if (alternative.IsSatisfiedBy(grant.ScopeSet))
            {
                satisfied = true;
                foreach (var scope in alternative.Scopes)
                {
                    grant.MarkUsed(scope);
                }
            }
        }

        if (satisfied)
        {
            return;
        }

        // Granted scopes that appear in some alternative are part of the way to a fix: not "unused".
        foreach (var alternative in requirement.Alternatives)
        {
            foreach (var scope in alternative.Scopes)
            {
                if (grant.ScopeSet.Contains(scope))
                {
                    grant.MarkUsed(scope);
                }
            }
        }

        ReportMissing(context, requirement, grant);
    }

    /// <summary>SW2003 for the <c>[GrantedScopes]</c> on a type or method.</summary>
    public void CheckDeclaredNames(SymbolAnalysisContext context)
    {
        if (_grants.DeclaredOn(context.Symbol) is { } declaration)
        {
            foreach (var diagnostic in UnknownNameDiagnostics(declaration, context.CancellationToken))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    /// <summary>SW2003 for the <c>[assembly: GrantedScopes]</c>, reported from its syntax tree so the IDE shows it live.</summary>
    public void CheckAssemblyNames(SyntaxTreeAnalysisContext context)
    {
        if (AssemblyDeclaration is { } declaration)
        {
            foreach (var diagnostic in UnknownNameDiagnostics(declaration, context.CancellationToken))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    /// <summary>SW2002, once every call has been seen.</summary>
    public void ReportUnusedGrants(CompilationAnalysisContext context)
    {
        foreach (var declaration in _grants.KnownDeclarations)
        {
            if (declaration.IsImplicit || declaration.Location is null)
            {
                continue;
            }

            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var scope in declaration.Scopes)
            {
                if (scope == KnownScopeNames.OfflineAccess || declaration.IsUsed(scope) || !reported.Add(scope) || !_knownNames.IsKnown(scope))
                {
                    // offline_access asks for a refresh token: no operation names it, yet it is not excess privilege.
                    // Unknown names already carry SW2003; one message per mistake is enough.
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    ScopeDiagnostics.UnusedGrant,
                    ScopeArgumentLocation(declaration, scope, context.CancellationToken),
                    scope,
                    declaration.Description));
            }
        }
    }

    private GrantedScopeDeclaration? ImplicitGrantIfStrict(OperationAnalysisContext context)
    {
        var tree = context.Operation.Syntax.SyntaxTree;
        var options = context.Options.AnalyzerConfigOptionsProvider;
        var enabled = (options.GetOptions(tree).TryGetValue(RequireGrantedScopesOption, out var value)
                || options.GlobalOptions.TryGetValue(RequireGrantedScopesOption, out value))
            && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        return enabled ? _implicitGrant.Value : null;
    }

    private void ReportMissing(OperationAnalysisContext context, ScopeRequirementInfo requirement, GrantedScopeDeclaration grant)
    {
        // Many call sites share a (requirement, grant) pair: its message parts and fix properties are built once.
        var report = _reports.GetOrAdd((requirement, grant), _createReport);
        context.ReportDiagnostic(Diagnostic.Create(
            ScopeDiagnostics.MissingScopes,
            CallSiteLocation.Of(context.Operation.Syntax),
            report.AdditionalLocations,
            report.Properties,
            requirement.OperationName,
            report.Needs,
            grant.Description));
    }

    private MissingScopeReport CreateReport((ScopeRequirementInfo Requirement, GrantedScopeDeclaration Grant) pair)
    {
        var (requirement, grant) = pair;
        var missing = new List<MissingScopeProperties.MissingAlternative>();
        foreach (var alternative in requirement.Alternatives)
        {
            missing.Add(new MissingScopeProperties.MissingAlternative(alternative.Kind, alternative.MissingFrom(grant.ScopeSet)));
        }

        // The message names the alternative the first code fix grants, so what SW2001 says is what the fix (and
        // `dotnet format`) inserts, and what the manifest then picks because the grant covers it.
        var ordered = MissingScopeProperties.Order(missing, _preferredKind);
        var named = ordered[0];
        var needs = Describe(named.Missing);
        if (requirement.Alternatives.Length > 1)
        {
            needs += " (" + MissingScopeProperties.KindName(named.Kind) + ", the closest of its " + requirement.Alternatives.Length
                + " alternatives; the first code fix grants it)";
        }

        return new MissingScopeReport(
            needs,
            MissingScopeProperties.Encode(ordered, !grant.IsImplicit, grant.Description),
            grant.Location is { } declared ? new[] { declared } : Array.Empty<Location>());
    }

    private static string Describe(ImmutableArray<string> scopes) => scopes.Length == 1
        ? "scope '" + scopes[0] + "'"
        : "scopes '" + string.Join("', '", scopes) + "'";

    private IEnumerable<Diagnostic> UnknownNameDiagnostics(GrantedScopeDeclaration declaration, System.Threading.CancellationToken cancellationToken)
    {
        if (declaration.Location is null)
        {
            yield break;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scope in declaration.Scopes)
        {
            if (_knownNames.IsKnown(scope) || !reported.Add(scope))
            {
                continue;
            }

            var nearest = _knownNames.Nearest(scope);
            var hint = nearest is null
                ? "; check the spelling against the API's documentation"
                : "; did you mean '" + nearest + "'?";
            yield return Diagnostic.Create(
                ScopeDiagnostics.UnknownScope,
                ScopeArgumentLocation(declaration, scope, cancellationToken),
                ImmutableDictionary<string, string?>.Empty.Add("Nearest", nearest),
                scope,
                hint);
        }
    }

    /// <summary>The string literal naming <paramref name="scope"/> in the attribute, else the whole attribute.</summary>
    private static Location ScopeArgumentLocation(GrantedScopeDeclaration declaration, string scope, System.Threading.CancellationToken cancellationToken)
    {
        if (declaration.Attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList: { } arguments })
        {
            foreach (var argument in arguments.Arguments)
            {
                if (argument.Expression is LiteralExpressionSyntax literal && literal.Token.ValueText == scope)
                {
                    return literal.GetLocation();
                }
            }
        }

        return declaration.Location ?? Location.None;
    }

    /// <summary>The parts of an SW2001 diagnostic that depend only on the requirement and the grant.</summary>
    private sealed class MissingScopeReport
    {
        public MissingScopeReport(string needs, ImmutableDictionary<string, string?> properties, Location[] additionalLocations)
        {
            Needs = needs;
            Properties = properties;
            AdditionalLocations = additionalLocations;
        }

        public string Needs { get; }

        public ImmutableDictionary<string, string?> Properties { get; }

        public Location[] AdditionalLocations { get; }
    }
}
