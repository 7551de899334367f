using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Scopewise.Benchmarks.Generator;

/// <summary>
/// The bundled specs and scope tables as AdditionalFiles with the item metadata Scopewise.targets gives them,
/// so the generator sees exactly what it sees in a user's build.
/// </summary>
internal static class BundledSpecs
{
    /// <summary>Every bundled spec, and "all" for the four together in one project.</summary>
    public static readonly string[] Names = ["confluence-v1", "confluence-v2", "jira-v3", "confluence-dc", "all"];

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "BundledSpecs");

    public static string SpecPath(string name) => Path.Combine(Directory, name + ".openapi.json");

    /// <summary>The spec names a benchmark parameter stands for.</summary>
    public static string[] Expand(string name) => name == "all" ? Names[..^1] : [name];

    /// <summary>The specs of <paramref name="name"/> plus the scope tables, with their metadata.</summary>
    public static (ImmutableArray<AdditionalText> Texts, AnalyzerConfigOptionsProvider Options) Inputs(string name, IReadOnlyDictionary<string, string>? extraMetadata = null)
    {
        var items = new List<(AdditionalText Text, Dictionary<string, string> Metadata)>();
        foreach (var spec in Expand(name))
        {
            var metadata = SpecMetadata(spec);
            foreach (var (key, value) in extraMetadata ?? new Dictionary<string, string>())
            {
                metadata[key] = value;
            }

            items.Add((new FileText(SpecPath(spec)), metadata));
        }

        foreach (var table in new[] { "confluence", "jira" })
        {
            items.Add((new FileText(Path.Combine(Directory, table + ".scopes.json")), new() { ["ScopewiseKind"] = "scopes" }));
        }

        return (items.Select(i => i.Text).ToImmutableArray(), new MetadataOptions(items.ToDictionary(i => i.Text.Path, i => i.Metadata)));
    }

    private static Dictionary<string, string> SpecMetadata(string spec)
    {
        var (client, ns, product, deployment) = spec switch
        {
            "confluence-v1" => ("ConfluenceV1Client", "Scopewise.Confluence.V1", "confluence", "Cloud"),
            "confluence-v2" => ("ConfluenceV2Client", "Scopewise.Confluence.V2", "confluence", "Cloud"),
            "jira-v3" => ("JiraClient", "Scopewise.Jira", "jira", "Cloud"),
            "confluence-dc" => ("ConfluenceDataCenterClient", "Scopewise.Confluence.DataCenter", "confluence", "DataCenter"),
            _ => throw new ArgumentException($"'{spec}' is not a bundled spec; use one of {string.Join(", ", Names)}", nameof(spec)),
        };
        var metadata = new Dictionary<string, string>
        {
            ["ScopewiseKind"] = "spec",
            ["ScopewiseClientName"] = client,
            ["ScopewiseNamespace"] = ns,
            ["ScopewiseProduct"] = product,
            ["ScopewiseDeployment"] = deployment,
        };
        if (spec == "confluence-dc")
        {
            metadata["ScopewisePathPrefix"] = "/";
        }

        return metadata;
    }

    /// <summary>A file read once; the compiler also hands generators one SourceText per file and keeps it.</summary>
    private sealed class FileText(string path) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(File.ReadAllText(path));

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Answers build_metadata.AdditionalFiles.* the way the compiler does from the generated .editorconfig.</summary>
    private sealed class MetadataOptions(Dictionary<string, Dictionary<string, string>> byPath) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options([]);

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => byPath.TryGetValue(textFile.Path, out var metadata)
                ? new Options(metadata.ToDictionary(p => "build_metadata.AdditionalFiles." + p.Key, p => p.Value))
                : Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
