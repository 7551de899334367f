using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests.Fuzz;

/// <summary>What one run of the generator on a fuzz spec (beside the control spec) produced, and what is wrong with it.</summary>
public sealed class FuzzRun
{
    public required FuzzSpec Spec { get; init; }

    public GeneratorResult? Result { get; set; }

    public List<string> Problems { get; } = [];

    /// <summary>The declared types and members of the target namespace, "kind display-string" each.</summary>
    public SortedSet<string>? TargetMembers { get; set; }

    public TimeSpan Elapsed { get; set; }

    public string Phase { get; set; } = "start";

    public List<string> TargetSources { get; } = [];
}

/// <summary>
/// Runs the generator in process on a thread with a 1 MB stack (smaller than the compiler's, so a recursion that would
/// only just fit there fails here) under a wall-clock budget, then checks the run: no generator exception or CS8785,
/// no warning or error in generated code, nothing declared that the spec does not declare, all-or-nothing output for a
/// spec the generator refused, and the control spec generated regardless.
/// </summary>
public static class FuzzRunner
{
    private const int StackSize = 1024 * 1024;
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(20);
    // One consumer compilation for every run: runs derive theirs from it, sharing its bound reference assemblies.
    private static readonly Lazy<CSharpCompilation> EmptyCompilation = new(() => GeneratorHarness.CreateCompilation());
    private static readonly string[] Refusals = ["SW1001", "SW1005"];
    private static readonly string[] NotGenerated = ["SW1001", "SW1004", "SW1005"];

    public static FuzzRun Run(FuzzCase fuzzCase, bool collectMembers = false)
    {
        FuzzSpec spec;
        try
        {
            spec = fuzzCase.Build();
        }
        catch (Exception exception)
        {
            var broken = new FuzzRun { Spec = new FuzzSpec("?", "", [], "") };
            broken.Problems.Add("the corpus could not build this case (a test bug): " + exception);
            return broken;
        }

        var run = Run(spec, fuzzCase.Budget, collectMembers);
        if (fuzzCase.MustGenerate && run.Result is { } result)
        {
            var refused = TargetDiagnostics(result, spec).Where(d => NotGenerated.Contains(d.Id)).ToList();
            if (refused.Count > 0)
            {
                run.Problems.Add($"[must-generate] this valid spec was refused: {Describe(refused[0])}");
            }
            else if (run.TargetSources.Count == 0)
            {
                run.Problems.Add("[must-generate] this valid spec generated no source (generator diagnostics: " + string.Join("; ", result.GeneratorDiagnostics.Take(3).Select(Describe)) + ")");
            }
        }

        return run;
    }

