using Microsoft.CodeAnalysis.Testing;
using Scopewise.Analyzers.Tests.Infrastructure;
using static Scopewise.Analyzers.Tests.Infrastructure.ScopeVerifier;

namespace Scopewise.Analyzers.Tests;

/// <summary>SW2003: granted names that no scope table and no [RequiresScopes] knows.</summary>
public sealed class UnknownScopeTests
{
    private const string TablePath = "/0/specs/confluence.scopes.json";

    [Fact]
    public async Task Misspelt_scope_on_assembly_type_and_method_suggests_the_nearest_table_name()
    {
        const string source = """
            using Scopewise;
            [assembly: GrantedScopes({|#0:"read:pages:confluence"|})]

            [GrantedScopes("read:confluence-content.all", {|#1:"write:confluence-contents"|})]
            class Worker
            {
                [GrantedScopes({|#2:"delete:spcae:confluence"|}, "read:space:confluence")]
                void Run() { }
            }
            """;

        await RunWithTableAsync(
            source,
            "scopes",
            Diagnostic("SW2003").WithLocation(0).WithArguments("read:pages:confluence", "; did you mean 'read:page:confluence'?"),
            Diagnostic("SW2003").WithLocation(1).WithArguments("write:confluence-contents", "; did you mean 'write:confluence-content'?"),
            Diagnostic("SW2003").WithLocation(2).WithArguments("delete:spcae:confluence", "; did you mean 'delete:space:confluence'?"));
    }

    [Fact]
    public async Task Name_far_from_every_known_one_gets_no_suggestion()
    {
        const string source = """
            [assembly: Scopewise.GrantedScopes({|#0:"admin"|}, {|#1:" read:page:confluence"|})]
            """;

        await RunWithTableAsync(
            source,
            "scopes",
            Diagnostic("SW2003").WithLocation(0).WithArguments("admin", "; check the spelling against the API's documentation"),
            Diagnostic("SW2003").WithLocation(1).WithArguments(" read:page:confluence", "; did you mean 'read:page:confluence'?"));
    }

    [Fact]
    public async Task Names_from_RequiresScopes_in_source_and_in_referenced_assemblies_are_known()
    {
        var library = await ScopewiseAttributes.CompileLibraryAsync(
            "Contoso.Jira",
            new[]
            {
                """
                namespace Contoso
                {
                    public sealed class IssuesClient
                    {
                        [Scopewise.RequiresScopes("read:jira-work", Kind = Scopewise.ScopeKind.Classic)]
                        public void GetIssue() { }
                    }
                }
                """,
            },
            await ScopewiseAttributes.GetReferenceAsync());
        const string source = """
            using Scopewise;
            [assembly: GrantedScopes("read:jira-work", "read:page:confluence", "manage:own-thing", {|#0:"manage:own-thnig"|})]

            class Own
            {
                [RequiresScopes("manage:own-thing")]
                void Handle() { }
            }
            """;

        var test = await CreateAnalyzerTestAsync();
        test.TestState.Sources.Add(source);
        test.TestState.Sources.Add(TestApi.Source);
        test.TestState.AdditionalReferences.Add(library);
        test.ExpectedDiagnostics.Add(Diagnostic("SW2003").WithLocation(0).WithArguments("manage:own-thnig", "; did you mean 'manage:own-thing'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Additional_files_without_scopes_kind_are_not_scope_tables()
    {
        const string source = """
            [assembly: Scopewise.GrantedScopes({|#0:"read:space:confluence"|})]
            """;

        await RunWithTableAsync(
            source,
            "spec",
            Diagnostic("SW2003").WithLocation(0).WithArguments("read:space:confluence", "; check the spelling against the API's documentation"));
    }

    [Fact]
    public async Task Broken_scope_table_is_ignored_without_failing_the_analyzer()
    {
        const string source = """
            [assembly: Scopewise.GrantedScopes({|#0:"read:space:confluence"|})]
            """;

        var test = await CreateAnalyzerTestAsync();
        test.TestState.Sources.Add(source);
        test.TestState.AdditionalFiles.Add((TablePath, "{ \"scopes\": [ { \"name\": \"read:space:confluence\" "));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", BundledSpecs.KindMetadataConfig(TablePath, "scopes")));
        test.ExpectedDiagnostics.Add(Diagnostic("SW2003").WithLocation(0).WithArguments("read:space:confluence", "; check the spelling against the API's documentation"));
        await test.RunAsync();
    }

    private static async Task RunWithTableAsync(string source, string kind, params DiagnosticResult[] expected)
    {
        var test = await CreateAnalyzerTestAsync();
        test.TestState.Sources.Add(source);
        test.TestState.AdditionalFiles.Add((TablePath, BundledSpecs.Read("confluence.scopes.json")));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", BundledSpecs.KindMetadataConfig(TablePath, kind)));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
