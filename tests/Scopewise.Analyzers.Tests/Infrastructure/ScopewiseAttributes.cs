using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Scopewise.Analyzers.Tests.Infrastructure;

/// <summary>
/// The runtime's attribute sources (embedded from runtime/Scopewise/Scopes), compiled once into an assembly named
/// "Scopewise", exactly as analyzed code sees them in the package.
/// </summary>
internal static class ScopewiseAttributes
{
    private static readonly Lazy<Task<MetadataReference>> Reference = new(CompileAsync);

    public static Task<MetadataReference> GetReferenceAsync() => Reference.Value;

    /// <summary>The .NET 8 reference assemblies as metadata references, for compilations the tests build themselves.</summary>
    public static Task<ImmutableArray<MetadataReference>> GetFrameworkAsync() =>
        ScopeVerifier.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);

    /// <summary>Compiles <paramref name="sources"/> into a library and returns it as a reference (a "referenced assembly").</summary>
    public static async Task<MetadataReference> CompileLibraryAsync(string assemblyName, IEnumerable<string> sources, params MetadataReference[] references)
    {
        var all = (await GetFrameworkAsync()).AddRange(references);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            sources.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))),
            all,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException(
                "Test library " + assemblyName + " does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static async Task<MetadataReference> CompileAsync()
    {
        var assembly = typeof(ScopewiseAttributes).Assembly;
        var sources = new List<string> { "global using System;" };
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("ScopewiseAttributes/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            sources.Add(await reader.ReadToEndAsync());
        }

        if (sources.Count < 5)
        {
            throw new InvalidOperationException("The runtime's attribute sources were not embedded; check the test project's EmbeddedResource items.");
        }

        return await CompileLibraryAsync("Scopewise", sources);
    }
}
