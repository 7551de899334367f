using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Scopewise.Adf;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>
/// Models that hold Atlassian Document Format get AdfDocument accessors: a free-form property whose description
/// says it is ADF gets <c>{Property}Adf</c>; a representation/value body gets <c>FromAdf</c> and <c>ToAdf()</c>.
/// The accessors compile cleanly, are never serialized, and carry the document through the generated JSON.
/// </summary>
public sealed class AdfAccessorTests
{
    private const string Spec = """
        {
          "openapi": "3.0.1",
          "info": { "title": "Notes", "version": "1" },
          "paths": {
            "/notes": {
              "post": {
                "operationId": "addNote",
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Note" } } } },
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Note" } } } } }
              }
            }
          },
          "components": {
            "schemas": {
              "Note": {
                "type": "object",
                "properties": {
                  "body": { "description": "The note in [Atlassian Document Format](https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/)." },
                  "extra": { "description": "Anything else." },
                  "page": { "$ref": "#/components/schemas/PageBodyWrite" },
                  "stored": { "$ref": "#/components/schemas/BodyType" },
                  "clash": { "$ref": "#/components/schemas/Clash" }
                }
              },
              "PageBodyWrite": {
                "type": "object",
                "properties": {
                  "representation": { "type": "string", "enum": ["storage", "atlas_doc_format", "wiki"] },
                  "value": { "type": "string" }
                }
              },
              "BodyType": {
                "type": "object",
                "properties": { "representation": { "type": "string" }, "value": { "type": "string" } }
              },
              "Clash": {
                "type": "object",
                "properties": {
                  "body": { "description": "Atlassian Document Format." },
                  "bodyAdf": { "type": "string" }
                }
              }
            }
          }
        }
        """;

    private static readonly Lazy<(GeneratorResult Result, Assembly Assembly)> Generated = new(() =>
    {
        var result = GeneratorHarness.Run([InputItem.Spec("notes.json", Spec)]);
        return (result, BundledGeneration.LoadCompilation(result.Compilation, "adf-notes"));
    });

    [Fact]
    public void The_accessors_compile_without_warnings_and_only_where_the_rules_say()
    {
        var result = Generated.Value.Result;
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        var compilation = result.Compilation;
        Assert.Single(compilation.GetTypeByMetadataName("Scopewise.Generated.Notes.Note")!.GetMembers("BodyAdf"));
        Assert.Empty(compilation.GetTypeByMetadataName("Scopewise.Generated.Notes.Note")!.GetMembers("ExtraAdf"));
        Assert.Single(compilation.GetTypeByMetadataName("Scopewise.Generated.Notes.PageBodyWrite")!.GetMembers("FromAdf"));
        Assert.Single(compilation.GetTypeByMetadataName("Scopewise.Generated.Notes.BodyType")!.GetMembers("ToAdf"));

        // The model already has a member of that name: no accessor rather than a renamed one.
        Assert.Single(compilation.GetTypeByMetadataName("Scopewise.Generated.Notes.Clash")!.GetMembers("BodyAdf"), m => m is IPropertySymbol { Type.SpecialType: SpecialType.System_String });
    }

    [Fact]
    public void A_document_set_on_a_model_is_sent_as_ADF_JSON_and_read_back_as_a_document()
    {
        var assembly = Generated.Value.Assembly;
        var options = Options(assembly);
        var noteType = assembly.GetType("Scopewise.Generated.Notes.Note")!;
        var note = Activator.CreateInstance(noteType)!;
        noteType.GetProperty("BodyAdf")!.SetValue(note, Scopewise.Adf.Adf.Doc(Scopewise.Adf.Adf.Paragraph("Hello ", Scopewise.Adf.Adf.Text("team").Strong())));

        var json = JsonSerializer.Serialize(note, noteType, options);
        using var written = JsonDocument.Parse(json);
        Assert.Equal("doc", written.RootElement.GetProperty("body").GetProperty("type").GetString());
        Assert.False(written.RootElement.TryGetProperty("bodyAdf", out _), json);

        var read = JsonSerializer.Deserialize(json, noteType, options)!;
        var document = (AdfDocument)noteType.GetProperty("BodyAdf")!.GetValue(read)!;
        Assert.Equal("Hello team", document.ToPlainText());
        Assert.Null(noteType.GetProperty("BodyAdf")!.GetValue(Activator.CreateInstance(noteType)));
    }

