using Microsoft.CodeAnalysis;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>
/// Filters cannot fail silently: sub-client names work as tags, and an IncludeTags/IncludePaths/IncludeOperations entry
/// that matches nothing is SW1006, listing the valid values nearest first.
/// </summary>
public sealed class FilterDiagnosticTests
{
    private const string Spec = """
        {
          "openapi": "3.0.1",
          "info": { "title": "Wiki", "version": "1" },
          "paths": {
            "/wiki/api/v2/pages/{id}": { "get": { "operationId": "getPageById", "tags": ["Page"],
              "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } } ],
              "responses": { "200": { "description": "ok" } } } },
            "/wiki/api/v2/pages": { "post": { "operationId": "createPage", "tags": ["Page"], "responses": { "200": { "description": "ok" } } } },
            "/wiki/api/v2/spaces": { "get": { "operationId": "getSpaces", "tags": ["Space"], "responses": { "200": { "description": "ok" } } } },
            "/rest/api/3/search/jql": { "get": { "operationId": "searchIssues", "tags": ["Issue search"], "responses": { "200": { "description": "ok" } } } }
          }
        }
        """;

    private static GeneratorResult Generate(string metadata, string value)
        => GeneratorHarness.Run([InputItem.Spec("/specs/wiki.json", Spec, ("ScopewiseNamespace", "Demo"), (metadata, value))]);

    private static Diagnostic[] FilterWarnings(GeneratorResult result) => result.GeneratorDiagnostics.Where(d => d.Id == "SW1006").ToArray();

    [Fact]
    public void Sub_client_names_are_accepted_as_tags_alongside_the_spec_names()
    {
        var result = Generate("ScopewiseIncludeTags", "Pages,IssueSearches");

        Assert.Empty(FilterWarnings(result));
        Assert.Empty(result.CompilationDiagnostics);
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Demo.WikiClient")?.GetMembers("Pages").SingleOrDefault());
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Demo.WikiClient")?.GetMembers("IssueSearches").SingleOrDefault());
        Assert.Empty(result.Compilation.GetTypeByMetadataName("Demo.WikiClient")!.GetMembers("Spaces"));
    }

    [Fact]
    public void A_tag_that_matches_nothing_is_a_warning_listing_tags_and_their_sub_clients_nearest_first()
    {
        var result = Generate("ScopewiseIncludeTags", "Page,Pgaes");

        var warning = Assert.Single(FilterWarnings(result));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(
            "IncludeTags entry 'Pgaes' matches nothing in 'wiki.json', so it generates nothing; valid values, nearest first: 'Page' (Pages), 'Space' (Spaces), 'Issue search' (IssueSearches)",
            warning.GetMessage());
    }

    [Fact]
    public void A_path_or_operation_id_that_matches_nothing_is_a_warning_with_the_nearest_valid_values()
    {
        var path = Assert.Single(FilterWarnings(Generate("ScopewiseIncludePaths", "/wiki/api/v3/pages")));
        Assert.StartsWith("IncludePaths entry '/wiki/api/v3/pages' matches nothing in 'wiki.json', so it generates nothing; valid values, nearest first: /wiki/api/v2/pages", path.GetMessage());

        var operation = Assert.Single(FilterWarnings(Generate("ScopewiseIncludeOperations", "getPage")));
        Assert.StartsWith("IncludeOperations entry 'getPage' matches nothing in 'wiki.json', so it generates nothing; valid values, nearest first: getPageById, ", operation.GetMessage());
    }
}
