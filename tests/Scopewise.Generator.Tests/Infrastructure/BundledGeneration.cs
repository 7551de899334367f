using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Scopewise.Generator.Tests.Infrastructure;

/// <summary>
/// Generates (and, on demand, compiles and loads) each bundled spec once per test run: Jira's 616 operations take
/// seconds, and several test classes look at the same output.
/// </summary>
public static class BundledGeneration
{
    private static readonly ConcurrentDictionary<string, Lazy<GeneratorResult>> Results = new();
    private static readonly ConcurrentDictionary<string, Lazy<Assembly>> Assemblies = new();

    public static GeneratorResult Generate(string name)
        => Results.GetOrAdd(name, n => new Lazy<GeneratorResult>(() => GeneratorHarness.Run([InputItem.Bundled(n), InputItem.BundledTable("confluence"), InputItem.BundledTable("jira")]))).Value;

    public static Assembly Load(string name)
        => Assemblies.GetOrAdd(name, n => new Lazy<Assembly>(() => LoadCompilation(Generate(n).Compilation, n))).Value;

    public static Assembly LoadCompilation(Compilation compilation, string name)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        stream.Position = 0;
        return new AssemblyLoadContext("generated-" + name, isCollectible: true).LoadFromStream(stream);
    }
}