    [Fact]
    public void A_representation_body_carries_the_document_as_atlas_doc_format()
    {
        var assembly = Generated.Value.Assembly;
        var options = Options(assembly);
        var bodyType = assembly.GetType("Scopewise.Generated.Notes.PageBodyWrite")!;
        var body = bodyType.GetMethod("FromAdf")!.Invoke(null, [AdfDocument.FromMarkdown("# Title\n\ntext")])!;

        var json = JsonSerializer.Serialize(body, bodyType, options);
        using var written = JsonDocument.Parse(json);
        Assert.Equal("atlas_doc_format", written.RootElement.GetProperty("representation").GetString());
        Assert.Equal("doc", JsonDocument.Parse(written.RootElement.GetProperty("value").GetString()!).RootElement.GetProperty("type").GetString());

        var read = JsonSerializer.Deserialize(json, bodyType, options)!;
        Assert.Equal("Title\ntext", ((AdfDocument)bodyType.GetMethod("ToAdf")!.Invoke(read, null)!).ToPlainText());

        var stored = assembly.GetType("Scopewise.Generated.Notes.BodyType")!;
        var storage = JsonSerializer.Deserialize("""{"representation":"storage","value":"<p>x</p>"}""", stored, options)!;
        Assert.Null(stored.GetMethod("ToAdf")!.Invoke(storage, null));
    }

    [Theory]
    [InlineData("jira-v3", "Scopewise.Jira.Comment", "BodyAdf")]
    [InlineData("jira-v3", "Scopewise.Jira.Worklog", "CommentAdf")]
    [InlineData("confluence-v2", "Scopewise.Confluence.V2.PageBodyWrite", "FromAdf")]
    [InlineData("confluence-v2", "Scopewise.Confluence.V2.CommentBodyWrite", "FromAdf")]
    [InlineData("confluence-v2", "Scopewise.Confluence.V2.BodyType", "ToAdf")]
    public void The_bundled_clients_get_ADF_accessors_where_Atlassian_uses_ADF(string spec, string type, string member)
    {
        var compilation = BundledGeneration.Generate(spec).Compilation;
        Assert.NotEmpty(compilation.GetTypeByMetadataName(type)!.GetMembers(member));
    }

    [Fact]
    public void The_examples_in_docs_ADF_md_compile_against_the_bundled_clients()
    {
        const string confluence = """
            using Scopewise.Adf;
            using Scopewise.Confluence.V2;
            public static class ConfluenceExample
            {
                public static async System.Threading.Tasks.Task<string?> Run(ConfluenceV2Client confluence, long id)
                {
                    var page = await confluence.Pages.GetPageByIdAsync(id, bodyFormat: PrimaryBodyRepresentationSingle.AtlasDocFormat);
                    var body = CreatePageRequestBody.FromPageBodyWrite(PageBodyWrite.FromAdf(Adf.Doc(Adf.Paragraph("Hello"))));
                    return body is null ? null : page.Body?.AtlasDocFormat?.ToAdf()?.ToPlainText();
                }
            }
            """;
        const string jira = """
            using Scopewise.Adf;
            using Scopewise.Jira;
            public static class JiraExample
            {
                public static System.Threading.Tasks.Task<Comment> Run(JiraClient jira) =>
                    jira.IssueComments.AddCommentAsync("DEMO-1", new Comment { BodyAdf = AdfDocument.FromMarkdown("Looks **good**") });
            }
            """;
        foreach (var (spec, source) in new[] { ("confluence-v2", confluence), ("jira-v3", jira) })
        {
            var compilation = BundledGeneration.Generate(spec).Compilation.AddSyntaxTrees(
                Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: "Example.cs"));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath == "Example.cs"));
        }
    }

    private static JsonSerializerOptions Options(Assembly assembly) =>
        (JsonSerializerOptions)assembly.GetTypes().Single(t => t.Name == "NotesJson").GetProperty("Options")!.GetValue(null)!;
}
