using System.Net;
using System.Net.Sockets;
using Microsoft.CodeAnalysis;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>Bad input gives a clear diagnostic with file and position, never a crash, and never stops other specs.</summary>
public sealed class DiagnosticTests
{
    private const string ValidSpec = """
        {"openapi":"3.0.1","info":{"title":"Pets","version":"1"},
         "paths":{"/pets/{id}":{"get":{"operationId":"getPet","parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],
           "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}}}}}}}},
         "components":{"schemas":{"Pet":{"type":"object","properties":{"name":{"type":"string"}}}}}}
        """;

    private static Diagnostic Single(GeneratorResult result, string id)
    {
        var matching = result.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"expected one {id}, got: {string.Join("; ", result.GeneratorDiagnostics)}");
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
        return matching[0];
    }

    [Fact]
    public void A_truncated_spec_is_SW1001_with_file_and_line_and_the_other_spec_still_generates()
    {
        var truncated = ValidSpec.Replace("\r\n", "\n").Substring(0, 160);
        var result = GeneratorHarness.Run([
            InputItem.Spec("/specs/broken.json", truncated, ("ScopewiseClientName", "BrokenClient")),
            InputItem.Spec("/specs/pets.json", ValidSpec, ("ScopewiseClientName", "PetsClient")),
        ]);

        var diagnostic = Single(result, "SW1001");
        Assert.Equal("/specs/broken.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("broken.json", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("line ", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(result.Sources, s => s.HintName.Contains("PetsClient", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Sources, s => s.HintName.Contains("BrokenClient", StringComparison.Ordinal));
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Fact]
    public void A_dangling_ref_is_SW1001_pointing_at_the_reference()
    {
        var dangling = ValidSpec.Replace("#/components/schemas/Pet\"", "#/components/schemas/Missing\"", StringComparison.Ordinal);
        var diagnostic = Single(GeneratorHarness.Run([InputItem.Spec("/specs/dangling.json", dangling)]), "SW1001");

        Assert.Contains("#/components/schemas/Missing", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_json_file_that_is_not_a_spec_is_SW1001_saying_so()
    {
        var diagnostic = Single(GeneratorHarness.Run([InputItem.Spec("/specs/package.json", """{"name":"pkg","version":"1.0.0"}""")]), "SW1001");

        Assert.Contains("not an OpenAPI", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_ref_to_another_file_is_SW1004_and_the_file_is_not_read()
    {
        var directory = Directory.CreateTempSubdirectory("scopewise-ref");
        File.WriteAllText(Path.Combine(directory.FullName, "other.json"), """{"Pet":{"type":"object","properties":{"name":{"type":"string"}}}}""");
        var spec = ValidSpec.Replace("#/components/schemas/Pet\"", "other.json#/Pet\"", StringComparison.Ordinal);

        var result = GeneratorHarness.Run([InputItem.Spec(Path.Combine(directory.FullName, "spec.json"), spec)]);

        var diagnostic = Single(result, "SW1004");
        Assert.Contains("other.json#/Pet", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public async Task A_ref_to_a_url_is_SW1004_and_no_connection_is_made()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var spec = ValidSpec.Replace("#/components/schemas/Pet\"", $"http://127.0.0.1:{port}/pet.json\"", StringComparison.Ordinal);

        var result = GeneratorHarness.Run([InputItem.Spec("/specs/remote.json", spec)]);

        Single(result, "SW1004");
        await Task.Delay(50);
        Assert.False(listener.Pending(), "the generator opened a connection for a URL $ref");
    }

    [Fact]
    public void A_broken_yaml_spec_is_SW1001_with_its_line()
    {
        var yaml = "openapi: 3.0.1\ninfo:\n  title: Y\n   version: [\n";
        var diagnostic = Single(GeneratorHarness.Run([InputItem.Spec("/specs/broken.yaml", yaml)]), "SW1001");

        Assert.Equal("/specs/broken.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.True(diagnostic.Location.GetLineSpan().StartLinePosition.Line >= 2);
    }

    [Fact]
    public void An_invalid_scope_table_is_SW1003_at_the_bad_entry_and_the_client_still_generates()
    {
        const string table = """
            {
              "product": "pets",
              "scopes": [
                { "name": "read:pets", "kind": "granular", "description": "Read pets." },
                { "name": "write pets", "kind": "granular" },
                { "name": "admin:pets", "kind": "superuser" }
              ],
              "operations": [ { "operationId": "getPet", "mode": "replace", "alternatives": [["read:unknown"]] } ]
            }
            """;
        var result = GeneratorHarness.Run([
            InputItem.ScopeTable("/specs/pets.scopes.json", table),
            InputItem.Spec("/specs/pets.json", ValidSpec, ("ScopewiseProduct", "pets")),
        ]);

        var errors = result.GeneratorDiagnostics.Where(d => d.Id == "SW1003").OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Equal(4, errors[0].Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("without spaces", errors[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("superuser", errors[1].GetMessage() + "\"classic\"", StringComparison.Ordinal);
        Assert.Contains("read:unknown", errors[2].GetMessage(), StringComparison.Ordinal);
        Assert.Contains(result.Sources, s => s.HintName.Contains("PetsClient", StringComparison.Ordinal));
    }
}
