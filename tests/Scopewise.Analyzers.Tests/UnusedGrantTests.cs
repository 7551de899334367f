using Scopewise.Analyzers.Tests.Infrastructure;
using static Scopewise.Analyzers.Tests.Infrastructure.ScopeVerifier;

namespace Scopewise.Analyzers.Tests;

/// <summary>SW2002: granted scopes no call covered by the declaration needs.</summary>
public sealed class UnusedGrantTests
{
    [Fact]
    public async Task Scope_no_call_needs_is_reported_at_its_argument()
    {
        const string source = """
            using Scopewise;
            [assembly: GrantedScopes("read:page:confluence", {|#0:"write:page:confluence"|}, "offline_access")]

            class Worker
            {
                System.Threading.Tasks.Task Run(Api.PagesClient pages) => pages.GetPageByIdAsync(1);
            }
            """;

        await RunAsync(
            new[] { source, TestApi.Source },
            Diagnostic("SW2002").WithLocation(0).WithArguments("write:page:confluence", "[GrantedScopes] on the assembly (Test0.cs:2)"));
    }

    [Fact]
    public async Task Calls_under_an_inner_declaration_do_not_use_the_outer_one()
    {
        const string source = """
            using Scopewise;
            [assembly: GrantedScopes({|#0:"write:page:confluence"|})]

            [GrantedScopes("write:page:confluence")]
            class Writer
            {
                System.Threading.Tasks.Task Create(Api.PagesClient pages) => pages.CreatePageAsync("t");
            }
            """;

        await RunAsync(
            new[] { source, TestApi.Source },
            Diagnostic("SW2002").WithLocation(0).WithArguments("write:page:confluence", "[GrantedScopes] on the assembly (Test0.cs:2)"));
    }

    [Fact]
    public async Task Scopes_of_a_partly_granted_alternative_are_not_reported_and_every_use_kind_counts()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Scopewise;

            [GrantedScopes("read:page:confluence", "read:space:confluence", "write:attachment:confluence", "delete:page:confluence")]
            class Worker
            {
                void Run(Api.PagesClient pages, IPages viaInterface)
                {
                    // Half of the granular alternative: SW2001, and read:page is not "unused".
                    pages.{|#0:GetContentByIdAsync|}("1");
                    var count = pages.SpaceCount;
                    var uploader = new Api.Uploader();
                    Func<long, Task> delete = viaInterface.DeletePageAsync;
                }
            }

            public interface IPages
            {
                [RequiresScopes("delete:page:confluence")]
                Task DeletePageAsync(long id);
            }
            """;

        var test = await CreateAnalyzerTestAsync();
        test.WithUnusedGrants();
        test.TestState.Sources.Add(source);
        test.TestState.Sources.Add(TestApi.Source);
        test.ExpectedDiagnostics.Add(Diagnostic("SW2001").WithLocation(0).WithSpan(5, 2, 5, 121).WithArguments(
            "getContentById", "scope 'read:content-details:confluence' (granular, the closest of its 2 alternatives; the first code fix grants it)", "[GrantedScopes] on type 'Worker' (Test0.cs:5)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Declaration_covering_no_call_reports_every_scope_but_not_misspelt_ones_twice()
    {
        const string source = """
            using Scopewise;

            class Idle
            {
                [GrantedScopes({|#0:"read:page:confluence"|}, {|#1:"read:pgae:confluence"|})]
                void Nothing() { }
            }
            """;

        await RunAsync(
            new[] { source, TestApi.Source },
            Diagnostic("SW2002").WithLocation(0).WithArguments("read:page:confluence", "[GrantedScopes] on method 'Nothing' (Test0.cs:5)"),
            Diagnostic("SW2003").WithLocation(1).WithArguments("read:pgae:confluence", "; did you mean 'read:page:confluence'?"));
    }

    private static async Task RunAsync(string[] sources, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = await CreateAnalyzerTestAsync();
        test.WithUnusedGrants();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
