using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Scopewise.Generator.Emit;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Resolve;
using Scopewise.Generator.Scopes;
using Scopewise.Generator.Spec;

namespace Scopewise.Generator;

/// <summary>
/// Generates typed, scope-annotated clients from the OpenAPI specs and scope tables a project passes as
/// AdditionalFiles. Pipeline: classify files → parse each spec once per content (NSwag) → resolve everything the
/// output needs (names, scopes, models' members, the JSON closure) into one plan per spec → print the plan. Every
/// step's output is value-equatable, so unrelated edits leave it cached.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ScopewiseGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for incrementality tests.</summary>
    public static class Steps
    {
        /// <summary>AdditionalFiles marked for Scopewise.</summary>
        public const string Inputs = "ScopewiseInputs";

        /// <summary>One parsed model per spec content.</summary>
        public const string ParsedSpecs = "ScopewiseParsedSpecs";

        /// <summary>One parsed table per scope table content.</summary>
        public const string ScopeTables = "ScopewiseScopeTables";

        /// <summary>One <see cref="Resolve.ClientPlan"/> per spec: the parsed spec resolved with its metadata and scope table.</summary>
        public const string Clients = "ScopewiseClients";

        /// <summary>The scopes of <c>[assembly: GrantedScopes]</c>.</summary>
        public const string GrantedScopes = "ScopewiseGrantedScopes";
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => InputFile.Classify(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(Steps.Inputs);

        // One item per spec path (a later item naming the same file gets an SW1001), and the items' metadata by path.
        // A Collect of the classified files, fanned out again: an unchanged spec's input compares equal, so only an
        // edited spec is parsed again.
        var specIndex = inputs
            .Where(static file => file.Kind == InputKind.Spec)
            .Collect()
            .Select(static (files, _) => SpecIndex.Build(files));

        var specs = specIndex
            .SelectMany(static (index, _) => index.Inputs.Items)
            .Select(static (input, cancellationToken) => SpecParser.Parse(input, cancellationToken))
            .WithTrackingName(Steps.ParsedSpecs);

        var specOptions = specIndex.Select(static (index, _) => index.Options);

        var tables = inputs
            .Where(static file => file.Kind == InputKind.ScopeTable)
            .Select(static (file, _) => ScopeTableParser.Parse(file.Source.Path, file.Source.Content))
            .WithTrackingName(Steps.ScopeTables);

        // The resolve stage: one plan per spec, everything decided; the emitters only print it.
        var clients = specs
            .Combine(specOptions)
            .Combine(tables.Collect())
            .Select(static (pair, _) => ClientPlanner.Plan(pair.Left.Left, pair.Left.Right.Find(pair.Left.Left.FilePath), pair.Right))
            .WithTrackingName(Steps.Clients);

        // Two specs generating the same client (same namespace and name) would add the same files: the later spec
        // by path loses. Only the small set of losers is shared between specs, so an edit of one spec re-emits
        // another only if it changes who loses.
        var clashes = clients
            .Select(static (plan, _) => HintClaim.Of(plan))
            .Collect()
            .Select(static (claims, _) => HintClashes.Find(claims));

        context.RegisterSourceOutput(specIndex.Select(static (index, _) => index.Duplicates), static (output, duplicates) =>
        {
            foreach (var diagnostic in duplicates)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(tables, static (output, table) =>
        {
            foreach (var diagnostic in table.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(clients.Combine(clashes), static (output, pair) => Emit(output, pair.Left, pair.Right));

        // [assembly: GrantedScopes(...)] → ScopewiseScopes.Granted. Reading assembly attributes is cheap; the
        // equatable result keeps the output cached while the declaration does not change.
        var granted = context.CompilationProvider
            .Select(static (compilation, _) => GrantedScopes(compilation))
            .WithTrackingName(Steps.GrantedScopes);
        context.RegisterSourceOutput(granted, static (output, scopes) =>
        {
            if (scopes is { } declared)
            {
                output.AddSource(GrantedScopesEmitter.HintName, GrantedScopesEmitter.Emit(declared));
            }
        });
    }

    private static EquatableArray<string>? GrantedScopes(Compilation compilation)
    {
        var attributeType = compilation.GetTypeByMetadataName("Scopewise.GrantedScopesAttribute");
        if (attributeType is null)
        {
            return null;
        }

        var attribute = compilation.Assembly.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));
        if (attribute is null || attribute.ConstructorArguments.Length != 1)
        {
            return null;
        }

        return attribute.ConstructorArguments[0].Values
            .Select(v => v.Value as string)
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => v!.Trim())
            .Distinct(StringComparer.Ordinal)
            .OrderBy(v => v, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    private static void Emit(SourceProductionContext output, ClientPlan client, EquatableArray<string> clashes)
    {
        foreach (var diagnostic in client.Diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (client.Failed)
        {
            return;
        }

        if (clashes.Count > 0 && clashes.Items.Contains(client.FilePath))
        {
            output.ReportDiagnostic(DiagnosticInfo.Create(Descriptors.SpecUnreadable, client.FilePath, 0, 0, client.FilePath,
                $"another spec already generates {client.Namespace}.{client.ClientName}; give one of them its own ClientName or Namespace").ToDiagnostic());
            return;
        }

        // All or nothing: every file of the spec is written before the first is added, so a spec that fails half
        // way leaves no half client behind (which would break the build with errors about missing types).
        var files = new System.Collections.Generic.List<(string HintName, Microsoft.CodeAnalysis.Text.SourceText Text)>();
        long generated = 0;
        try
        {
            foreach (var file in ClientEmitter.Emit(client))
            {
                output.CancellationToken.ThrowIfCancellationRequested();
                generated += file.Text.Length;
                if (generated > client.MaxGeneratedChars)
                {
                    output.ReportDiagnostic(SpecParser.OverBudget(client.FilePath, new Spec.Budgets.BudgetExceeded(
                        Spec.Budgets.SpecBudgets.GeneratedSize, client.MaxGeneratedChars, 0, 0,
                        $"its client would be more than {client.MaxGeneratedChars.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters of C#; IncludeTags, IncludePaths or IncludeOperations generate less")).ToDiagnostic());
                    return;
                }

                files.Add(file);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A generator must never throw (CS8785 would hide every other spec's output).
            output.ReportDiagnostic(DiagnosticInfo.Create(Descriptors.SpecUnreadable, client.FilePath, 0, 0, client.FilePath,
                "Scopewise could not generate code for it (" + exception.GetType().Name + ": " + exception.Message + "); please report this with the spec").ToDiagnostic());
            return;
        }

        // Hint names are unique within the plan, and clashes with other specs were decided above. The catch is only a
        // safety net (a generator must never throw), not how a clash is recognised.
        try
        {
            foreach (var (hintName, text) in files)
            {
                output.AddSource(hintName, text);
            }
        }
        catch (ArgumentException exception)
        {
            output.ReportDiagnostic(DiagnosticInfo.Create(Descriptors.SpecUnreadable, client.FilePath, 0, 0, client.FilePath,
                "Scopewise could not add its generated files (" + exception.Message + "); please report this with the spec").ToDiagnostic());
        }
    }
}
