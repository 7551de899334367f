using Microsoft.CodeAnalysis.Testing;
using Scopewise.Analyzers.Tests.Infrastructure;
using static Scopewise.Analyzers.Tests.Infrastructure.ScopeVerifier;

namespace Scopewise.Analyzers.Tests;

/// <summary>The SW2001 code fix: which attribute it edits, what it writes, and Fix All.</summary>
public sealed class CodeFixTests
{
    [Fact]
    public async Task Adds_the_missing_scope_to_the_assembly_declaration()
    {
        const string source = """
            using Scopewise;
            [assembly: {|#1:GrantedScopes("read:page:confluence")|}]

            class Worker
            {
                System.Threading.Tasks.Task Run(Api.PagesClient pages) => pages.{|#0:CreatePageAsync|}("t");
            }
            """;
        const string fixedSource = """
            using Scopewise;
            [assembly: GrantedScopes("read:page:confluence", "write:page:confluence")]

            class Worker
            {
                System.Threading.Tasks.Task Run(Api.PagesClient pages) => pages.CreatePageAsync("t");
            }
            """;

        await RunAsync(
            new[] { source, TestApi.Source },
            new[] { fixedSource, TestApi.Source },
            equivalenceKey: "SW2001:named",
            Diagnostic("SW2001").WithLocation(0).WithLocation(1)
                .WithArguments("createPage", "scope 'write:page:confluence'", "[GrantedScopes] on the assembly (Test0.cs:2)"));
    }

