using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Scopewise.CodeFixes;

namespace Scopewise.Analyzers.Tests.Infrastructure;

/// <summary>Runs <see cref="ScopeAnalyzer"/> and <see cref="GrantScopesCodeFixProvider"/> on test sources that reference the real Scopewise runtime.</summary>
internal static class ScopeVerifier
{
    /// <summary>
    /// .NET 8 reference assemblies from the local NuGet cache: the testing library's presets ask for pack
    /// versions the registry here does not serve.
    /// </summary>
    public static readonly ReferenceAssemblies Net80 = new(
        "net8.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.31"),
        Path.Combine("ref", "net8.0"));

    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<ScopeAnalyzer, GrantScopesCodeFixProvider, DefaultVerifier>.Diagnostic(id);

    /// <summary>Analyzer only: <paramref name="source"/> marks expected diagnostics with {|SW2001:...|} spans.</summary>
    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAnalyzerAsync(new[] { source }, expected);

    public static async Task VerifyAnalyzerAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = await CreateAnalyzerTestAsync();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static async Task<AnalyzerTest> CreateAnalyzerTestAsync() => Configure(new AnalyzerTest(), await ScopewiseAttributes.GetReferenceAsync());

    public static async Task<CodeFixTest> CreateCodeFixTestAsync() => Configure(new CodeFixTest(), await ScopewiseAttributes.GetReferenceAsync());

    private static T Configure<T>(T test, MetadataReference scopewise)
        where T : AnalyzerTest<DefaultVerifier>
    {
        test.ReferenceAssemblies = Net80;
        test.TestState.AdditionalReferences.Add(scopewise);
        // SW2002 is compilation-end and on by default; tests that are not about it would otherwise have to list it.
        test.DisabledDiagnostics.Add(ScopeDiagnostics.UnusedGrantId);
        return test;
    }

    /// <summary>A test with SW2002 enabled.</summary>
    public static T WithUnusedGrants<T>(this T test)
        where T : AnalyzerTest<DefaultVerifier>
    {
        test.DisabledDiagnostics.Remove(ScopeDiagnostics.UnusedGrantId);
        return test;
    }

    internal sealed class AnalyzerTest : CSharpAnalyzerTest<ScopeAnalyzer, DefaultVerifier>
    {
    }

    internal sealed class CodeFixTest : CSharpCodeFixTest<ScopeAnalyzer, GrantScopesCodeFixProvider, DefaultVerifier>
    {
    }
}