    public static FuzzRun Run(FuzzSpec spec, TimeSpan budget, bool collectMembers)
    {
        var run = new FuzzRun { Spec = spec };
        var metadata = spec.Metadata.Any(m => m.Key == "ScopewiseNamespace") ? spec.Metadata : [.. spec.Metadata, ("ScopewiseNamespace", BaseSpecs.TargetNamespace)];
        var items = new List<InputItem> { InputItem.Spec(spec.Path, spec.Text, [.. metadata]), BaseSpecs.ControlItem };
        var cancellation = new CancellationTokenSource(budget);
        Exception? failure = null;
        var stopwatch = Stopwatch.StartNew();
        var worker = new Thread(
            () =>
            {
                try
                {
                    Execute(run, items, collectMembers, cancellation.Token);
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            StackSize)
        {
            IsBackground = true,
            Name = "fuzz " + spec.Path,
        };
        worker.Start();
        var finished = worker.Join(budget + Grace);
        run.Elapsed = stopwatch.Elapsed;
        if (!finished)
        {
            // The worker still runs (and still uses the token and its run): report on a copy, leave both alone.
            var hung = new FuzzRun { Spec = spec, Elapsed = run.Elapsed, Phase = run.Phase };
            hung.Problems.Add($"hang: still running {hung.Elapsed.TotalSeconds:0} s after start (budget {budget.TotalSeconds:0} s, cancelled at the budget) in phase '{hung.Phase}'; the generator does not observe cancellation there");
            return hung;
        }

        cancellation.Dispose();

        if (failure is OperationCanceledException)
        {
            run.Problems.Add($"budget: exceeded {budget.TotalSeconds:0} s in phase '{run.Phase}' and was cancelled");
        }
        else if (failure is not null)
        {
            run.Problems.Add($"exception escaped during phase '{run.Phase}': {failure.GetType().FullName}: {Payloads.Show(failure.Message)}{StackTop(failure)}");
        }
        else if (run.Elapsed > budget)
        {
            run.Problems.Add($"budget: took {run.Elapsed.TotalSeconds:0.0} s, budget {budget.TotalSeconds:0} s");
        }

        return run;
    }

    private static void Execute(FuzzRun run, IReadOnlyList<InputItem> items, bool collectMembers, CancellationToken token)
    {
        run.Phase = "generate";
        var compilation = EmptyCompilation.Value;
        var driver = GeneratorHarness.CreateDriver(items).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, token);
        token.ThrowIfCancellationRequested();
        var result = new GeneratorResult(driver.GetRunResult(), (CSharpCompilation)output, generatorDiagnostics);
        run.Result = result;

        run.Phase = "check generator result";
        foreach (var generator in result.Run.Results.Where(r => r.Exception is not null))
        {
            run.Problems.Add($"generator exception: {generator.Exception!.GetType().FullName}: {Payloads.Show(generator.Exception.Message)}{StackTop(generator.Exception)}");
        }

        foreach (var diagnostic in result.GeneratorDiagnostics.Where(d => d.Id is "CS8785" or "CS8784"))
        {
            run.Problems.Add($"generator failure diagnostic {Describe(diagnostic)}");
        }

        var expectedNamespace = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in result.Sources)
        {
            if (source.HintName.StartsWith(BaseSpecs.TargetNamespace + ".", StringComparison.Ordinal))
            {
                expectedNamespace[source.SyntaxTree.FilePath] = BaseSpecs.TargetNamespace;
                run.TargetSources.Add(source.HintName);
            }
            else if (source.HintName.StartsWith(BaseSpecs.ControlNamespace + ".", StringComparison.Ordinal))
            {
                expectedNamespace[source.SyntaxTree.FilePath] = BaseSpecs.ControlNamespace;
            }
            else
            {
                run.Problems.Add($"unexpected generated source '{Payloads.Show(source.HintName)}': its hint name belongs to neither spec");
            }
        }

        // (d) All or nothing: a refused spec adds no source.
        var refusals = TargetDiagnostics(result, run.Spec).Where(d => Refusals.Contains(d.Id)).ToList();
        if (refusals.Count > 0 && run.TargetSources.Count > 0)
        {
            run.Problems.Add($"all-or-nothing: {Describe(refusals[0])} — yet {run.TargetSources.Count} source(s) were added for the spec: {string.Join(", ", run.TargetSources.Take(4).Select(Payloads.Show))}");
        }

        // (e) The control spec generates whatever the other spec does.
        var controlErrors = result.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == BaseSpecs.ControlPath).ToList();
        if (controlErrors.Count > 0)
        {
            run.Problems.Add($"control spec: {Describe(controlErrors[0])}");
        }

        var controlClient = result.Compilation.GetTypeByMetadataName(BaseSpecs.ControlNamespace + "." + BaseSpecs.ControlClient);
        if (!result.Sources.Any(s => s.HintName == $"{BaseSpecs.ControlNamespace}.{BaseSpecs.ControlClient}.g.cs") || controlClient is null
            || !AllTypes(result.Compilation.Assembly.GlobalNamespace).Any(t => t.ContainingNamespace.ToDisplayString() == BaseSpecs.ControlNamespace && t.GetMembers("GetPetAsync").Length > 0))
        {
            run.Problems.Add("control spec did not generate (its client or GetPetAsync is missing): one bad spec dropped another");
        }

        run.Phase = "compile";
        var diagnostics = StrictDiagnostics(result, token);
        var generatedPaths = expectedNamespace.Keys.ToHashSet(StringComparer.Ordinal);
        var offending = diagnostics.Where(d => !d.Location.IsInSource || generatedPaths.Contains(d.Location.SourceTree!.FilePath)).ToList();
        if (offending.Count > 0)
        {
            var errors = offending.Count(d => d.Severity == DiagnosticSeverity.Error);
            run.Problems.Add($"generated code has {errors} error(s) and {offending.Count - errors} warning(s); first: " + string.Join("\n     then: ", offending.Take(3).Select(WithLine)));
        }
        else
        {
            // Some errors exist only when metadata is written, such as CS7013 (a name longer than metadata allows); a
            // consumer's build emits, so the check must too. Metadata only: IL adds no name and costs a third of a case.
            run.Phase = "emit";
            using var image = new MemoryStream();
            var emitted = result.Compilation.Emit(image, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(metadataOnly: true), cancellationToken: token);
            var emitErrors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (!emitted.Success || emitErrors.Count > 0)
            {
                run.Problems.Add($"generated code compiles but does not emit: {emitErrors.Count} error(s); first: " + string.Join("\n     then: ", emitErrors.Take(2).Select(WithLine)));
            }
        }

