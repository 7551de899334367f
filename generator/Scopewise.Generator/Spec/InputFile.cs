using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;

namespace Scopewise.Generator.Spec;

internal enum InputKind
{
    Spec,
    ScopeTable,
}

/// <summary>An AdditionalFile the project marked for Scopewise (metadata <c>ScopewiseKind</c>), with its item metadata.</summary>
internal sealed class InputFile : IEquatable<InputFile>
{
    private const string Prefix = "build_metadata.AdditionalFiles.";

    private InputFile(InputKind kind, SpecSource source, SpecOptions options, EquatableArray<DiagnosticInfo> optionProblems)
    {
        Kind = kind;
        Source = source;
        Options = options;
        Input = new SpecInput(source, options.Budgets, optionProblems);
    }

    public InputKind Kind { get; }

    public SpecSource Source { get; }

    public SpecOptions Options { get; }

    /// <summary>What the parse step reads: the text and the budgets.</summary>
    public SpecInput Input { get; }

    public static InputFile? Classify(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        var kind = Read(options, "ScopewiseKind")?.ToLowerInvariant() switch
        {
            "spec" => InputKind.Spec,
            "scopes" => InputKind.ScopeTable,
            _ => (InputKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return null;
        }

        var problems = new System.Collections.Generic.List<DiagnosticInfo>();
        var budgets = Budgets.SpecBudgets.From(
            name => Read(options, "Scopewise" + name),
            (name, value) => problems.Add(DiagnosticInfo.Create(Descriptors.ConstructNotSupported, file.Path, 0, 0, name, System.IO.Path.GetFileName(file.Path), $"'{value}' is not a positive whole number; the default limit is used")));
        var specOptions = new SpecOptions(
            file.Path,
            Read(options, "ScopewiseClientName"),
            Read(options, "ScopewiseNamespace"),
            Read(options, "ScopewiseProduct")?.ToLowerInvariant(),
            Read(options, "ScopewisePathPrefix"),
            Read(options, "ScopewiseScopeTable"),
            Read(options, "ScopewiseDeployment"),
            List(options, "ScopewiseIncludeTags"),
            List(options, "ScopewiseIncludePaths"),
            List(options, "ScopewiseIncludeOperations"),
            budgets);
        return new InputFile(kind.Value, new SpecSource(file.Path, text), specOptions, problems.ToEquatableArray());
    }

    private static string? Read(AnalyzerConfigOptions options, string name)
        => options.TryGetValue(Prefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static EquatableArray<string> List(AnalyzerConfigOptions options, string name)
        => (Read(options, name) ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0).ToEquatableArray();

    public bool Equals(InputFile? other) => other is not null && Kind == other.Kind && Input.Equals(other.Input) && Options.Equals(other.Options);

    public override bool Equals(object? obj) => Equals(obj as InputFile);

    public override int GetHashCode() => Source.GetHashCode() ^ (int)Kind;
}