    [Theory]
    [InlineData("SW2001:named", 0, "the classic scope read:confluence-content.all (the alternative SW2001 names)", "\"read:confluence-content.all\"")]
    [InlineData("SW2001:granular:0", 1, "the granular scopes read:content-details:confluence, read:page:confluence", "\"read:content-details:confluence\", \"read:page:confluence\"")]
    public async Task Offers_one_labelled_fix_per_alternative_the_one_SW2001_names_first(string equivalenceKey, int index, string grants, string grantedAfterFix)
    {
        const string source = """
            using Scopewise;

            class Worker
            {
                [{|#1:GrantedScopes|}]
                System.Threading.Tasks.Task Run(Api.PagesClient pages) => pages.{|#0:GetContentByIdAsync|}("1");
            }
            """;
        var fixedSource = $$"""
            using Scopewise;

            class Worker
            {
                [GrantedScopes({{grantedAfterFix}})]
                System.Threading.Tasks.Task Run(Api.PagesClient pages) => pages.GetContentByIdAsync("1");
            }
            """;

        var test = await CreateCodeFixTestAsync();
        test.TestState.Sources.Add(source);
        test.TestState.Sources.Add(TestApi.Source);
        test.FixedState.Sources.Add(fixedSource);
        test.FixedState.Sources.Add(TestApi.Source);
        test.CodeActionEquivalenceKey = equivalenceKey;
        // The light bulb lists first the alternative the message names (classic: one scope missing against two), and
        // labels each fix with its family; `dotnet format` applies the first.
        test.CodeActionIndex = index;
        test.CodeActionVerifier = (action, verifier) => verifier.Equal("Grant " + grants + " in [GrantedScopes] on method 'Run'", action.Title);
        test.ExpectedDiagnostics.Add(Diagnostic("SW2001").WithLocation(0).WithLocation(1).WithArguments(
            "getContentById", "scope 'read:confluence-content.all' (classic, the closest of its 2 alternatives; the first code fix grants it)", "[GrantedScopes] on method 'Run' (Test0.cs:5)"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData(null, "granular", "\"read:page:confluence\", \"read:content-details:confluence\"")]
    [InlineData("classic", "classic", "\"read:page:confluence\", \"read:confluence-content.all\"")]
    public async Task ScopewiseScopeStyle_breaks_a_tie_for_the_message_and_the_first_fix(string? style, string named, string grantedAfterFix)
    {
        // Granted read:page:confluence: each alternative of getContentById misses one scope.
        const string source = """
            using Scopewise;
            [assembly: {|#1:GrantedScopes("read:page:confluence")|}]

            class Worker
            {
                System.Threading.Tasks.Task Run(Api.PagesClient pages) => pages.{|#0:GetContentByIdAsync|}("1");
            }
            """;
        var missing = named == "classic" ? "read:confluence-content.all" : "read:content-details:confluence";
        var test = await CreateCodeFixTestAsync();
        test.TestState.Sources.Add(source);
        test.TestState.Sources.Add(TestApi.Source);
        if (style is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ScopewiseScopeStyle = " + style + "\n"));
        }

        test.FixedState.Sources.Add(source.Replace("{|#1:", "").Replace("{|#0:", "").Replace("|}", "").Replace("(\"read:page:confluence\")", "(" + grantedAfterFix + ")"));
        test.FixedState.Sources.Add(TestApi.Source);
        test.CodeActionEquivalenceKey = "SW2001:named";
        test.ExpectedDiagnostics.Add(Diagnostic("SW2001").WithLocation(0).WithLocation(1).WithArguments(
            "getContentById", "scope '" + missing + "' (" + named + ", the closest of its 2 alternatives; the first code fix grants it)", "[GrantedScopes] on the assembly (Test0.cs:2)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Extends_the_innermost_declaration_and_keeps_array_syntax()
    {
        const string source = """
            using Scopewise;
            [assembly: GrantedScopes("offline_access")]

            [{|#1:GrantedScopes(new[] { "read:page:confluence" })|}]
            class Worker
            {
                System.Threading.Tasks.Task Run(Api.PagesClient pages) => pages.{|#0:CreatePageAsync|}("t");
            }
            """;
        const string fixedSource = """
            using Scopewise;
            [assembly: GrantedScopes("offline_access")]

            [GrantedScopes(new[] { "read:page:confluence", "write:page:confluence" })]
            class Worker
            {
                System.Threading.Tasks.Task Run(Api.PagesClient pages) => pages.CreatePageAsync("t");
            }
            """;

        await RunAsync(
            new[] { source, TestApi.Source },
            new[] { fixedSource, TestApi.Source },
            equivalenceKey: "SW2001:named",
            Diagnostic("SW2001").WithLocation(0).WithLocation(1)
                .WithArguments("createPage", "scope 'write:page:confluence'", "[GrantedScopes] on type 'Worker' (Test0.cs:4)"));
    }

    [Fact]
    public async Task Creates_an_assembly_declaration_in_strict_mode()
    {
        const string source = """
            using Scopewise;

            namespace App;

            class Worker
            {
                System.Threading.Tasks.Task Run(Api.PagesClient pages) => pages.{|#0:GetPageByIdAsync|}(1);
            }
            """;
        const string fixedSource = """
            using Scopewise;

            [assembly: GrantedScopes("read:page:confluence")]

            namespace App;

            class Worker
            {
                System.Threading.Tasks.Task Run(Api.PagesClient pages) => pages.GetPageByIdAsync(1);
            }
            """;

        var test = await CreateCodeFixTestAsync();
        test.TestState.Sources.Add(source);
        test.TestState.Sources.Add(TestApi.Source);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nscopewise_require_granted_scopes = true\n"));
        test.FixedState.Sources.Add(fixedSource);
        test.FixedState.Sources.Add(TestApi.Source);
        test.CodeActionEquivalenceKey = "SW2001:named";
        test.ExpectedDiagnostics.Add(Diagnostic("SW2001").WithLocation(0).WithArguments(
            "getPageById", "scope 'read:page:confluence'", "the assembly (no [GrantedScopes] declared, and scopewise_require_granted_scopes is true)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_merges_every_call_into_the_declaration_it_is_under_across_documents()
    {
        const string assemblyInfo = """
            [assembly: Scopewise.GrantedScopes("offline_access")]
            """;
        const string first = """
            using System.Threading.Tasks;

            class First
            {
                Task A(Api.PagesClient pages) => pages.{|#0:CreatePageAsync|}("a");
                Task B(Api.PagesClient pages) => pages.{|#1:GetPageByIdAsync|}(1);
                int C(Api.PagesClient pages) => pages.{|#2:SpaceCount|};
            }
            """;
        const string second = """
            using System.Threading.Tasks;
            using Scopewise;

            class Second
            {
                Task A(Api.PagesClient pages) => pages.{|#3:CreatePageAsync|}("again");
                Task B(Api.PagesClient pages) => pages.{|#4:GetContentByIdAsync|}("1");

                [{|#5:GrantedScopes("read:space:confluence")|}]
                object C() => new {|#6:Api.Uploader|}();
            }
            """;
        const string fixedAssemblyInfo = """
            [assembly: Scopewise.GrantedScopes("offline_access", "write:page:confluence", "read:page:confluence", "read:space:confluence", "read:confluence-content.all")]
            """;
        const string fixedSecond = """
            using System.Threading.Tasks;
            using Scopewise;

            class Second
            {
                Task A(Api.PagesClient pages) => pages.CreatePageAsync("again");
                Task B(Api.PagesClient pages) => pages.GetContentByIdAsync("1");

                [GrantedScopes("read:space:confluence", "write:attachment:confluence")]
                object C() => new Api.Uploader();
            }
            """;

        var test = await CreateCodeFixTestAsync();
        test.TestState.Sources.Add(("/0/AssemblyInfo.cs", assemblyInfo));
        test.TestState.Sources.Add(("/0/First.cs", first));
        test.TestState.Sources.Add(("/0/Second.cs", second));
        test.TestState.Sources.Add(("/0/Api.cs", TestApi.Source));
        // One fix at a time, getContentById is fixed after read:page:confluence is granted, when its granular
        // alternative misses one scope as the classic one does: the style (granular) then decides. Fix All grants what
        // each message said before any fix: the classic scope, one missing against two.
        test.FixedState.Sources.Add(("/0/AssemblyInfo.cs", fixedAssemblyInfo.Replace("read:confluence-content.all", "read:content-details:confluence")));
        test.BatchFixedState.Sources.Add(("/0/AssemblyInfo.cs", fixedAssemblyInfo));
        foreach (var state in new[] { test.FixedState, test.BatchFixedState })
        {
            state.Sources.Add(("/0/First.cs", first.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace("|}", "")));
            state.Sources.Add(("/0/Second.cs", fixedSecond));
            state.Sources.Add(("/0/Api.cs", TestApi.Source));
        }

        test.CodeActionEquivalenceKey = "SW2001:named";
        // One iteration: a correct merge fixes everything at once (the batch fixer would need several, or drop edits).
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInProjectIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 2;
        // Fixing one createPage call also fixes the other: five single fixes in a row reach the same result.
        test.NumberOfIncrementalIterations = 5;
        test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck;

        const string assemblyGrant = "[GrantedScopes] on the assembly (AssemblyInfo.cs:1)";
        test.ExpectedDiagnostics.Add(Diagnostic("SW2001").WithLocation(0).WithSpan("/0/AssemblyInfo.cs", 1, 12, 1, 53).WithArguments("createPage", "scope 'write:page:confluence'", assemblyGrant));
        test.ExpectedDiagnostics.Add(Diagnostic("SW2001").WithLocation(1).WithSpan("/0/AssemblyInfo.cs", 1, 12, 1, 53).WithArguments("getPageById", "scope 'read:page:confluence'", assemblyGrant));
        test.ExpectedDiagnostics.Add(Diagnostic("SW2001").WithLocation(2).WithSpan("/0/AssemblyInfo.cs", 1, 12, 1, 53).WithArguments("PagesClient.SpaceCount", "scope 'read:space:confluence'", assemblyGrant));
        test.ExpectedDiagnostics.Add(Diagnostic("SW2001").WithLocation(3).WithSpan("/0/AssemblyInfo.cs", 1, 12, 1, 53).WithArguments("createPage", "scope 'write:page:confluence'", assemblyGrant));
        test.ExpectedDiagnostics.Add(Diagnostic("SW2001").WithLocation(4).WithSpan("/0/AssemblyInfo.cs", 1, 12, 1, 53).WithArguments(
            "getContentById", "scope 'read:confluence-content.all' (classic, the closest of its 2 alternatives; the first code fix grants it)", assemblyGrant));
        test.ExpectedDiagnostics.Add(Diagnostic("SW2001").WithLocation(6).WithLocation(5).WithArguments("new Uploader", "scope 'write:attachment:confluence'", "[GrantedScopes] on method 'C' (Second.cs:9)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_in_solution_fixes_each_project_in_its_own_declaration()
    {
        const string mainSource = """
            [assembly: {|#1:Scopewise.GrantedScopes("read:page:confluence")|}]
            class Main
            {
                System.Threading.Tasks.Task Run(Api.PagesClient pages) => pages.{|#0:CreatePageAsync|}("t");
            }
            """;
        const string otherSource = """
            [assembly: Scopewise.GrantedScopes("offline_access")]
            class Other
            {
                System.Threading.Tasks.Task Run(Api.PagesClient pages) => pages.GetPageByIdAsync(1);
            }
            """;
        var scopewise = await ScopewiseAttributes.GetReferenceAsync();
        var test = await CreateCodeFixTestAsync();
        test.TestState.Sources.Add(mainSource);
        test.TestState.Sources.Add(TestApi.Source);
        var other = new ProjectState("Other", Microsoft.CodeAnalysis.LanguageNames.CSharp, "/Other/Test", "cs")
        {
            Sources = { otherSource, TestApi.Source },
            AdditionalReferences = { scopewise },
        };
        test.TestState.AdditionalProjects.Add("Other", other);
        test.FixedState.Sources.Add(mainSource.Replace("{|#1:", "").Replace("{|#0:", "").Replace("|}", "").Replace("\"read:page:confluence\")", "\"read:page:confluence\", \"write:page:confluence\")"));
        test.FixedState.Sources.Add(TestApi.Source);
        var fixedOther = new ProjectState("Other", Microsoft.CodeAnalysis.LanguageNames.CSharp, "/Other/Test", "cs")
        {
            Sources = { otherSource.Replace("(\"offline_access\")", "(\"offline_access\", \"read:page:confluence\")"), TestApi.Source },
            AdditionalReferences = { scopewise },
        };
        test.FixedState.AdditionalProjects.Add("Other", fixedOther);
        test.CodeActionEquivalenceKey = "SW2001:named";
        test.NumberOfFixAllIterations = 1;
        test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInProjectCheck;
        test.ExpectedDiagnostics.Add(Diagnostic("SW2001").WithLocation(0).WithLocation(1)
            .WithArguments("createPage", "scope 'write:page:confluence'", "[GrantedScopes] on the assembly (Test0.cs:1)"));
        test.ExpectedDiagnostics.Add(Diagnostic("SW2001").WithSpan("/Other/Test0.cs", 4, 69, 4, 85).WithSpan("/Other/Test0.cs", 1, 12, 1, 53)
            .WithArguments("getPageById", "scope 'read:page:confluence'", "[GrantedScopes] on the assembly (Test0.cs:1)"));
        await test.RunAsync();
    }

    private static async Task RunAsync(string[] sources, string[] fixedSources, string equivalenceKey, params DiagnosticResult[] expected)
    {
        var test = await CreateCodeFixTestAsync();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var source in fixedSources)
        {
            test.FixedState.Sources.Add(source);
        }

        test.CodeActionEquivalenceKey = equivalenceKey;
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