        run.Phase = "inspect syntax";
        foreach (var source in result.Sources)
        {
            if (expectedNamespace.TryGetValue(source.SyntaxTree.FilePath, out var ns))
            {
                InspectTree(run, source, ns, token);
            }
        }

        run.Phase = "inspect symbols";
        InspectSymbols(run, result.Compilation);
        if (collectMembers)
        {
            run.TargetMembers = Members(result.Compilation, BaseSpecs.TargetNamespace);
        }

        run.Phase = "done";
    }

    /// <summary>The harness's CompilationDiagnostics (nullable warnings back on in generated files), cancellable.</summary>
    private static List<Diagnostic> StrictDiagnostics(GeneratorResult result, CancellationToken token)
    {
        var strict = result.Compilation;
        var generated = result.Sources.Select(s => s.SyntaxTree.FilePath).ToHashSet(StringComparer.Ordinal);
        foreach (var tree in result.Compilation.SyntaxTrees.Where(t => generated.Contains(t.FilePath)))
        {
            var text = tree.GetText(token).ToString();
            if (text.Contains(GeneratorResult.NullableWarningsOff, StringComparison.Ordinal))
            {
                strict = strict.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text.Replace(GeneratorResult.NullableWarningsOff, "#nullable enable warnings\n", StringComparison.Ordinal))));
            }
        }

        return strict.GetDiagnostics(token).Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError).ToList();
    }

    private static void InspectTree(FuzzRun run, GeneratedSourceResult source, string expectedNamespace, CancellationToken token)
    {
        var root = (CompilationUnitSyntax)source.SyntaxTree.GetRoot(token);
        var hint = Payloads.Show(source.HintName);
        if (root.AttributeLists.Count > 0)
        {
            run.Problems.Add($"injection: assembly/module attribute in {hint}: {Line(root.AttributeLists[0])}");
        }

        if (root.Externs.Count > 0 || root.Usings.Any(u => !u.GlobalKeyword.IsKind(SyntaxKind.None)))
        {
            run.Problems.Add($"injection: extern alias or global using in {hint}");
        }

        foreach (var member in root.Members)
        {
            if (member is not BaseNamespaceDeclarationSyntax ns || ns.Name.ToString() != expectedNamespace)
            {
                run.Problems.Add($"injection: top-level declaration outside namespace {expectedNamespace} in {hint}: {Line(member)}");
            }
            else if (ns.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault() is { } nested)
            {
                run.Problems.Add($"injection: nested namespace in {hint}: {Line(nested)}");
            }
        }

        foreach (var token2 in root.DescendantTokens())
        {
            if (token2.IsKind(SyntaxKind.IdentifierToken) && Payloads.Markers.Contains(token2.ValueText))
            {
                run.Problems.Add($"injection: payload identifier '{token2.ValueText}' is code in {hint}: {Line(token2)}");
                break;
            }
        }

        foreach (var attribute in root.DescendantNodes().OfType<AttributeSyntax>())
        {
            if (attribute.Name.ToString().Contains("ModuleInitializer", StringComparison.Ordinal))
            {
                run.Problems.Add($"injection: ModuleInitializer attribute in {hint}: {Line(attribute)}");
                break;
            }
        }
    }

    private static void InspectSymbols(FuzzRun run, Compilation compilation)
    {
        if (compilation.Assembly.GetAttributes().Length > 0 || compilation.SourceModule.GetAttributes().Length > 0)
        {
            run.Problems.Add("injection: the compilation has assembly or module attributes: " + string.Join(", ", compilation.Assembly.GetAttributes().Concat(compilation.SourceModule.GetAttributes()).Take(3)));
        }

        foreach (var type in AllTypes(compilation.Assembly.GlobalNamespace))
        {
            if (Payloads.Markers.Contains(type.Name))
            {
                run.Problems.Add($"injection: declared type {type.ToDisplayString()}");
            }

            foreach (var member in type.GetMembers())
            {
                if (Payloads.Markers.Contains(member.Name))
                {
                    run.Problems.Add($"injection: declared member {member.ToDisplayString()}");
                }

                if (member is IMethodSymbol method && method.GetAttributes().Any(a => a.AttributeClass?.Name == "ModuleInitializerAttribute"))
                {
                    run.Problems.Add($"injection: module initializer {method.ToDisplayString()}");
                }
            }
        }
    }

    public static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
    {
        var stack = new Stack<INamespaceOrTypeSymbol>();
        stack.Push(ns);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is INamedTypeSymbol type)
            {
                yield return type;
            }

            foreach (var child in current.GetMembers().OfType<INamespaceOrTypeSymbol>())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>Every type and member declared in <paramref name="ns"/>, as "Kind display-string", sorted.</summary>
    public static SortedSet<string> Members(Compilation compilation, string ns)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in AllTypes(compilation.Assembly.GlobalNamespace).Where(t => t.ContainingNamespace.ToDisplayString() == ns))
        {
            set.Add("type " + type.ToDisplayString());
            foreach (var member in type.GetMembers().Where(m => m is not INamedTypeSymbol))
            {
                set.Add(member.Kind + " " + member.ToDisplayString());
            }
        }

        return set;
    }

    public static IEnumerable<Diagnostic> TargetDiagnostics(GeneratorResult result, FuzzSpec spec)
        => result.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path == spec.Path
            || (!d.Location.IsInSource && d.Location.GetLineSpan().Path is null or "" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(Path.GetFileName(spec.Path), StringComparison.Ordinal)));

    public static string Describe(Diagnostic diagnostic)
        => $"{diagnostic.Id} ({diagnostic.Severity}): {Payloads.Show(Cut(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), 400))}";

    private static string WithLine(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var where = diagnostic.Location.IsInSource ? $"{Payloads.Show(Cut(Path.GetFileName(span.Path), 120))}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})" : "(no location)";
        var line = diagnostic.Location.IsInSource ? "\n       line: " + Payloads.Show(Cut(diagnostic.Location.SourceTree!.GetText().Lines[span.StartLinePosition.Line].ToString().Trim(), 300)) : "";
        return $"{diagnostic.Id} at {where}: {Payloads.Show(Cut(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), 300))}{line}";
    }

    private static string Line(SyntaxNode node) => Line(node.GetFirstToken());

    private static string Line(SyntaxToken token)
    {
        var span = token.GetLocation().GetLineSpan();
        return $"line {span.StartLinePosition.Line + 1}: " + Payloads.Show(Cut(token.SyntaxTree!.GetText().Lines[span.StartLinePosition.Line].ToString().Trim(), 300));
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    public static string StackTop(Exception exception, int frames = 6)
    {
        var builder = new StringBuilder();
        foreach (var line in (exception.StackTrace ?? "").Split('\n').Where(l => l.Trim().Length > 0).Take(frames))
        {
            builder.Append("\n       ").Append(line.Trim());
        }

        if (exception.InnerException is { } inner)
        {
            builder.Append("\n       inner: ").Append(inner.GetType().FullName).Append(": ").Append(Payloads.Show(Cut(inner.Message, 300))).Append(StackTop(inner, 4));
        }

        return builder.ToString();
    }

    /// <summary>The message a failing case gives: which case, class, field and mutation, and each problem.</summary>
    public static string Report(FuzzCase fuzzCase, FuzzRun run)
    {
        var builder = new StringBuilder();
        builder.Append($"fuzz case '{fuzzCase.Name}' failed\n");
        builder.Append($"  class: {fuzzCase.Class} | field: {fuzzCase.Field} | mutation: {fuzzCase.Mutation}\n");
        builder.Append($"  site: {Payloads.Show(run.Spec.Detail)} | spec: {run.Spec.Path} ({run.Spec.Text.Length:N0} chars) | {run.Elapsed.TotalSeconds:0.0} s\n");
        var index = 1;
        foreach (var problem in run.Problems.Take(8))
        {
            builder.Append($"  {index++}. {problem}\n");
        }

        if (run.Problems.Count > 8)
        {
            builder.Append($"  … and {run.Problems.Count - 8} more\n");
        }

        return builder.ToString();
    }
}
