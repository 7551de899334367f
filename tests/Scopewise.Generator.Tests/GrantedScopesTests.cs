using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>ScopewiseScopes.Granted mirrors [assembly: GrantedScopes], for building authorize URLs.</summary>
public sealed class GrantedScopesTests
{
    [Fact]
    public void The_assembly_declaration_becomes_a_sorted_scope_list_and_an_authorize_scope_string()
    {
        var result = GeneratorHarness.Run([], """
            [assembly: Scopewise.GrantedScopes("write:page:confluence", "read:page:confluence", "read:page:confluence", "offline_access")]
            static class Use
            {
                public static System.Collections.Generic.IReadOnlyList<string> Scopes => Scopewise.Generated.ScopewiseScopes.Granted;
                public const string Scope = Scopewise.Generated.ScopewiseScopes.AuthorizeScope;
            }
            """);

        Assert.Empty(result.CompilationDiagnostics);
        var source = result.Source("ScopewiseScopes.g.cs");
        Assert.Contains("""new string[] { "offline_access", "read:page:confluence", "write:page:confluence" }""", source, StringComparison.Ordinal);
        Assert.Contains("""AuthorizeScope = "offline_access read:page:confluence write:page:confluence";""", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_assembly_declaration_nothing_is_generated()
    {
        var result = GeneratorHarness.Run([], """
            [Scopewise.GrantedScopes("read:page:confluence")]
            class OnlyOnAType { }
            """);

        Assert.DoesNotContain(result.Sources, s => s.HintName.Contains("ScopewiseScopes", StringComparison.Ordinal));
    }
}
