using System.Text.Json;
using Scopewise.Build.Analysis;
using Scopewise.Build.Manifest;

namespace Scopewise.Build.Tests;

/// <summary>
/// Issue 18: the manifest's account-permission and operation-note sections, from the attributes the generator writes,
/// in the JSON, the text file and the demo's printout.
/// </summary>
public sealed class ManifestPolicyTests
{
    [Fact]
    public void Permissions_group_operations_by_named_permission_and_notes_name_change_date_link_and_replacement()
    {
        var manifest = Manifest(
            ("deleteFieldConfiguration", new OperationPolicyRecord { PermissionLevel = 4, Permissions = ["Administer Jira"], Deprecated = true }, ["App.Admin.Clean"]),
            ("getAuditRecords", new OperationPolicyRecord { PermissionLevel = 4, Permissions = ["Administer Jira"] }, ["App.Admin.Audit"]),
            ("getFields", new OperationPolicyRecord { PermissionLevel = 1 }, ["App.Reader.Read"]),
            ("internal", new OperationPolicyRecord { PermissionLevel = 0, PermissionText = "An internal API." }, ["App.Reader.Read"]),
            ("searchForIssuesUsingJql", new OperationPolicyRecord
            {
                PermissionLevel = 1,
                RemovalEffective = "2025-05-01",
                ChangeId = "CHANGE-2046",
                Details = "https://developer.atlassian.com/changelog/#CHANGE-2046",
                Replacement = "IssueSearches.SearchAndReconsileIssuesUsingJqlAsync (GET /rest/api/3/search/jql)",
                Deprecated = true,
            }, ["App.Reader.Search"]),
            ("getAssociations", new OperationPolicyRecord { PermissionLevel = 4, Experimental = true }, ["App.Admin.Probe"]));

        Assert.Equal(["Administer Jira", "not read: An internal API.", "product administrator"], manifest.AccountPermissions.Select(p => p.Name));
        var admin = manifest.AccountPermissions[0];
        Assert.Equal("productAdmin", admin.Level);
        Assert.Equal(["deleteFieldConfiguration", "getAuditRecords"], admin.Operations);
        Assert.Equal(["App.Admin.Audit", "App.Admin.Clean"], admin.CallSites);

        var json = JsonDocument.Parse(ScopeManifestWriter.ToJson(manifest)).RootElement;
        var removal = json.GetProperty("operationNotes").EnumerateArray().Single(n => n.GetProperty("change").GetString() == "removal");
        Assert.Equal("searchForIssuesUsingJql", removal.GetProperty("operation").GetString());
        Assert.Equal("2025-05-01", removal.GetProperty("effective").GetString());
        Assert.Equal("CHANGE-2046", removal.GetProperty("changeId").GetString());
        Assert.Equal(["deprecated", "experimental", "removal"], json.GetProperty("operationNotes").EnumerateArray().Select(n => n.GetProperty("change").GetString()));

        var text = ScopeManifestWriter.ToText(manifest);
        Assert.Contains("# account permission: Administer Jira (productAdmin) for deleteFieldConfiguration, getAuditRecords\n", text, StringComparison.Ordinal);
        Assert.Contains("# searchForIssuesUsingJql: removal effective 2025-05-01 (CHANGE-2046), https://developer.atlassian.com/changelog/#CHANGE-2046; use IssueSearches.SearchAndReconsileIssuesUsingJqlAsync (GET /rest/api/3/search/jql)\n", text, StringComparison.Ordinal);

        using var printed = new StringWriter();
        ScopeManifestPrinter.Print(manifest, printed);
        Assert.Contains("The account must also be allowed", printed.ToString(), StringComparison.Ordinal);
        Assert.Contains("  getAssociations: experimental at Atlassian", printed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_without_permissions_or_notes_keeps_its_text_file_one_scope_a_line()
    {
        var manifest = Manifest();

        Assert.Equal(string.Empty, ScopeManifestWriter.ToText(manifest));
        Assert.Empty(JsonDocument.Parse(ScopeManifestWriter.ToJson(manifest)).RootElement.GetProperty("accountPermissions").EnumerateArray());
    }

    private static ScopeManifest Manifest(params (string Name, OperationPolicyRecord Policy, string[] CallSites)[] operations)
    {
        var (permissions, notes) = ManifestPolicy.Build(operations.Select(o => (o.Name, o.Policy, (IReadOnlyList<string>)o.CallSites)));
        return new ScopeManifest("App", ScopeStyle.Granular, [], []) { AccountPermissions = permissions, OperationNotes = notes };
    }
}
