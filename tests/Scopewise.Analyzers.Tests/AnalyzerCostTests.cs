using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Scopewise.Analyzers.Tests.Infrastructure;

namespace Scopewise.Analyzers.Tests;

/// <summary>Projects that do not use Scopewise pay nothing per operation or symbol.</summary>
public sealed class AnalyzerCostTests
{
    private const string Code = """
        public class Worker
        {
            public int Count => System.Linq.Enumerable.Count(new[] { 1, 2 });
            public void Run() => System.Console.WriteLine(Count);
        }
        """;

    [Fact]
    public async Task Without_the_Scopewise_attributes_no_action_is_registered()
    {
        var telemetry = await TelemetryAsync(await ScopewiseAttributes.GetFrameworkAsync());

        Assert.Equal(0, telemetry.OperationActionsCount);
        Assert.Equal(0, telemetry.SymbolActionsCount);
        Assert.Equal(0, telemetry.SyntaxTreeActionsCount);
        Assert.Equal(0, telemetry.CompilationEndActionsCount);
    }

    [Fact]
    public async Task With_the_Scopewise_attributes_the_use_site_actions_are_registered()
    {
        var references = (await ScopewiseAttributes.GetFrameworkAsync()).Add(await ScopewiseAttributes.GetReferenceAsync());
        var telemetry = await TelemetryAsync(references);

        Assert.Equal(4, telemetry.OperationActionsCount);
        Assert.Equal(1, telemetry.CompilationEndActionsCount);
    }

    private static async Task<AnalyzerTelemetryInfo> TelemetryAsync(ImmutableArray<MetadataReference> references)
    {
        var compilation = CSharpCompilation.Create(
            "NoScopewise",
            new[] { CSharpSyntaxTree.ParseText(Code) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzer = new ScopeAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        Assert.Empty(await withAnalyzers.GetAnalyzerDiagnosticsAsync());
        return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }
}
