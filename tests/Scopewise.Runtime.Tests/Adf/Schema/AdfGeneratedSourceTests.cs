namespace Scopewise.Runtime.Tests.Adf.Schema;

/// <summary>
/// The runtime's ADF node and mark classes and its validation rules are generated from Atlassian's ADF schema
/// (specs/adf/adf-schema.full.json). These tests regenerate them and require the committed files to match, so the
/// rule tables the validator uses are exactly what the schema says. After changing the schema or the emitter, run
/// them once with SCOPEWISE_ADF_ACCEPT=1 to rewrite the files, then review the diff.
/// </summary>
public sealed class AdfGeneratedSourceTests
{
    internal static AdfSchemaModel Schema { get; } = AdfSchemaModel.Load(Path.Combine(RepositoryRoot.Path, "specs", "adf", "adf-schema.full.json"));

    [Fact]
    public void Node_classes_are_generated_from_the_schema() => Check("AdfNodes.g.cs", AdfSourceEmitter.EmitNodes(Schema));

    [Fact]
    public void Mark_classes_are_generated_from_the_schema() => Check("AdfMarks.g.cs", AdfSourceEmitter.EmitMarks(Schema));

    [Fact]
    public void Validation_rules_are_generated_from_the_schema() => Check("AdfSchemaRules.g.cs", AdfSourceEmitter.EmitRules(Schema));

    private static void Check(string file, string expected)
    {
        var path = Path.Combine(RepositoryRoot.Path, "runtime", "Scopewise", "Adf", "Generated", file);
        var committed = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        if (committed == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("SCOPEWISE_ADF_ACCEPT") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.Fail($"{path} does not match what specs/adf/adf-schema.full.json generates. If the schema or the emitter changed on purpose, run this test with SCOPEWISE_ADF_ACCEPT=1 and review the diff.");
    }
}
