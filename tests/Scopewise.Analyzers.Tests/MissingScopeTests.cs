using Microsoft.CodeAnalysis.Testing;
using Scopewise.Analyzers.Tests.Infrastructure;
using static Scopewise.Analyzers.Tests.Infrastructure.ScopeVerifier;

namespace Scopewise.Analyzers.Tests;

/// <summary>SW2001: where it fires, what it says, and where it stays quiet.</summary>
public sealed class MissingScopeTests
{
    [Fact]
    public async Task Call_without_the_granted_scope_names_operation_missing_scope_and_declaration()
    {
        const string source = """
            using Scopewise;
            [assembly: {|#1:GrantedScopes("read:page:confluence")|}]

            class Worker
            {
                async System.Threading.Tasks.Task Run(Api.PagesClient pages)
                {
                    await pages.GetPageByIdAsync(1);
                    await pages.{|#0:CreatePageAsync|}("t");
                }
            }
            """;

        await VerifyAnalyzerAsync(
            new[] { source, TestApi.Source },
            Diagnostic("SW2001").WithLocation(0).WithLocation(1)
                .WithArguments("createPage", "scope 'write:page:confluence'", "[GrantedScopes] on the assembly (Test0.cs:2)"));
    }

    [Fact]
    public async Task Without_any_declaration_nothing_is_reported()
    {
        const string source = """
            class Worker
            {
                async System.Threading.Tasks.Task Run(Api.PagesClient pages) => await pages.CreatePageAsync("t");
            }
            """;

        await VerifyAnalyzerAsync(new[] { source, TestApi.Source });
    }

    [Fact]
    public async Task Type_declaration_replaces_the_assembly_one_and_method_declaration_replaces_the_type_one()
    {
        const string source = """
            using System.Threading.Tasks;
            using Scopewise;
            [assembly: GrantedScopes("read:page:confluence")]

            [{|#1:GrantedScopes("write:page:confluence")|}]
            class Writer
            {
                Task Create(Api.PagesClient pages) => pages.CreatePageAsync("t");

                // The type's grant wins over the assembly's: reading is not granted here.
                Task Read(Api.PagesClient pages) => pages.{|#0:GetPageByIdAsync|}(1);

                [GrantedScopes("read:page:confluence")]
                Task ReadWithOwnGrant(Api.PagesClient pages) => pages.GetPageByIdAsync(1);

                [{|#3:GrantedScopes("read:page:confluence")|}]
                Task CreateWithOwnGrant(Api.PagesClient pages) => pages.{|#2:CreatePageAsync|}("t");

                class Nested
                {
                    // No declaration of its own: the containing type's is in effect.
                    Task Read(Api.PagesClient pages) => pages.{|#4:GetPageByIdAsync|}(1);
                }
            }

            class Reader
            {
                Task Read(Api.PagesClient pages) => pages.GetPageByIdAsync(1);
            }
            """;

        await VerifyAnalyzerAsync(
            new[] { source, TestApi.Source },
            Diagnostic("SW2001").WithLocation(0).WithLocation(1)
                .WithArguments("getPageById", "scope 'read:page:confluence'", "[GrantedScopes] on type 'Writer' (Test0.cs:5)"),
            Diagnostic("SW2001").WithLocation(2).WithLocation(3)
                .WithArguments("createPage", "scope 'write:page:confluence'", "[GrantedScopes] on method 'CreateWithOwnGrant' (Test0.cs:16)"),
            Diagnostic("SW2001").WithLocation(4).WithLocation(1)
                .WithArguments("getPageById", "scope 'read:page:confluence'", "[GrantedScopes] on type 'Writer' (Test0.cs:5)"));
    }

    [Fact]
    public async Task Classic_and_granular_alternatives_each_satisfy_and_the_closest_is_named()
    {
        const string source = """
            using System.Threading.Tasks;
            using Scopewise;

            class Calls
            {
                [GrantedScopes("read:confluence-content.all")]
                Task Classic(Api.PagesClient pages) => pages.GetContentByIdAsync("1");

                [GrantedScopes("read:content-details:confluence", "read:page:confluence")]
                Task Granular(Api.PagesClient pages) => pages.GetContentByIdAsync("1");

                [{|#1:GrantedScopes("read:page:confluence")|}]
                Task HalfGranular(Api.PagesClient pages) => pages.{|#0:GetContentByIdAsync|}("1");
            }
            """;

        await VerifyAnalyzerAsync(
            new[] { source, TestApi.Source },
            Diagnostic("SW2001").WithLocation(0).WithLocation(1).WithArguments(
                "getContentById",
                "scope 'read:content-details:confluence' (granular, the closest of its 2 alternatives; the first code fix grants it)",
                "[GrantedScopes] on method 'HalfGranular' (Test0.cs:12)"));
    }

