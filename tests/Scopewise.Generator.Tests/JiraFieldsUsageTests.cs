using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>The README's typed Jira fields example compiles against a generated Jira client as it is written there.</summary>
public sealed class JiraFieldsUsageTests
{
    private const string ReadmeExample = """
        using System;
        using System.Threading.Tasks;
        using Scopewise;
        using Scopewise.Adf;
        using Scopewise.Jira;

        public static class ReleaseNotes
        {
            public static async Task<string?> RunAsync(ApiConnection connection)
            {
                var jira = new JiraClient(connection);
                var fields = new JiraFieldValues
                {
                    Project = JiraReference.ByKey("DEMO"),
                    Summary = "Release notes 1.2",
                    IssueType = JiraReference.ByName("Task"),
                    Labels = ["release"],
                    DueDate = new DateOnly(2026, 12, 1),
                    Description = AdfDocument.FromMarkdown("Fixed **#42**, thanks to the *release* team."),
                };
                fields.SetOption("customfield_10010", "Green");
                CreatedIssue created = await jira.Issues.CreateIssueAsync(new IssueUpdateDetails { Fields = fields.Fields });

                IssueBean issue = await jira.Issues.GetIssueAsync(created.Key!);
                var read = new JiraFieldValues(issue.Fields);
                Console.WriteLine(read.Description?.ToPlainText());
                return read.Summary;
            }
        }
        """;

    [Fact]
    public void The_readme_example_compiles_against_the_generated_jira_client()
    {
        var jira = InputItem.Bundled("jira-v3");
        var metadata = new Dictionary<string, string>(jira.Metadata) { ["ScopewiseIncludeOperations"] = "createIssue,getIssue" };

        var result = GeneratorHarness.Run([jira with { Metadata = metadata }, InputItem.BundledTable("jira")], ReadmeExample);

        Assert.Empty(result.CompilationDiagnostics);
    }
}
