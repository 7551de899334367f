using Microsoft.CodeAnalysis.Text;
using Scopewise.Analyzers.Tests.Infrastructure;

namespace Scopewise.Analyzers.Tests;

/// <summary>The dependency-free scope table reader behind SW2003's known names.</summary>
public sealed class ScopeTableNamesTests
{
    [Fact]
    public void Reads_scope_names_and_operation_alternatives()
    {
        const string table = """
            {
              "product": "custom",
              "scopes": [ { "name": "read:thing:custom", "kind": "granular", "description": "Quote \" and \u00e9" }, { "kind": "other" } ],
              "operations": [
                { "operationId": "getThing", "mode": "replace", "alternatives": [ [ "read:thing:custom", "read:other\/custom" ], [] ], "reason": null, "weight": -1.5e3, "ok": true }
              ]
            }
            """;

        var names = ScopeTableNames.Read(SourceText.From(table));

        Assert.Equal(new[] { "read:thing:custom", "read:thing:custom", "read:other/custom" }, names);
    }

    [Fact]
    public void Bundled_confluence_table_yields_every_scope()
    {
        var names = ScopeTableNames.Read(SourceText.From(BundledSpecs.Read("confluence.scopes.json")));

        Assert.Contains("read:page:confluence", names);
        Assert.Contains("read:confluence-content.all", names);
        Assert.Contains("offline_access", names);
        Assert.True(names.Length > 50);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ \"scopes\": [ ")]
    [InlineData("{ \"scopes\": [] } trailing")]
    [InlineData("{ \"scopes\": [], \"scopes\": [ { \"name\": \"read:x\" } ] }")] // the generator rejects repeated names too
    [InlineData("{ 'scopes': [] }")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    public void Invalid_or_hostile_json_yields_no_names_instead_of_throwing(string text)
    {
        Assert.Empty(ScopeTableNames.Read(SourceText.From(text)));
    }

    [Fact]
    public void Json_that_is_not_a_table_yields_no_names()
    {
        Assert.Empty(ScopeTableNames.Read(SourceText.From("[\"read:page:confluence\"]")));
        Assert.Empty(ScopeTableNames.Read(SourceText.From("{ \"scopes\": { \"name\": \"x\" } }")));
    }
}
