namespace Scopewise.Build.Tests;

/// <summary>
/// One scope story: SW2001, its code fix and the manifest agree on which alternative of a call the app uses, whether
/// the app grants the classic scopes, the granular ones, or declares nothing.
/// </summary>
public sealed class ScopeStoryTests(ScopeStorySampleBuild build) : IClassFixture<ScopeStorySampleBuild>
{
    private const string ClassicScopes = "write:confluence-content\n";
    private const string GranularScopes = "read:label:confluence\nwrite:label:confluence\n";

    [Fact]
    public void A_classic_grant_gets_a_classic_manifest_and_no_warning()
    {
        Assert.Equal(ClassicScopes, build.Classic.ScopesText);
        AssertNoScopeWarnings(build.Classic.Output);
        Assert.Contains("Scopewise: App needs 1 scope; granted 1; not needed 0; not granted 0;", build.Classic.Output);
    }

    [Fact]
    public void A_granular_grant_gets_a_granular_manifest_and_no_warning()
    {
        Assert.Equal(GranularScopes, build.Granular.ScopesText);
        AssertNoScopeWarnings(build.Granular.Output);
        Assert.Contains("Scopewise: App needs 2 scopes; granted 2; not needed 0; not granted 0;", build.Granular.Output);
    }

    [Fact]
    public void Without_a_grant_nothing_is_reported_and_the_style_default_granular_is_listed()
    {
        Assert.Equal(GranularScopes, build.NoGrant.ScopesText);
        AssertNoScopeWarnings(build.NoGrant.Output);
        Assert.Contains("Scopewise: App needs 2 scopes; no [GrantedScopes] declared, so none is checked;", build.NoGrant.Output);
    }

    [Fact]
    public void A_grant_covering_neither_alternative_is_SW2001_at_the_call_and_SW3011_in_the_build_naming_the_same_alternative()
    {
        Assert.Contains("warning SW2001: 'addLabelsToContent' needs scope 'write:confluence-content' (classic, the closest of its 2 alternatives; the first code fix grants it)", build.Uncovered.Output);
        Assert.Contains("warning SW3011: 'addLabelsToContent' (POST /wiki/rest/api/content/{id}/label) is called by App.Labeller.LabelAsync, but [GrantedScopes] on the assembly grants none of its alternatives", build.Uncovered.Output);
        Assert.Contains("not needed 1 (read:confluence-content.all); not granted 2 (read:label:confluence, write:label:confluence)", build.Uncovered.Output);
    }

    [Fact]
    public void The_code_fix_grants_what_SW2001_named_and_the_manifest_then_lists_it()
    {
        Assert.Contains("[assembly: Scopewise.GrantedScopes(\"read:confluence-content.all\", \"write:confluence-content\")]", build.GrantAfterFormat);
        Assert.Equal(ClassicScopes, build.AfterFormat.ScopesText);
        AssertNoScopeWarnings(build.AfterFormat.Output);
        // SW2002 is info, which a command-line build does not print; the summary line says it instead.
        Assert.Contains("Scopewise: App needs 1 scope; granted 2; not needed 1 (read:confluence-content.all); not granted 0;", build.AfterFormat.Output);
    }

    private static void AssertNoScopeWarnings(string output)
    {
        Assert.DoesNotContain("SW2001", output);
        Assert.DoesNotContain("SW3011", output);
    }
}
