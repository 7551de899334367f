using System.Text.Json;
using Microsoft.CodeAnalysis;
using Scopewise.Generator.Tests.Infrastructure;
using Scopewise.Shared.Permissions;
using Xunit.Abstractions;

namespace Scopewise.Generator.Tests;

/// <summary>
/// Issue 18: the "Permissions required" parser's coverage on the bundled specs (the share it reads, and the texts it
/// leaves as text, listed in the test output), and what the generated methods carry: permission, removal,
/// experimental and replacement, as the spec says.
/// </summary>
public sealed class PermissionCoverageTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("jira-v3", 0.99)]
    [InlineData("confluence-v2", 0.99)]
    [InlineData("confluence-v1", 0.99)]
    public void The_parser_reads_nearly_every_permission_text_and_keeps_the_rest_as_text(string name, double minimumShare)
    {
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(InputItem.BundledDirectory, name + ".openapi.json")));
        var stated = 0;
        var unparsed = new List<string>();
        var levels = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (operationId, _, _, operation) in SpecJson.Operations(spec))
        {
            var description = operation.TryGetProperty("description", out var text) ? text.GetString() : null;
            if (PermissionTextParser.Parse(description) is not { } permissions)
            {
                continue;
            }

            stated++;
            levels[permissions.Level.ToString()] = levels.GetValueOrDefault(permissions.Level.ToString()) + 1;
            if (!permissions.Parsed)
            {
                Assert.False(string.IsNullOrWhiteSpace(permissions.Text), $"{operationId}: unread text must be kept");
                unparsed.Add($"{operationId}: {permissions.Text}");
            }
        }

        var share = (stated - unparsed.Count) / (double)stated;
        output.WriteLine($"{name}: {stated - unparsed.Count} of {stated} permission texts read ({share:P1}); {string.Join(", ", levels.Select(l => l.Key + " " + l.Value))}");
        foreach (var rest in unparsed)
        {
            output.WriteLine("  not read: " + rest);
        }

        Assert.True(stated > 100, $"{name}: only {stated} operations state permissions");
        Assert.True(share >= minimumShare, $"{name}: {share:P1} read, below {minimumShare:P0}");
    }

    [Theory]
    [InlineData("**[Permissions](#permissions) required:** *Administer Jira* [global permission](https://confluence.atlassian.com/x/x4dKLg).", (int)SpecPermissionLevel.ProductAdmin, "Administer Jira")]
    [InlineData("This operation can be accessed anonymously.\n\n**[Permissions](#permissions) required:** *Browse projects* [project permission](https://x) for the project.", (int)SpecPermissionLevel.Anonymous, "Browse projects")]
    [InlineData("**[Permissions](https://confluence.atlassian.com/x/_AozKw) required**:\nPermission to view the content of the page and its corresponding space.", (int)SpecPermissionLevel.SpaceOrProject, "")]
    [InlineData("**[Permissions](https://confluence.atlassian.com/x/_AozKw) required**:\nUser must be an organization or site admin.", (int)SpecPermissionLevel.SiteAdmin, "")]
    [InlineData("**[Permissions](#permissions) required:** Only Connect apps can make this request.", (int)SpecPermissionLevel.AppOwned, "")]
    [InlineData("**[Permissions](#permissions) required:** either of:\n\n *  *Browse users and groups* [global permission](https://x).\n *  *Administer Jira* [global permission](https://x).", (int)SpecPermissionLevel.ProductAccess, "Browse users and groups|Administer Jira")]
    [InlineData("**[Permissions](#permissions) required:** Permission to access Jira.\n\n**License required:** Premium", (int)SpecPermissionLevel.ProductAccess, "")]
    [InlineData("**[Permissions](#permissions) required:** This is an internal service-to-service API.", (int)SpecPermissionLevel.Unknown, "")]
    public void Texts_read_as_Atlassian_writes_them(string description, int level, string named)
    {
        var permissions = PermissionTextParser.Parse(description)!;

        Assert.Equal((SpecPermissionLevel)level, permissions.Level);
        Assert.Equal(named.Length == 0 ? [] : named.Split('|'), permissions.Named);
        Assert.DoesNotContain("License", permissions.Text ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Jira_methods_carry_permission_removal_experimental_and_replacement()
    {
        var methods = GeneratedSymbols.PrimaryOperationMethods(BundledGeneration.Generate("jira-v3").Compilation).ToDictionary(GeneratedSymbols.OperationId);

        var admin = Attribute(methods["deleteFieldConfiguration"], "RequiresPermissionAttribute")!;
        Assert.Equal(4, admin.ConstructorArguments[0].Value); // PermissionLevel.ProductAdmin
        Assert.Equal(["Administer Jira"], admin.ConstructorArguments[1].Values.Select(v => (string)v.Value!));

        var removal = Attribute(methods["getDefaultValues"], "ApiRemovalAttribute")!;
        Assert.Equal("2026-10-01", removal.ConstructorArguments[0].Value);
        Assert.Equal("CHANGE-3082", Named(removal, "ChangeId"));
        Assert.Equal("2026-03-05", Named(removal, "Announced"));
        Assert.Equal("https://developer.atlassian.com/cloud/jira/platform/changelog/#CHANGE-3082", Named(removal, "Details"));

        // The changelog names /search/jql as the replacement of the removed /search (CHANGE-2046).
        var search = Attribute(methods["searchForIssuesUsingJql"], "ApiRemovalAttribute")!;
        Assert.StartsWith("IssueSearches.SearchAndReconsileIssuesUsingJqlAsync (GET /rest/api/3/search/jql)", (string)Named(search, "Replacement")!, StringComparison.Ordinal);

        // The description names the replacement of a deprecated operation: "Deprecated, use [Get custom field contexts](#api-rest-api-3-field-fieldId-context-get)".
        var obsolete = Attribute(methods["getContextsForFieldDeprecated"], "ObsoleteAttribute")!;
        Assert.Contains("GetContextsForFieldAsync (GET /rest/api/3/field/{fieldId}/context)", (string)obsolete.ConstructorArguments[0].Value!, StringComparison.Ordinal);

        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(InputItem.BundledDirectory, "jira-v3.openapi.json")));
        var operations = SpecJson.Operations(spec);
        Assert.Equal(operations.Count(o => o.Operation.TryGetProperty("x-experimental", out var e) && e.ValueKind == JsonValueKind.True), methods.Values.Count(m => Attribute(m, "ApiExperimentalAttribute") is not null));
        Assert.Equal(operations.Count(o => o.Operation.TryGetProperty("x-changes", out _)), methods.Values.Count(m => Attribute(m, "ApiRemovalAttribute") is not null));
    }

    [Fact]
    public void Text_the_parser_cannot_read_is_kept_on_the_attribute_and_in_the_docs()
    {
        var result = BundledGeneration.Generate("jira-v3");
        var methods = GeneratedSymbols.PrimaryOperationMethods(result.Compilation).ToList();
        var unread = methods.Select(m => Attribute(m, "RequiresPermissionAttribute")).Where(a => a is not null && (int)a.ConstructorArguments[0].Value! == 0).ToList();

        Assert.NotEmpty(unread);
        Assert.All(unread, a => Assert.False(string.IsNullOrWhiteSpace((string?)Named(a!, "Text"))));
        var source = string.Concat(result.Sources.Select(s => s.SourceText.ToString()));
        Assert.Contains("/// Account permissions: product administrator (Administer Jira).", source, StringComparison.Ordinal);
    }

    private static AttributeData? Attribute(IMethodSymbol method, string name) => method.GetAttributes().SingleOrDefault(a => a.AttributeClass?.Name == name);

    private static object? Named(AttributeData attribute, string name) => attribute.NamedArguments.SingleOrDefault(n => n.Key == name).Value.Value;
}