    [Fact]
    public async Task Calls_in_lambdas_local_functions_and_async_methods_use_the_containing_member_grant()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Scopewise;

            [GrantedScopes("read:page:confluence")]
            class Worker
            {
                async Task Run(Api.PagesClient pages)
                {
                    Func<Task> lambda = () => pages.{|#0:CreatePageAsync|}("lambda");
                    await lambda();
                    await Local();
                    await Task.Run(async () => await pages.GetPageByIdAsync(1));

                    async Task Local()
                    {
                        await Task.Yield();
                        await pages.{|#1:CreatePageAsync|}("local");
                    }
                }
            }
            """;

        await VerifyAnalyzerAsync(
            new[] { source, TestApi.Source },
            Diagnostic("SW2001").WithLocation(0).WithSpan(5, 2, 5, 39).WithArguments("createPage", "scope 'write:page:confluence'", "[GrantedScopes] on type 'Worker' (Test0.cs:5)"),
            Diagnostic("SW2001").WithLocation(1).WithSpan(5, 2, 5, 39).WithArguments("createPage", "scope 'write:page:confluence'", "[GrantedScopes] on type 'Worker' (Test0.cs:5)"));
    }

    [Fact]
    public async Task Method_groups_delegate_creations_constructors_and_properties_count_but_nameof_does_not()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Scopewise;

            [GrantedScopes("offline_access")]
            class Worker
            {
                void Run(Api.PagesClient pages)
                {
                    Func<long, Task> group = pages.{|#0:GetPageByIdAsync|};
                    var created = new Func<long, Task>(pages.{|#1:GetPageByIdAsync|});
                    var uploader = new {|#2:Api.Uploader|}();
                    var count = pages.{|#3:SpaceCount|};
                    var name = nameof(pages.GetPageByIdAsync) + nameof(Api.PagesClient.SpaceCount);
                    pages.PingAsync();
                }
            }
            """;

        const string grant = "[GrantedScopes] on type 'Worker' (Test0.cs:5)";
        await VerifyAnalyzerAsync(
            new[] { source, TestApi.Source },
            Diagnostic("SW2001").WithLocation(0).WithSpan(5, 2, 5, 33).WithArguments("getPageById", "scope 'read:page:confluence'", grant),
            Diagnostic("SW2001").WithLocation(1).WithSpan(5, 2, 5, 33).WithArguments("getPageById", "scope 'read:page:confluence'", grant),
            Diagnostic("SW2001").WithLocation(2).WithSpan(5, 2, 5, 33).WithArguments("new Uploader", "scope 'write:attachment:confluence'", grant),
            Diagnostic("SW2001").WithLocation(3).WithSpan(5, 2, 5, 33).WithArguments("PagesClient.SpaceCount", "scope 'read:space:confluence'", grant));
    }

    [Fact]
    public async Task Interface_members_carry_scopes_to_calls_through_the_interface_and_through_implementations()
    {
        const string source = """
            using System.Threading.Tasks;
            using Scopewise;
            [assembly: GrantedScopes("read:page:confluence")]

            public interface IPages
            {
                [ApiOperation("DELETE", "/wiki/api/v2/pages/{id}", OperationId = "deletePage")]
                [RequiresScopes("delete:page:confluence", Kind = ScopeKind.Granular)]
                Task DeletePageAsync(long id);
            }

            public class Pages : IPages
            {
                // No attribute here: the implemented interface member's scopes apply.
                public Task DeletePageAsync(long id) => Task.CompletedTask;
            }

            public class LoggingPages : Pages
            {
            }

            class Worker
            {
                Task ViaInterface(IPages pages) => pages.{|#0:DeletePageAsync|}(1);
                Task ViaClass(Pages pages) => pages.{|#1:DeletePageAsync|}(2);
                Task ViaDerived(LoggingPages pages) => pages.{|#2:DeletePageAsync|}(3);
            }
            """;

        const string grant = "[GrantedScopes] on the assembly (Test0.cs:3)";
        await VerifyAnalyzerAsync(
            new[] { source, TestApi.Source },
            Diagnostic("SW2001").WithLocation(0).WithSpan(3, 12, 3, 49).WithArguments("deletePage", "scope 'delete:page:confluence'", grant),
            Diagnostic("SW2001").WithLocation(1).WithSpan(3, 12, 3, 49).WithArguments("deletePage", "scope 'delete:page:confluence'", grant),
            Diagnostic("SW2001").WithLocation(2).WithSpan(3, 12, 3, 49).WithArguments("deletePage", "scope 'delete:page:confluence'", grant));
    }

