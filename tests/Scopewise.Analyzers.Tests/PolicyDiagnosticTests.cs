using Scopewise.Analyzers.Tests.Infrastructure;
using static Scopewise.Analyzers.Tests.Infrastructure.PolicyVerifier;

namespace Scopewise.Analyzers.Tests;

/// <summary>SW2004–SW2007 at call sites: account permission against [ActsAs], removals past and coming, experimental operations.</summary>
public sealed class PolicyDiagnosticTests
{
    /// <summary>Shaped like generated Jira methods: the attributes the generator writes from the spec.</summary>
    private const string Api = """
        using System.Threading.Tasks;
        using Scopewise;

        namespace Api
        {
            public sealed class FieldsClient
            {
                [ApiOperation("DELETE", "/rest/api/3/fieldconfiguration/{id}", OperationId = "deleteFieldConfiguration", Product = "jira")]
                [RequiresPermission(PermissionLevel.ProductAdmin, "Administer Jira")]
                public Task DeleteFieldConfigurationAsync(long id) => Task.CompletedTask;

                [ApiOperation("GET", "/rest/api/3/field", OperationId = "getFields", Product = "jira")]
                [RequiresPermission(PermissionLevel.Anonymous, AnonymousAccess = true)]
                public Task GetFieldsAsync() => Task.CompletedTask;

                [ApiOperation("GET", "/rest/api/3/mypreferences", OperationId = "getPreference", Product = "jira")]
                [RequiresPermission(PermissionLevel.ProductAccess)]
                public Task GetPreferenceAsync() => Task.CompletedTask;

                [ApiOperation("DELETE", "/rest/api/3/group", OperationId = "removeGroup", Product = "jira")]
                [RequiresPermission(PermissionLevel.SiteAdmin)]
                public Task RemoveGroupAsync() => Task.CompletedTask;

                [ApiOperation("GET", "/rest/api/3/worklog/x", OperationId = "internal", Product = "jira")]
                [RequiresPermission(PermissionLevel.Unknown, Text = "This is an internal service-to-service API.")]
                public Task InternalAsync() => Task.CompletedTask;

                [ApiOperation("GET", "/rest/api/3/search", OperationId = "searchForIssuesUsingJql", Product = "jira")]
                [ApiRemoval("2025-05-01", Announced = "2024-10-31", ChangeId = "CHANGE-2046", Details = "https://developer.atlassian.com/changelog/#CHANGE-2046", Replacement = "IssueSearches.SearchAndReconsileIssuesUsingJqlAsync (GET /rest/api/3/search/jql)")]
                public Task SearchAsync() => Task.CompletedTask;

                [ApiOperation("GET", "/rest/api/3/field/{fieldId}/context/defaultValue", OperationId = "getDefaultValues", Product = "jira")]
                [ApiRemoval("2027-10-01", ChangeId = "CHANGE-3082", Details = "https://developer.atlassian.com/cloud/jira/platform/changelog/#CHANGE-3082")]
                public Task GetDefaultValuesAsync() => Task.CompletedTask;

                [ApiOperation("GET", "/rest/api/3/field/association", OperationId = "getAssociations", Product = "jira")]
                [ApiExperimental]
                public Task GetAssociationsAsync() => Task.CompletedTask;
            }
        }
        """;

    [Fact]
    public async Task A_plain_user_calling_an_admin_operation_gets_SW2004_naming_the_permission_and_the_declaration()
    {
        const string source = """
            using Scopewise;
            [assembly: ActsAs(AccountKind.User)]

            class Cleanup
            {
                async System.Threading.Tasks.Task Run(Api.FieldsClient fields)
                {
                    await fields.GetFieldsAsync();
                    await fields.GetPreferenceAsync();
                    await fields.InternalAsync();
                    await fields.{|#0:DeleteFieldConfigurationAsync|}(1);
                    await fields.{|#1:RemoveGroupAsync|}();
                }
            }
            """;

        await VerifyAsync(
            [source, Api],
            Diagnostic("SW2004").WithLocation(0).WithArguments("FieldsClient.DeleteFieldConfigurationAsync", "a product administrator (Administer Jira)", "[ActsAs] on the assembly (Test0.cs:2)", "a plain user"),
            Diagnostic("SW2004").WithLocation(1).WithArguments("FieldsClient.RemoveGroupAsync", "a site or organisation administrator", "[ActsAs] on the assembly (Test0.cs:2)", "a plain user"));
    }

    [Fact]
    public async Task The_innermost_ActsAs_wins_as_with_GrantedScopes_and_without_one_nothing_is_said()
    {
        const string source = """
            using System.Threading.Tasks;
            using Scopewise;
            [assembly: ActsAs(AccountKind.User)]

            [ActsAs(AccountKind.ProductAdmin)]
            class AdminJobs
            {
                Task Run(Api.FieldsClient fields) => fields.DeleteFieldConfigurationAsync(1);

                [ActsAs(AccountKind.Anonymous)]
                Task Public(Api.FieldsClient fields)
                {
                    Task Local() => fields.{|#0:GetPreferenceAsync|}();
                    return Local();
                }
            }
            """;
        const string undeclared = """
            class Elsewhere
            {
                System.Threading.Tasks.Task Run(Api.FieldsClient fields) => fields.RemoveGroupAsync();
            }
            """;

        await VerifyAsync(
            [source, Api],
            Diagnostic("SW2004").WithLocation(0).WithArguments("FieldsClient.GetPreferenceAsync", "product access", "[ActsAs] on method 'Public' (Test0.cs:10)", "anonymous"));
        await VerifyAsync([undeclared, Api]);
    }

    [Fact]
    public async Task A_removal_whose_date_has_passed_is_SW2005_and_a_coming_one_SW2006_with_change_date_link_and_replacement()
    {
        const string source = """
            class Search
            {
                async System.Threading.Tasks.Task Run(Api.FieldsClient fields)
                {
                    await fields.{|#0:SearchAsync|}();
                    await fields.{|#1:GetDefaultValuesAsync|}();
                }
            }
            """;

        await VerifyAsync(
            [source, Api],
            Diagnostic("SW2005").WithLocation(0).WithArguments("FieldsClient.SearchAsync", "CHANGE-2046", "2025-05-01", "https://developer.atlassian.com/changelog/#CHANGE-2046", "; use IssueSearches.SearchAndReconsileIssuesUsingJqlAsync (GET /rest/api/3/search/jql) instead"),
            Diagnostic("SW2006").WithLocation(1).WithArguments("FieldsClient.GetDefaultValuesAsync", "CHANGE-3082", "2027-10-01", "https://developer.atlassian.com/cloud/jira/platform/changelog/#CHANGE-3082", string.Empty));
    }

    [Fact]
    public async Task An_experimental_operation_is_SW2007_at_calls_and_method_groups()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            class Probe
            {
                async Task Run(Api.FieldsClient fields)
                {
                    await fields.{|#0:GetAssociationsAsync|}();
                    Func<Task> later = fields.{|#1:GetAssociationsAsync|};
                    await later();
                }
            }
            """;

        await VerifyAsync(
            [source, Api],
            Diagnostic("SW2007").WithLocation(0).WithArguments("FieldsClient.GetAssociationsAsync"),
            Diagnostic("SW2007").WithLocation(1).WithArguments("FieldsClient.GetAssociationsAsync"));
    }
}
