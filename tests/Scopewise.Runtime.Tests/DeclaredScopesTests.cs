using System.Reflection;
using System.Reflection.Emit;

namespace Scopewise.Runtime.Tests;

/// <summary>The authorize URL asks, by default, for what [assembly: GrantedScopes] declares — what the analyzer checked.</summary>
public sealed class DeclaredScopesTests
{
    [Fact]
    public void An_assembly_declaration_is_read_sorted_and_without_duplicates()
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Declares"), AssemblyBuilderAccess.Run);
        assembly.SetCustomAttribute(new CustomAttributeBuilder(
            typeof(GrantedScopesAttribute).GetConstructor([typeof(string[])])!,
            [new[] { "write:page:confluence", "read:page:confluence", "read:page:confluence", " offline_access " }]));

        Assert.Equal(["offline_access", "read:page:confluence", "write:page:confluence"], DeclaredScopes.Of(assembly));
    }

    [Fact]
    public void An_assembly_without_a_declaration_has_none()
        => Assert.Empty(DeclaredScopes.Of(typeof(DeclaredScopesTests).Assembly));

    [Fact]
    public void Without_a_declaration_in_the_application_the_default_authorize_request_says_what_to_do()
    {
        var app = new AtlassianOAuthApp("client-id", "client-secret");

        var error = Assert.Throws<InvalidOperationException>(() => app.CreateAuthorizationRequest(new Uri("http://localhost:13131/callback")));

        Assert.Contains("[assembly: GrantedScopes(...)]", error.Message, StringComparison.Ordinal);
        Assert.Contains(".scopes.txt", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("client-secret", error.Message, StringComparison.Ordinal);
    }
}
