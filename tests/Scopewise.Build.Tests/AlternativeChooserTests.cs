using Scopewise.Build.Analysis;
using Scopewise.Build.Manifest;

namespace Scopewise.Build.Tests;

/// <summary>One alternative per operation, chosen by style and so that the union of scopes stays small.</summary>
public sealed class AlternativeChooserTests
{
    [Fact]
    public void The_preferred_kind_wins_and_an_operation_without_it_falls_back_to_the_other_kind()
    {
        var v1 = Operation(Classic("read:confluence-content.all"), Granular("read:content-details:confluence", "read:page:confluence"));
        var v2 = Operation(Granular("read:page:confluence"));

        Assert.Equal(["read:content-details:confluence", "read:page:confluence"], Choose(ScopeStyle.Granular, v1, v2)[0]);
        Assert.Equal(["read:confluence-content.all"], Choose(ScopeStyle.Classic, v1, v2)[0]);
        Assert.Equal(["read:page:confluence"], Choose(ScopeStyle.Classic, v1, v2)[1]);
    }

    [Fact]
    public void An_alternative_already_in_the_union_is_preferred_over_a_smaller_new_one()
    {
        var needsPage = Operation(Granular("read:page:confluence"));
        var either = Operation(Granular("read:content.property:confluence"), Granular("read:page:confluence"));

        var chosen = Choose(ScopeStyle.Granular, either, needsPage);

        Assert.Equal(["read:page:confluence"], chosen[0]);
    }

    [Fact]
    public void Among_new_alternatives_the_one_adding_fewest_scopes_wins()
    {
        var operation = Operation(Granular("b:one", "b:two"), Granular("c:one"));

        Assert.Equal(["c:one"], Choose(ScopeStyle.Granular, operation)[0]);
    }

    [Fact]
    public void Alternatives_of_another_kind_are_used_when_an_operation_has_neither_classic_nor_granular()
    {
        var custom = Operation(new ScopeAlternativeInfo("other", ["my-api:read"]));

        Assert.Equal(["my-api:read"], Choose(ScopeStyle.Granular, custom)[0]);
        Assert.Equal(["my-api:read"], Choose(ScopeStyle.Classic, custom)[0]);
    }

    [Fact]
    public void Ties_resolve_the_same_way_whatever_the_declaration_order()
    {
        var forward = Operation(Granular("x:b"), Granular("x:a"));
        var backward = Operation(Granular("x:a"), Granular("x:b"));

        Assert.Equal(["x:a"], Choose(ScopeStyle.Granular, forward)[0]);
        Assert.Equal(["x:a"], Choose(ScopeStyle.Granular, backward)[0]);
    }

    [Fact]
    public void An_alternative_the_grant_covers_wins_over_the_style()
    {
        var createIssue = Operation(Classic("write:jira-work"), Granular("write:issue:jira", "read:issue:jira"));

        Assert.Equal(["write:jira-work"], ChooseUnder(ScopeStyle.Granular, Grant("write:jira-work", "read:jira-work"), createIssue));
        Assert.Equal(["read:issue:jira", "write:issue:jira"], ChooseUnder(ScopeStyle.Classic, Grant("write:issue:jira", "read:issue:jira"), createIssue));
    }

    [Fact]
    public void The_style_breaks_the_tie_when_the_grant_covers_both_alternatives_and_decides_when_it_covers_neither()
    {
        var createIssue = Operation(Classic("write:jira-work"), Granular("write:issue:jira", "read:issue:jira"));
        var both = Grant("write:jira-work", "write:issue:jira", "read:issue:jira");
        var neither = Grant("read:jira-work");

        Assert.Equal(["read:issue:jira", "write:issue:jira"], ChooseUnder(ScopeStyle.Granular, both, createIssue));
        Assert.Equal(["write:jira-work"], ChooseUnder(ScopeStyle.Classic, both, createIssue));
        Assert.Equal(["read:issue:jira", "write:issue:jira"], ChooseUnder(ScopeStyle.Granular, neither, createIssue));
    }

    private static IReadOnlyList<string> ChooseUnder(ScopeStyle style, GrantInEffect grant, IReadOnlyList<ScopeAlternativeInfo> operation)
        => AlternativeChooser.Choose([operation], style, [[grant]])[0];

    private static GrantInEffect Grant(params string[] scopes) => new(scopes, "[GrantedScopes] on the assembly");

    private static IReadOnlyList<string>[] Choose(ScopeStyle style, params IReadOnlyList<ScopeAlternativeInfo>[] operations)
        => AlternativeChooser.Choose(operations, style);

    private static IReadOnlyList<ScopeAlternativeInfo> Operation(params ScopeAlternativeInfo[] alternatives) => alternatives;

    private static ScopeAlternativeInfo Classic(params string[] scopes) => new("classic", scopes);

    private static ScopeAlternativeInfo Granular(params string[] scopes) => new("granular", scopes);
}
