using Scopewise.Shared.Json;
using Scopewise.Shared.ScopeTables;

namespace Scopewise.Build.Tests;

/// <summary>The scope-table reader the task shares with the analyzers: what it keeps, what it skips, what it throws.</summary>
public sealed class ScopeTableContentTests
{
    [Fact]
    public void Keeps_named_scopes_with_their_fields_and_the_names_in_operation_alternatives()
    {
        const string text = """
            {
              "product": "jira",
              "scopes": [
                { "name": "read:jira-work", "kind": "classic", "description": "Read issues" },
                { "name": "read:issue:jira", "kind": "", "product": "jira-software", "description": 3 },
                { "kind": "granular" },
                { "name": "" },
                "write:jira-work"
              ],
              "operations": [
                { "operationId": "getIssue", "mode": "replace", "alternatives": [ [ "read:jira-work", "" ], [], "x", [ 1, "read:issue:jira" ] ] },
                { "operationId": "noAlternatives" },
                "not an operation"
              ]
            }
            """;

        var table = ScopeTableContent.Parse(text)!;

        Assert.Equal("jira", table.Product);
        Assert.True(table.HasScopeArray);
        Assert.Equal(
            new[] { ("read:jira-work", "classic", "jira", "Read issues"), ("read:issue:jira", "other", "jira-software", (string?)null) },
            table.Scopes.Select(scope => (scope.Name, scope.Kind, scope.Product, scope.Description)).ToArray());
        Assert.Equal(3, table.EntriesWithoutName);
        Assert.Equal(new[] { "read:jira-work", "read:issue:jira" }, table.AlternativeScopeNames);
    }

    [Fact]
    public void A_scope_without_kind_or_product_is_other_and_of_the_table_product_or_unknown()
    {
        var withProduct = ScopeTableContent.Parse("{ \"product\": \"confluence\", \"scopes\": [ { \"name\": \"read:x\" } ] }")!;
        var withoutProduct = ScopeTableContent.Parse("{ \"scopes\": [ { \"name\": \"read:x\", \"product\": 1 } ] }")!;

        Assert.Equal(("other", "confluence"), (withProduct.Scopes[0].Kind, withProduct.Scopes[0].Product));
        Assert.Equal(("other", "unknown"), (withoutProduct.Scopes[0].Kind, withoutProduct.Scopes[0].Product));
    }

    [Fact]
    public void A_table_without_a_scopes_array_still_yields_its_alternatives()
    {
        var table = ScopeTableContent.Parse("{ \"scopes\": { \"name\": \"x\" }, \"operations\": [ { \"alternatives\": [ [ \"read:x\" ] ] } ] }")!;

        Assert.False(table.HasScopeArray);
        Assert.Empty(table.Scopes);
        Assert.Equal(0, table.EntriesWithoutName);
        Assert.Equal(new[] { "read:x" }, table.AlternativeScopeNames);
    }

    [Fact]
    public void Json_that_is_not_an_object_is_no_table()
    {
        Assert.Null(ScopeTableContent.Parse("[ { \"name\": \"read:x\" } ]"));
    }

    [Fact]
    public void Invalid_json_throws_with_its_line_and_column()
    {
        var error = Assert.Throws<JsonParseException>(() => ScopeTableContent.Parse("{\n  \"scopes\": [ }"));

        Assert.Equal((2, 15), (error.Line, error.Column));
    }
}
