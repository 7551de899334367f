using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Scopewise.Generator;

namespace Scopewise.Generator.Tests.Infrastructure;

/// <summary>An AdditionalFiles item: path, text and the item metadata a project would give it.</summary>
public sealed record InputItem(string Path, string Text, IReadOnlyDictionary<string, string> Metadata)
{
    public static InputItem Spec(string path, string text, params (string Key, string Value)[] metadata)
        => new(path, text, metadata.Append(("ScopewiseKind", "spec")).ToDictionary(p => p.Item1, p => p.Item2));

    public static InputItem ScopeTable(string path, string text) => new(path, text, new Dictionary<string, string> { ["ScopewiseKind"] = "scopes" });

    /// <summary>A bundled spec with the metadata Scopewise.targets gives it.</summary>
    public static InputItem Bundled(string name)
    {
        var (client, ns, product, prefix, deployment) = name switch
        {
            "confluence-v1" => ("ConfluenceV1Client", "Scopewise.Confluence.V1", "confluence", "", "Cloud"),
            "confluence-v2" => ("ConfluenceV2Client", "Scopewise.Confluence.V2", "confluence", "", "Cloud"),
            "jira-v3" => ("JiraClient", "Scopewise.Jira", "jira", "", "Cloud"),
            "confluence-dc" => ("ConfluenceDataCenterClient", "Scopewise.Confluence.DataCenter", "confluence", "/", "DataCenter"),
            _ => throw new ArgumentException(name),
        };
        var path = System.IO.Path.Combine(BundledDirectory, name + ".openapi.json");
        var metadata = new List<(string, string)> { ("ScopewiseClientName", client), ("ScopewiseNamespace", ns), ("ScopewiseProduct", product), ("ScopewiseDeployment", deployment) };
        if (prefix.Length > 0)
        {
            metadata.Add(("ScopewisePathPrefix", prefix));
        }

        return Spec(path, File.ReadAllText(path), metadata.ToArray());
    }

    public static InputItem BundledTable(string product)
    {
        var path = System.IO.Path.Combine(BundledDirectory, product + ".scopes.json");
        return ScopeTable(path, File.ReadAllText(path));
    }

    public static string BundledDirectory => System.IO.Path.Combine(AppContext.BaseDirectory, "BundledSpecs");
}

/// <summary>Runs the generator in memory, the way the compiler does, and compiles its output.</summary>
public static class GeneratorHarness
{
    private static readonly ImmutableArray<MetadataReference> References =
        Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(ApiConnection).Assembly.Location))
            .ToImmutableArray();

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static CSharpCompilation CreateCompilation(params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    public static GeneratorDriver CreateDriver(IEnumerable<InputItem> items, bool trackSteps = false)
        => CreateDriver(items, trackSteps, out _);

    public static GeneratorDriver CreateDriver(IEnumerable<InputItem> items, bool trackSteps, out ImmutableArray<AdditionalText> texts)
    {
        texts = items.Select(i => (AdditionalText)new InMemoryAdditionalText(i.Path, i.Text)).ToImmutableArray();
        var options = new ItemOptionsProvider(items.ToDictionary(i => i.Path, i => i.Metadata));
        return CSharpGeneratorDriver.Create(
            new[] { new ScopewiseGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    public static GeneratorResult Run(IEnumerable<InputItem> items, params string[] sources)
    {
        var compilation = CreateCompilation(sources);
        var driver = CreateDriver(items).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorResult(driver.GetRunResult(), (CSharpCompilation)output, generatorDiagnostics);
    }
}

public sealed record GeneratorResult(GeneratorDriverRunResult Run, CSharpCompilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>The directive generated files carry so consumers' builds skip nullable analysis of them.</summary>
    public const string NullableWarningsOff = "#nullable disable warnings\n";

    /// <summary>
    /// Warnings and errors of the output, with nullable warnings switched back on in generated files: they are off
    /// for consumers (build speed), and these tests are what holds the generated code to them.
    /// </summary>
    public IEnumerable<Diagnostic> CompilationDiagnostics
    {
        get
        {
            var strict = Compilation;
            var generated = Sources.Select(s => s.SyntaxTree.FilePath).ToHashSet(StringComparer.Ordinal);
            foreach (var tree in Compilation.SyntaxTrees.Where(t => generated.Contains(t.FilePath)))
            {
                var text = tree.GetText().ToString();
                Assert.True(text.Contains(NullableWarningsOff, StringComparison.Ordinal), $"{tree.FilePath} does not switch nullable warnings off the way the tests expect; update {nameof(NullableWarningsOff)}");
                strict = strict.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text.Replace(NullableWarningsOff, "#nullable enable warnings\n", StringComparison.Ordinal))));
            }

            return strict.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError);
        }
    }

    public string Source(string hintNameSuffix)
        => Run.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName.EndsWith(hintNameSuffix, StringComparison.Ordinal)).SourceText.ToString();

    public IEnumerable<GeneratedSourceResult> Sources => Run.Results.SelectMany(r => r.GeneratedSources);
}

internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

internal sealed class ItemOptionsProvider(Dictionary<string, IReadOnlyDictionary<string, string>> items) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new ItemOptions(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => items.TryGetValue(textFile.Path, out var metadata)
            ? new ItemOptions(metadata.ToDictionary(p => "build_metadata.AdditionalFiles." + p.Key, p => p.Value))
            : GlobalOptions;

    private sealed class ItemOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
