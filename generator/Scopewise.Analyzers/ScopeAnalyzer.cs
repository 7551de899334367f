using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Scopewise.Analyzers;

/// <summary>
/// Compares the scopes called members need (<c>[RequiresScopes]</c>) with the scopes granted where they are called
/// (<c>[GrantedScopes]</c>): SW2001 missing scopes at call sites, SW2002 granted scopes no call needs, SW2003 unknown scope names.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ScopeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        ScopeDiagnostics.MissingScopes,
        ScopeDiagnostics.UnusedGrant,
        ScopeDiagnostics.UnknownScope);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated clients call each other and the runtime; only the user's calls are checked.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        // Without the Scopewise attributes nothing is registered: no per-operation cost for other projects.
        if (ScopeSymbols.TryCreate(context.Compilation) is not { } symbols)
        {
            return;
        }

        var tables = ScopeTableFiles.Find(context.Options, context.CancellationToken);
        var analysis = new CompilationScopeAnalysis(
            context.Compilation,
            symbols,
            PreferredKind.Read(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions),
            tables,
            text => context.TryGetValue(text, ScopeTableNames.Provider, out var names) ? names : ScopeTableNames.Read(text));

        context.RegisterOperationAction(
            c => analysis.CheckUse(c, ((IInvocationOperation)c.Operation).TargetMethod),
            OperationKind.Invocation);
        context.RegisterOperationAction(
            c =>
            {
                if (!IsInsideNameOf(c.Operation))
                {
                    analysis.CheckUse(c, ((IMethodReferenceOperation)c.Operation).Method);
                }
            },
            OperationKind.MethodReference);
        context.RegisterOperationAction(
            c => analysis.CheckUse(c, ((IObjectCreationOperation)c.Operation).Constructor),
            OperationKind.ObjectCreation);
        context.RegisterOperationAction(
            c =>
            {
                if (!IsInsideNameOf(c.Operation))
                {
                    analysis.CheckUse(c, ((IPropertyReferenceOperation)c.Operation).Property);
                }
            },
            OperationKind.PropertyReference);

        context.RegisterSymbolAction(analysis.CheckDeclaredNames, SymbolKind.NamedType, SymbolKind.Method);
        if (analysis.AssemblyDeclaration is { Location.SourceTree: { } assemblyTree })
        {
            context.RegisterSyntaxTreeAction(c =>
            {
                if (c.Tree == assemblyTree)
                {
                    analysis.CheckAssemblyNames(c);
                }
            });
        }

        context.RegisterCompilationEndAction(analysis.ReportUnusedGrants);
    }

    private static bool IsInsideNameOf(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current.Kind == OperationKind.NameOf)
            {
                return true;
            }
        }

        return false;
    }
}
