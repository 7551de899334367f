using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Scopewise.Analyzers;

/// <summary>
/// Reports, at each call to a generated operation, what its spec says beyond scopes: SW2004 when it needs more account
/// permission than <c>[ActsAs]</c> declares, SW2005/SW2006 for an announced removal (passed or coming), SW2007 for an
/// experimental operation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OperationPolicyAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        PolicyDiagnostics.AccountTooWeak,
        PolicyDiagnostics.Removed,
        PolicyDiagnostics.RemovalAnnounced,
        PolicyDiagnostics.Experimental);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        if (compilation.GetTypeByMetadataName("Scopewise.RequiresPermissionAttribute") is not { } requiresPermission)
        {
            return; // Scopewise without these attributes (or no Scopewise): nothing to check.
        }

        var removal = compilation.GetTypeByMetadataName("Scopewise.ApiRemovalAttribute");
        var experimental = compilation.GetTypeByMetadataName("Scopewise.ApiExperimentalAttribute");
        var actsAs = compilation.GetTypeByMetadataName("Scopewise.ActsAsAttribute");
        var accounts = actsAs is null ? null : new AccountDeclarationResolver(actsAs);
        var today = AnalysisDate.Today(context.Options);
        var checker = new Checker(requiresPermission, removal, experimental, accounts, today);

        context.RegisterOperationAction(c => checker.Check(c, ((IInvocationOperation)c.Operation).TargetMethod), OperationKind.Invocation);
        context.RegisterOperationAction(c => checker.Check(c, ((IMethodReferenceOperation)c.Operation).Method), OperationKind.MethodReference);
    }

    private sealed class Checker
    {
        private readonly INamedTypeSymbol _requiresPermission;
        private readonly INamedTypeSymbol? _removal;
        private readonly INamedTypeSymbol? _experimental;
        private readonly AccountDeclarationResolver? _accounts;
        private readonly DateTime _today;

        public Checker(INamedTypeSymbol requiresPermission, INamedTypeSymbol? removal, INamedTypeSymbol? experimental, AccountDeclarationResolver? accounts, DateTime today)
        {
            _requiresPermission = requiresPermission;
            _removal = removal;
            _experimental = experimental;
            _accounts = accounts;
            _today = today;
        }

        public void Check(OperationAnalysisContext context, IMethodSymbol method)
        {
            var attributes = method.OriginalDefinition.GetAttributes();
            if (attributes.IsEmpty)
            {
                return;
            }

            var location = CallSiteLocation.Of(context.Operation.Syntax);
            var name = method.ContainingType.Name + "." + method.Name;
            foreach (var attribute in attributes)
            {
                var type = attribute.AttributeClass;
                if (SymbolEqualityComparer.Default.Equals(type, _requiresPermission))
                {
                    CheckPermission(context, attribute, location, name);
                }
                else if (_removal is not null && SymbolEqualityComparer.Default.Equals(type, _removal))
                {
                    CheckRemoval(context, attribute, location, name);
                }
                else if (_experimental is not null && SymbolEqualityComparer.Default.Equals(type, _experimental))
                {
                    context.ReportDiagnostic(Diagnostic.Create(PolicyDiagnostics.Experimental, location, name));
                }
            }
        }

        private void CheckPermission(OperationAnalysisContext context, AttributeData attribute, Location location, string name)
        {
            if (_accounts?.InEffectFor(context.ContainingSymbol) is not { } declaration
                || attribute.ConstructorArguments.Length == 0 || attribute.ConstructorArguments[0].Value is not int level
                || AccountLevels.Allows(declaration.Account, level))
            {
                return;
            }

            var named = attribute.ConstructorArguments.Length > 1 ? AttributeValues.ReadStrings(attribute) : ImmutableArray<string>.Empty;
            var anyOf = attribute.NamedArguments.Any(n => n.Key == "AnyOf" && n.Value.Value is true);
            var needs = AccountLevels.DescribeLevel(level) + (named.IsEmpty ? string.Empty : " (" + string.Join(anyOf ? " or " : ", ", named) + ")");
            context.ReportDiagnostic(Diagnostic.Create(PolicyDiagnostics.AccountTooWeak, location, name, needs, declaration.Description, AccountLevels.DescribeAccount(declaration.Account)));
        }

        private void CheckRemoval(OperationAnalysisContext context, AttributeData attribute, Location location, string name)
        {
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string effective
                || !DateTime.TryParseExact(effective, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return;
            }

            string? Named(string key) => attribute.NamedArguments.FirstOrDefault(n => n.Key == key).Value.Value as string;
            var change = Named("ChangeId") ?? "an announced change";
            var details = Named("Details") ?? "no changelog link in the spec";
            var replacement = Named("Replacement") is { } instead ? "; use " + instead + " instead" : string.Empty;
            var descriptor = date <= _today ? PolicyDiagnostics.Removed : PolicyDiagnostics.RemovalAnnounced;
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, name, change, effective, details, replacement));
        }
    }
}
