using Microsoft.CodeAnalysis;

namespace Scopewise.Generator.Tests.Infrastructure;

/// <summary>Finds generated operation methods in a compilation through their attributes.</summary>
public static class GeneratedSymbols
{
    public static IEnumerable<IMethodSymbol> OperationMethods(Compilation compilation)
        => AllTypes(compilation.Assembly.GlobalNamespace)
            .SelectMany(t => t.GetMembers().OfType<IMethodSymbol>())
            .Where(m => m.GetAttributes().Any(a => a.AttributeClass?.Name == "ApiOperationAttribute"));

    /// <summary>One method per operation: the one that returns a task, not the all-items enumeration of a paged operation.</summary>
    public static IEnumerable<IMethodSymbol> PrimaryOperationMethods(Compilation compilation)
        => OperationMethods(compilation).Where(m => m.ReturnType.Name != "IAsyncEnumerable");

    public static string OperationId(IMethodSymbol method)
        => (string)method.GetAttributes().Single(a => a.AttributeClass?.Name == "ApiOperationAttribute")
            .NamedArguments.Single(n => n.Key == "OperationId").Value.Value!;

    /// <summary>The method's alternatives in the same normalized form as <see cref="SpecJson.ExpectedAlternatives"/>.</summary>
    public static IReadOnlyList<string> Alternatives(IMethodSymbol method)
        => method.GetAttributes().Where(a => a.AttributeClass?.Name == "RequiresScopesAttribute")
            .Select(a => string.Join("+", a.ConstructorArguments[0].Values.Select(v => (string)v.Value!).Distinct().Order(StringComparer.Ordinal)))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            yield return type;
        }

        foreach (var child in ns.GetNamespaceMembers())
        {
            foreach (var type in AllTypes(child))
            {
                yield return type;
            }
        }
    }
}
