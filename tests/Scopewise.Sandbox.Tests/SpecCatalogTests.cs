using System.Diagnostics;
using Scopewise.Sandbox.Handlers;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Tests;

/// <summary>The route table covers every operation of the bundled specs, with the scopes the specs give them.</summary>
public sealed class SpecCatalogTests
{
    [Fact]
    public void Every_cloud_and_data_center_operation_is_routed_to_itself()
    {
        foreach (var table in new[] { SpecCatalog.Cloud, SpecCatalog.DataCenter })
        {
            foreach (var operation in table.Operations)
            {
                var path = FillParameters(operation.Route.Text);
                var match = table.Match(operation.Method, RouteTable.Split(path));
                Assert.True(match is not null, $"{operation} is not routed");

                // A literal route can shadow a parameter with the same filled value; then both have the same shape.
                Assert.True(match!.Operation == operation || match.Operation.Route.LiteralCount >= operation.Route.LiteralCount, $"{path} matched {match.Operation}, expected {operation}");
            }
        }
    }

    [Fact]
    public void Operation_counts_and_scopes_come_from_the_bundled_specs()
    {
        var cloud = SpecCatalog.Cloud.Operations;
        Assert.Equal(130, cloud.Count(o => o.Family == ApiFamily.ConfluenceV1));
        Assert.Equal(218, cloud.Count(o => o.Family == ApiFamily.ConfluenceV2));
        Assert.Equal(616, cloud.Count(o => o.Family == ApiFamily.JiraV3));
        Assert.Equal(166, SpecCatalog.DataCenter.Operations.Count);

        var getPages = cloud.Single(o => o.Family == ApiFamily.ConfluenceV2 && o.OperationId == "getPages");
        Assert.Equal("/wiki/api/v2/pages", getPages.Route.Text);
        Assert.Equal([["read:page:confluence"]], getPages.Scopes.Alternatives.Select(a => a.ToArray()));

        var upload = cloud.Single(o => o.OperationId == "createAttachment");
        Assert.Equal(
            [["write:confluence-file"], ["read:content-details:confluence", "write:attachment:confluence"]],
            upload.Scopes.Alternatives.Select(a => a.ToArray()));

        // Jira's search lists an empty {} security entry (anonymous), which is not an OAuth alternative.
        var search = cloud.Single(o => o.OperationId == "searchAndReconsileIssuesUsingJql");
        Assert.Contains(search.Scopes.Alternatives, a => a.SequenceEqual(["read:jira-work"]));

        // The scope table replaced the spec's empty alternative.
        var corrected = cloud.Single(o => o.OperationId == "updateMultipleCustomFieldValues");
        Assert.Equal([["write:app-data:jira"]], corrected.Scopes.Alternatives.Select(a => a.ToArray()));
    }

    [Fact]
    public void Every_implemented_handler_names_a_real_spec_operation()
    {
        var known = SpecCatalog.Cloud.Operations.Concat(SpecCatalog.DataCenter.Operations).Select(o => (o.Family, o.OperationId)).ToHashSet();
        foreach (var implemented in HandlerRegistry.Default.Implemented)
        {
            Assert.True(known.Contains(implemented), $"{implemented.Family} {implemented.OperationId} is not in the bundled specs");
        }
    }

    [Fact]
    public void Route_matching_is_fast_enough_for_benchmarks()
    {
        var table = SpecCatalog.Cloud;
        var paths = table.Operations.Select(o => (o.Method, Segments: RouteTable.Split(FillParameters(o.Route.Text)))).ToArray();
        var watch = Stopwatch.StartNew();
        var matched = 0;
        for (var round = 0; round < 20; round++)
        {
            foreach (var (method, segments) in paths)
            {
                matched += table.Match(method, segments) is null ? 0 : 1;
            }
        }

        watch.Stop();
        Assert.Equal(paths.Length * 20, matched);

        // About 19,000 lookups; a generous bound so a loaded CI machine does not flake, yet far below per-request parsing.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"{matched} matches took {watch.Elapsed}");
    }

    private static string FillParameters(string template)
        => System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}]+\}", "p1");
}
