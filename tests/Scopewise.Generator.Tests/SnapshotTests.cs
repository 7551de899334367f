using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>
/// The emitted source for one small spec per construct, reviewed and committed (Snapshots/*.verified.cs).
/// Each must also compile with nullable on and no warnings.
/// </summary>
public sealed class SnapshotTests
{
    [Theory]
    [InlineData("enums.yaml", "EnumShopClient")]
    [InlineData("composition.json", "CompositionClient")]
    [InlineData("operations.json", "OperationsLabClient")]
    [InlineData("swagger2.json", "LegacyStoreClient")]
    public void Emitted_source_matches_the_reviewed_snapshot_and_compiles(string file, string expectedClient)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", file);
        var result = GeneratorHarness.Run([InputItem.Spec("/specs/" + file, File.ReadAllText(path), ("ScopewiseNamespace", "Demo"))]);

        var problems = result.CompilationDiagnostics.Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Contains(result.Sources, s => s.HintName == $"Demo.{expectedClient}.g.cs");

        var combined = string.Join("\n", result.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => "//// " + s.HintName + "\n" + s.SourceText));
        var diagnostics = string.Join("\n", result.GeneratorDiagnostics.Select(d => "//// " + d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Snapshot.Match(diagnostics + (diagnostics.Length > 0 ? "\n" : "") + combined, Path.GetFileNameWithoutExtension(file));
    }
}
