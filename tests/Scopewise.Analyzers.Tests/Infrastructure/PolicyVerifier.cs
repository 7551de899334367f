using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Scopewise.Analyzers.Tests.Infrastructure;

/// <summary>Runs <see cref="OperationPolicyAnalyzer"/> on test sources against the real Scopewise attributes, with "today" pinned.</summary>
internal static class PolicyVerifier
{
    /// <summary>The date the tests pin through <c>build_property.ScopewiseToday</c>.</summary>
    public const string Today = "2026-11-30";

    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<OperationPolicyAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static async Task VerifyAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<OperationPolicyAnalyzer, DefaultVerifier> { ReferenceAssemblies = ScopeVerifier.Net80 };
        test.TestState.AdditionalReferences.Add(await ScopewiseAttributes.GetReferenceAsync());
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + AnalysisDate.OptionName + " = " + Today + "\n"));
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
