using System.Text.Json;
using Scopewise.Package.Tests.Infrastructure;

namespace Scopewise.Package.Tests;

/// <summary>A fresh project with its own petstore.yaml and scope table, referencing only the Scopewise package.</summary>
[Collection(PackageTestCollection.Name)]
public sealed class PetStoreConsumerTests(PetStoreConsumer consumer) : IClassFixture<PetStoreConsumer>
{
    private ConsumerProject Project => consumer.Project;

    [Fact]
    public void Dotnet_add_package_Scopewise_installs_it()
    {
        Assert.NotNull(Project.AddPackage);
        Assert.True(Project.AddPackage.ExitCode == 0, Project.AddPackage.ToString());
        Assert.Contains($"<PackageReference Include=\"Scopewise\" Version=\"{PackageFeed.Instance.Version}\" />", File.ReadAllText(Path.Combine(Project.Folder, "PetStoreApp.csproj")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_YAML_spec_of_your_own_builds_into_a_client_and_reports_SW2001()
    {
        Assert.True(Project.Build.ExitCode == 0, Project.Build.ToString());
        Assert.Contains("warning SW2001: 'addPet' needs scope 'write:pets'", Project.Build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("'listPets'", Project.Build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_lists_the_spec_scopes_with_the_scope_table_descriptions()
    {
        var lines = File.ReadAllLines(Project.OutputFile(".scopes.txt"));
        Assert.Contains("read:pets", lines);
        Assert.Contains("write:pets", lines);

        using var json = JsonDocument.Parse(File.ReadAllText(Project.OutputFile(".scopes.json")));
        var write = json.RootElement.GetProperty("scopes").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "write:pets");
        Assert.Equal("Add and change pets.", write.GetProperty("description").GetString());
        Assert.Equal("petstore", write.GetProperty("product").GetString());
        Assert.Equal(["addPet"], write.GetProperty("operations").EnumerateArray().Select(o => o.GetString()));
    }

    [Fact]
    public async Task The_generated_client_reads_typed_pets_over_http()
    {
        Assert.True(Project.Build.ExitCode == 0, Project.Build.ToString());
        await using var server = await PetStoreServer.StartAsync();

        var run = Project.Run([server.BaseAddress.AbsoluteUri]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("pet 1: Rex", run.Output, StringComparison.Ordinal);
        Assert.Contains("pet 2: Tom", run.Output, StringComparison.Ordinal);
        Assert.Equal(["/api/pets?limit=10"], server.RequestedPaths);
    }
}
