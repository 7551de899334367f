using Scopewise.Build.Manifest;

namespace Scopewise.Build.Tests;

/// <summary>
/// Every way C# reaches a method ends up in the manifest with the user's method as the call site. The assembly read
/// is this test assembly (see CallShapes/), so no build is needed.
/// </summary>
public sealed class CallShapeTests
{
    private static readonly Lazy<ScopeManifestResult> Result = new(() =>
        ScopeManifestReader.Read(ScopeManifestOptions.ForOutputFolder(typeof(CallShapeTests).Assembly.Location)));

    private static ScopeManifest Manifest => Result.Value.Manifest;

    [Theory]
    [InlineData("shape:constructor", "Scopewise.Build.Tests.CallShapes.ShapeCallers.Constructs")]
    [InlineData("shape:property", "Scopewise.Build.Tests.CallShapes.ShapeCallers.ReadsProperty")]
    [InlineData("shape:expression", "Scopewise.Build.Tests.CallShapes.ShapeCallers.BuildsExpression")]
    [InlineData("shape:generic-method", "Scopewise.Build.Tests.CallShapes.ShapeCallers.CallsGenericMethod")]
    [InlineData("shape:generic-type", "Scopewise.Build.Tests.CallShapes.ShapeCallers.CallsGenericType")]
    [InlineData("shape:interface", "Scopewise.Build.Tests.CallShapes.ShapeCallers.CallsThroughInterface")]
    [InlineData("shape:method-group", "Scopewise.Build.Tests.CallShapes.ShapeCallers.MakesMethodGroup")]
    [InlineData("shape:iterator", "Scopewise.Build.Tests.CallShapes.ShapeCallers.Iterates")]
    [InlineData("shape:local-function", "Scopewise.Build.Tests.CallShapes.ShapeCallers.UsesLocalFunction")]
    [InlineData("shape:async", "Scopewise.Build.Tests.CallShapes.ShapeCallers.AwaitsAsync")]
    [InlineData("shape:static", "Scopewise.Build.Tests.CallShapes.ShapeCallers..cctor")]
    public void Each_call_shape_is_found_and_attributed_to_the_method_written_in_source(string scope, string callSite)
    {
        var entry = Assert.Single(Manifest.Scopes, s => s.Name == scope);
        Assert.Equal([callSite], entry.CallSites);
    }

    [Fact]
    public void A_declaration_nobody_calls_adds_nothing()
    {
        Assert.DoesNotContain(Manifest.Scopes, s => s.Name == "shape:never-called");
    }

    [Fact]
    public void Granular_style_takes_every_scope_of_the_granular_alternative()
    {
        Assert.Contains(Manifest.Scopes, s => s.Name == "shape:granular-a");
        Assert.Contains(Manifest.Scopes, s => s.Name == "shape:granular-b");
        Assert.DoesNotContain(Manifest.Scopes, s => s.Name == "shape:classic");
    }

    [Fact]
    public void Classic_style_takes_the_classic_alternative_and_keeps_granular_only_operations()
    {
        var options = ScopeManifestOptions.ForOutputFolder(typeof(CallShapeTests).Assembly.Location);
        options.Style = ScopeStyle.Classic;
        var classic = ScopeManifestReader.Read(options).Manifest;

        Assert.Contains(classic.Scopes, s => s.Name == "shape:classic" && s.Kind == "classic");
        Assert.DoesNotContain(classic.Scopes, s => s.Name == "shape:granular-a");
        Assert.Contains(classic.Scopes, s => s.Name == "shape:property");
    }

    [Fact]
    public void Offline_access_follows_the_setting_and_the_OAuth_types()
    {
        var always = ScopeManifestOptions.ForOutputFolder(typeof(CallShapeTests).Assembly.Location);
        always.OfflineAccess = OfflineAccessMode.Always;
        Assert.Contains(ScopeManifestReader.Read(always).Manifest.Scopes, s => s.Name == "offline_access" && s.Reason != null);

        // This assembly never touches the runtime's OAuth app, so auto leaves it out...
        Assert.DoesNotContain(Manifest.Scopes, s => s.Name == "offline_access");

        // ...unless the OAuth type list names a type the code does use.
        var custom = ScopeManifestOptions.ForOutputFolder(typeof(CallShapeTests).Assembly.Location);
        custom.OAuthTypeNames.Clear();
        custom.OAuthTypeNames.Add("Scopewise.Build.Tests.CallShapes.GenericApi`1");
        Assert.Contains(ScopeManifestReader.Read(custom).Manifest.Scopes, s => s.Name == "offline_access");
    }

    [Fact]
    public void A_scope_table_that_is_not_JSON_is_a_warning_with_its_line_and_the_manifest_is_still_made()
    {
        var table = Path.Combine(Path.GetTempPath(), "scopewise-bad-table-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(table, "{\n  \"product\": \"shape\",\n  \"scopes\": [ oops ]\n}\n");
        try
        {
            var options = ScopeManifestOptions.ForOutputFolder(typeof(CallShapeTests).Assembly.Location);
            options.ScopeTablePaths.Add(table);
            var result = ScopeManifestReader.Read(options);

            var warning = Assert.Single(result.Diagnostics, d => d.Code == "SW3005");
            Assert.Contains("line 3", warning.Text);
            Assert.Contains(result.Manifest.Scopes, s => s.Name == "shape:property");
        }
        finally
        {
            File.Delete(table);
        }
    }

    [Fact]
    public void Scopes_come_from_the_scope_table_when_it_names_them()
    {
        var table = Path.Combine(Path.GetTempPath(), "scopewise-table-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(table, """{ "product": "shape", "scopes": [ { "name": "shape:property", "kind": "granular", "product": "shape", "description": "Read the shape's property." } ], "operations": [] }""");
        try
        {
            var options = ScopeManifestOptions.ForOutputFolder(typeof(CallShapeTests).Assembly.Location);
            options.ScopeTablePaths.Add(table);
            var result = ScopeManifestReader.Read(options);

            var property = Assert.Single(result.Manifest.Scopes, s => s.Name == "shape:property");
            Assert.Equal("Read the shape's property.", property.Description);
            Assert.Equal("shape", property.Product);
            Assert.Contains(result.Diagnostics, d => d.Code == "SW3008" && d.Text.Contains("'shape:constructor'"));
        }
        finally
        {
            File.Delete(table);
        }
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_a_coded_error_that_says_so()
    {
        var file = Path.Combine(Path.GetTempPath(), "scopewise-not-an-assembly-" + Guid.NewGuid().ToString("N") + ".dll");
        File.WriteAllText(file, "not a PE file");
        try
        {
            var error = Assert.Throws<Analysis.ManifestException>(() => ScopeManifestReader.Read(new ScopeManifestOptions(file)));
            Assert.Equal("SW3004", error.Code);
            Assert.Contains(file, error.Message);

            var missing = Assert.Throws<Analysis.ManifestException>(() => ScopeManifestReader.Read(new ScopeManifestOptions(file + ".missing")));
            Assert.Equal("SW3004", missing.Code);
            Assert.Contains("build the project first", missing.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
