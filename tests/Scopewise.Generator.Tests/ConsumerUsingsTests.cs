using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>
/// A consumer with ImplicitUsings imports System, System.IO, System.Linq, System.Net.Http, System.Threading(.Tasks):
/// importing a generated namespace beside them must not make everyday names ambiguous (Confluence v2 has a "Task"
/// schema, Jira a "Version" one).
/// </summary>
public sealed class ConsumerUsingsTests
{
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    [Theory]
    [InlineData("confluence-v2", "Scopewise.Confluence.V2")]
    [InlineData("jira-v3", "Scopewise.Jira")]
    [InlineData("confluence-v1", "Scopewise.Confluence.V1")]
    public void Importing_a_generated_namespace_beside_implicit_usings_leaves_everyday_names_unambiguous(string spec, string ns)
    {
        var consumer = CSharpSyntaxTree.ParseText($$"""
            using {{ns}};

            static class Consumer
            {
                static async Task<int> WaitAsync(CancellationToken token)
                {
                    await Task.Delay(1, token);
                    var version = new Version(1, 2);
                    var path = Path.Combine("a", "b");
                    var items = new List<string> { path }.Where(s => s.Length > 0).ToList();
                    using var http = new HttpClient();
                    return version.Major + items.Count;
                }
            }
            """, GeneratorHarness.ParseOptions, path: "Consumer.cs");
        var usings = CSharpSyntaxTree.ParseText(ImplicitUsings, GeneratorHarness.ParseOptions, path: "GlobalUsings.cs");

        var compilation = BundledGeneration.Generate(spec).Compilation.AddSyntaxTrees(consumer, usings);

        var problems = compilation.GetSemanticModel(consumer).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Confluence_v2s_Task_schema_is_generated_as_TaskModel()
    {
        var source = BundledGeneration.Generate("confluence-v2").Sources.Select(s => s.SourceText.ToString()).Single(s => s.Contains("public partial class TaskModel", StringComparison.Ordinal));

        Assert.Contains("public partial class TaskModel", source, StringComparison.Ordinal);
    }
}
