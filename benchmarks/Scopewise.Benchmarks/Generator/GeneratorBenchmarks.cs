using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NSwag;
using Scopewise.Generator;
using Scopewise.Generator.Emit;
using Scopewise.Generator.Model;
using Scopewise.Generator.Resolve;
using Scopewise.Generator.Scopes;
using Scopewise.Generator.Spec;

namespace Scopewise.Benchmarks.Generator;

/// <summary>
/// The generator per bundled spec (and all four in one project) against the floor of NSwag.Core's parse of the
/// same file. Targets: the generator's own cold work (parse + resolve + emit) ≤ 1.3 × the NSwag parse; a warm
/// incremental run after an unrelated edit ≤ 5 ms for all specs together.
/// </summary>
[BenchmarkCategory("Generator")]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private ImmutableArray<AdditionalText> _texts;
    private AnalyzerConfigOptionsProvider _options = null!;
    private CSharpCompilation _compilation = null!;
    private SyntaxTree _editedTree = null!;
    private GeneratorDriver _warmDriver = null!;
    private int _edits;
    private ImmutableArray<SpecSource> _specSources;
    private ImmutableArray<ApiModel> _parsed;
    private OptionsIndex _specOptions = null!;
    private ImmutableArray<ScopeTable> _tables;

    /// <summary>Which bundled spec; "all" is the four in one project.</summary>
    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = "confluence-v2";

    /// <summary>The values of <see cref="Spec"/>.</summary>
    public static IEnumerable<string> Specs => BundledSpecs.Names;

    /// <summary>Reads the inputs once and primes a driver for the warm runs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_texts, _options) = BundledSpecs.Inputs(Spec);
        _compilation = ConsumerCompilation();
        _editedTree = _compilation.SyntaxTrees.Last();
        _warmDriver = NewDriver().RunGenerators(_compilation);
        var sources = _warmDriver.GetRunResult().Results.Single().GeneratedSources;
        if (sources.IsEmpty)
        {
            throw new InvalidOperationException($"the generator produced nothing for {Spec}: check BundledSpecs metadata");
        }

        var inputs = _texts.Select(t => InputFile.Classify(t, _options.GetOptions(t), CancellationToken.None)!).ToList();
        _specSources = inputs.Where(i => i.Kind == InputKind.Spec).Select(i => i.Source).ToImmutableArray();
        _specOptions = SpecIndex.Build(inputs.Where(i => i.Kind == InputKind.Spec).ToImmutableArray()).Options;
        _tables = inputs.Where(i => i.Kind == InputKind.ScopeTable).Select(i => ScopeTableParser.Parse(i.Source.Path, i.Source.Content)).ToImmutableArray();
        _parsed = _specSources.Select(s => SpecParser.Parse(s, CancellationToken.None)).ToImmutableArray();
    }

    /// <summary>The floor: NSwag.Core's parse of the same JSON, nothing else.</summary>
    [Benchmark(Baseline = true)]
    public int NSwagParse()
    {
        var operations = 0;
        foreach (var source in _specSources)
        {
            var document = OpenApiDocument.FromJsonAsync(source.Content, source.Path).GetAwaiter().GetResult();
            operations += document.Operations.Count();
        }

        return operations;
    }

    /// <summary>The generator's parse step: NSwag's deserializer, the typed $ref binding and mapping to the equatable model.</summary>
    [Benchmark]
    public int ScopewiseParse()
    {
        var types = 0;
        foreach (var source in _specSources)
        {
            types += SpecParser.Parse(source, CancellationToken.None).Types.Count;
        }

        return types;
    }

    /// <summary>Resolve names and scopes and write all C# text, from an already parsed model.</summary>
    [Benchmark]
    public long ResolveAndEmit()
    {
        long characters = 0;
        foreach (var api in _parsed)
        {
            var client = ClientPlanner.Plan(api, _specOptions.Find(api.FilePath), _tables);
            foreach (var (_, text) in ClientEmitter.Emit(client))
            {
                characters += text.Length;
            }
        }

        return characters;
    }

    /// <summary>The generator's whole cold work without Roslyn: parse, resolve, emit.</summary>
    [Benchmark]
    public long ScopewiseCold()
    {
        long characters = 0;
        foreach (var source in _specSources)
        {
            var api = SpecParser.Parse(source, CancellationToken.None);
            var client = ClientPlanner.Plan(api, _specOptions.Find(api.FilePath), _tables);
            foreach (var (_, text) in ClientEmitter.Emit(client))
            {
                characters += text.Length;
            }
        }

        return characters;
    }

    /// <summary>A cold run as the compiler does it: a new driver, including Roslyn parsing the emitted C#.</summary>
    [Benchmark]
    public GeneratorDriver DriverCold() => NewDriver().RunGenerators(_compilation);

    /// <summary>A warm incremental run after an unrelated edit (a new compilation with one changed file).</summary>
    [Benchmark]
    public GeneratorDriver DriverWarmAfterEdit()
    {
        var edited = CSharpSyntaxTree.ParseText($"namespace Consumer; internal static class Edited {{ public const int Count = {++_edits}; }}", ParseOptions, _editedTree.FilePath);
        _compilation = _compilation.ReplaceSyntaxTree(_editedTree, edited);
        _editedTree = edited;
        _warmDriver = _warmDriver.RunGenerators(_compilation);
        return _warmDriver;
    }

    private GeneratorDriver NewDriver()
        => CSharpGeneratorDriver.Create(
            [new ScopewiseGenerator().AsSourceGenerator()],
            _texts,
            ParseOptions,
            _options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None));

    /// <summary>A small app referencing the framework and the Scopewise runtime, with a granted-scopes declaration.</summary>
    private static CSharpCompilation ConsumerCompilation()
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(ApiConnection).Assembly.Location));
        string[] sources =
        [
            "[assembly: Scopewise.GrantedScopes(\"read:page:confluence\", \"read:jira-work\")]",
            "namespace Consumer; public static class Program { public static void Main() { } }",
            "namespace Consumer; internal static class Edited { public const int Count = 0; }",
        ];
        return CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, $"Source{i}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
    }
}