    [Fact]
    public async Task Overrides_without_attributes_inherit_the_base_member_scopes()
    {
        const string source = """
            using System.Threading.Tasks;
            using Scopewise;
            [assembly: GrantedScopes("read:page:confluence")]

            public abstract class PageStore
            {
                [RequiresScopes("write:page:confluence", Kind = ScopeKind.Granular)]
                public abstract Task SaveAsync();
            }

            public sealed class RemotePageStore : PageStore
            {
                public override Task SaveAsync() => Task.CompletedTask;
            }

            class Worker
            {
                Task Save(RemotePageStore store) => store.{|#0:SaveAsync|}();
            }
            """;

        await VerifyAnalyzerAsync(
            new[] { source, TestApi.Source },
            Diagnostic("SW2001").WithLocation(0).WithSpan(3, 12, 3, 49)
                .WithArguments("PageStore.SaveAsync", "scope 'write:page:confluence'", "[GrantedScopes] on the assembly (Test0.cs:3)"));
    }

    [Fact]
    public async Task Calls_into_a_referenced_assembly_are_checked()
    {
        var library = await ScopewiseAttributes.CompileLibraryAsync(
            "Contoso.ConfluenceClient",
            new[] { TestApi.Source },
            await ScopewiseAttributes.GetReferenceAsync());
        const string source = """
            using System.Threading.Tasks;
            using Scopewise;
            [assembly: GrantedScopes("read:page:confluence")]

            class Worker
            {
                async Task Run(Api.PagesClient pages)
                {
                    await pages.GetPageByIdAsync(1);
                    await pages.{|#0:CreatePageAsync|}("t");
                    await pages.{|#1:GetContentByIdAsync|}("1");
                }
            }
            """;

        var test = await CreateAnalyzerTestAsync();
        test.TestState.Sources.Add(source);
        test.TestState.AdditionalReferences.Add(library);
        test.ExpectedDiagnostics.Add(Diagnostic("SW2001").WithLocation(0).WithSpan(3, 12, 3, 49)
            .WithArguments("createPage", "scope 'write:page:confluence'", "[GrantedScopes] on the assembly (Test0.cs:3)"));
        test.ExpectedDiagnostics.Add(Diagnostic("SW2001").WithLocation(1).WithSpan(3, 12, 3, 49)
            .WithArguments("getContentById", "scope 'read:content-details:confluence' (granular, the closest of its 2 alternatives; the first code fix grants it)", "[GrantedScopes] on the assembly (Test0.cs:3)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Strict_mode_reports_calls_where_nothing_is_declared()
    {
        const string source = """
            class Worker
            {
                System.Threading.Tasks.Task Run(Api.PagesClient pages) => pages.{|#0:GetPageByIdAsync|}(1);
            }
            """;

        var test = await CreateAnalyzerTestAsync();
        test.TestState.Sources.Add(source);
        test.TestState.Sources.Add(TestApi.Source);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nscopewise_require_granted_scopes = true\n"));
        test.ExpectedDiagnostics.Add(Diagnostic("SW2001").WithLocation(0).WithArguments(
            "getPageById",
            "scope 'read:page:confluence'",
            "the assembly (no [GrantedScopes] declared, and scopewise_require_granted_scopes is true)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Generated_code_is_not_checked()
    {
        const string generated = """
            // <auto-generated/>
            [assembly: Scopewise.GrantedScopes("read:page:confluence")]
            class GeneratedHelper
            {
                System.Threading.Tasks.Task Create(Api.PagesClient pages) => pages.CreatePageAsync("t");
            }
            """;

        await VerifyAnalyzerAsync(new[] { generated, TestApi.Source });
    }

    [Fact]
    public async Task Look_alike_attributes_from_another_namespace_are_ignored()
    {
        const string source = """
            namespace Elsewhere
            {
                [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)]
                public sealed class RequiresScopesAttribute : System.Attribute { public RequiresScopesAttribute(params string[] s) { } }
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class GrantedScopesAttribute : System.Attribute { public GrantedScopesAttribute(params string[] s) { } }

                [GrantedScopes("read:page:confluence")]
                class Worker
                {
                    [RequiresScopes("write:page:confluence")]
                    void Create() { }

                    void Run() => Create();
                }
            }
            """;

        await VerifyAnalyzerAsync(source);
    }
}
