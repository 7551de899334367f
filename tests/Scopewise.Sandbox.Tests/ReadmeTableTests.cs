using Scopewise.Sandbox.Handlers;

namespace Scopewise.Sandbox.Tests;

/// <summary>The sandbox README's table of implemented operations stays true: it names every operation that has a handler.</summary>
public sealed class ReadmeTableTests
{
    [Fact]
    public void The_readme_names_every_implemented_operation()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "runtime", "Scopewise.Sandbox", "README.md"));
        var table = readme[readme.IndexOf("### Implemented operations", StringComparison.Ordinal)..readme.IndexOf("### The contract, checked", StringComparison.Ordinal)];
        var listed = table.Split([' ', ',', ';', '|', '(', ')', '\n'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

        var missing = HandlerRegistry.Default.Implemented.Select(o => o.OperationId).Where(id => !listed.Contains(id)).Distinct().Order(StringComparer.Ordinal);
        Assert.Empty(missing);
    }
}
