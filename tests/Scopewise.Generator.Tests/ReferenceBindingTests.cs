using Microsoft.CodeAnalysis.Text;
using NJsonSchema.References;
using NJsonSchema.Visitors;
using NSwag;
using Scopewise.Generator.Spec;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests;

/// <summary>
/// The generator binds <c>$ref</c>s with its own typed walk instead of NJsonSchema's reflective pass (half of NSwag's
/// parse time). These tests hold it to the same result: the same model for every spec we have, and no reference left
/// unbound anywhere in the document.
/// </summary>
public class ReferenceBindingTests
{
    public static TheoryData<string> SpecFiles()
        => Relative(Directory.GetFiles(InputItem.BundledDirectory, "*.openapi.json").Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs"))));

    [Theory]
    [MemberData(nameof(SpecFiles))]
    public void Typed_binding_gives_the_model_NSwags_pass_gives(string file)
    {
        var source = Source(file);

        var typed = SpecParser.Parse(source, ReferenceBinding.Typed, CancellationToken.None);
        var nswag = SpecParser.Parse(source, ReferenceBinding.NSwag, CancellationToken.None);

        Assert.DoesNotContain(typed.Diagnostics, d => d.Id is "SW1001" or "SW1004");
        Assert.Equal(nswag, typed);
    }

    [Theory]
    [MemberData(nameof(SpecFiles))]
    public void Typed_binding_runs_and_leaves_no_reference_unbound(string file)
    {
        var source = Source(file);

        var document = DocumentLoader.DeserializeAndBind(source, source.Text.ToString(), CancellationToken.None);

        Assert.NotNull(document);
        Assert.Empty(UnboundReferences.In(document));
    }

    /// <summary>
    /// Small specs from a review of the binder: <c>locations/</c> puts a reference (most of them dangling) in each place
    /// a document can hold one; <c>cases/</c> holds alias chains, several bad references, callbacks, Swagger 2
    /// discriminators and OpenAPI 3 files with a root <c>definitions</c>.
    /// </summary>
    public static TheoryData<string> ReferenceCases()
        => Relative(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs", "References"), "*.json", SearchOption.AllDirectories));

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void A_reference_case_gives_what_NSwags_pass_gives(string file)
    {
        var source = Source(file);

        var typed = SpecParser.Parse(source, ReferenceBinding.Typed, CancellationToken.None);
        var nswag = SpecParser.Parse(source, ReferenceBinding.NSwag, CancellationToken.None);

        Assert.Equal(nswag, typed);
    }

    [Theory]
    [InlineData(3_000, false)]
    [InlineData(100_000, true)]
    public void A_chain_of_schemas_maps_on_the_parsers_own_stack_and_one_too_long_is_reported_not_a_crash(int length, bool tooLong)
    {
        // Mapping recurses along references. On a 1 MB compiler thread a chain of a few hundred schemas used to
        // overflow the stack, which kills the compiler; the parse now runs on a thread of known stack size, where a
        // chain of thousands maps and a longer one is a diagnostic.
        var spec = new System.Text.StringBuilder("""{"openapi":"3.0.1","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{""");
        for (var i = 0; i < length; i++)
        {
            spec.Append(i > 0 ? "," : "").Append("\"S").Append(i).Append("\":{\"type\":\"object\",\"properties\":{\"next\":{\"$ref\":\"#/components/schemas/S").Append(i + 1).Append("\"}}}");
        }

        spec.Append(",\"S").Append(length).Append("\":{\"type\":\"string\"}}}}");
        var source = new SpecSource("chain.json", SourceText.From(spec.ToString()));
        Model.ApiModel? model = null;
        var thread = new Thread(() => model = SpecParser.Parse(source, CancellationToken.None), maxStackSize: 1024 * 1024);

        thread.Start();
        thread.Join();

        if (!tooLong)
        {
            Assert.False(model!.Failed, string.Join("; ", model.Diagnostics));
            Assert.Equal(length, model.Types.Count);
            return;
        }

        var diagnostic = Assert.Single(model!.Diagnostics);
        Assert.Equal("SW1001", diagnostic.Id);
        Assert.Contains("too deeply", diagnostic.Arguments[1]);
    }

    [Fact]
    public void Every_reference_form_binds_as_NSwag_binds_it()
    {
        var source = new SpecSource("forms.json", SourceText.From(FormsSpec));

        var document = DocumentLoader.DeserializeAndBind(source, FormsSpec, CancellationToken.None)!;
        var typed = SpecParser.Parse(source, ReferenceBinding.Typed, CancellationToken.None);
        var nswag = SpecParser.Parse(source, ReferenceBinding.NSwag, CancellationToken.None);

        Assert.Empty(UnboundReferences.In(document));
        Assert.Empty(typed.Diagnostics);
        Assert.Equal(nswag, typed);
        Assert.Same(document.Components.Schemas["Owner"], document.Components.Schemas["User"]);
        var pet = document.Components.Schemas["Pet"];
        Assert.Same(document.Components.Schemas["Name"], pet.Properties["name"].ActualSchema);
        Assert.Same(document.Components.Schemas["Cat"], pet.DiscriminatorObject!.Mapping["cat"].ActualSchema);
        Assert.Same(document.Components.Schemas["Pet"].Properties["id"], pet.Properties["tag"].ActualSchema);
        Assert.Same(document.Components.Schemas["a/b"], pet.Properties["slashed"].ActualSchema);
        var operation = document.Paths["/pets/{id}"]["get"];
        Assert.Equal("id", operation.ActualParameters.Single(p => p.Kind == OpenApiParameterKind.Path).Name);
        Assert.Same(document.Components.Responses["PetResponse"], operation.Responses["200"].ActualResponse);
        Assert.Same(document.Components.RequestBodies["PetBody"], document.Paths["/pets"]["post"].ActualRequestBody);
    }

    [Fact]
    public void Swagger2_definitions_parameters_and_responses_bind_as_NSwag_binds_them()
    {
        var source = new SpecSource("swagger2-forms.json", SourceText.From(Swagger2FormsSpec));

        var document = DocumentLoader.DeserializeAndBind(source, Swagger2FormsSpec, CancellationToken.None)!;
        var typed = SpecParser.Parse(source, ReferenceBinding.Typed, CancellationToken.None);
        var nswag = SpecParser.Parse(source, ReferenceBinding.NSwag, CancellationToken.None);

        Assert.Empty(UnboundReferences.In(document));
        Assert.Empty(typed.Diagnostics);
        Assert.Equal(nswag, typed);
        Assert.Same(document.Definitions["Pet"], document.Definitions["Animal"]);
        var operation = document.Paths["/pets"]["get"];
        Assert.Equal("limit", Assert.Single(operation.ActualParameters).Name);
        Assert.Same(document.Responses["Pets"], operation.Responses["200"].ActualResponse);
        Assert.Same(document.Definitions["Pet"], operation.Responses["200"].ActualResponse.Schema!.Item!.ActualSchema);
    }

    [Fact]
    public void A_dangling_reference_fails_as_before()
    {
        const string spec = """
            {"openapi":"3.0.1","info":{"title":"t","version":"1"},"paths":{},
             "components":{"schemas":{"A":{"type":"object","properties":{"b":{"$ref":"#/components/schemas/Missing"}}}}}}
            """;
        var source = new SpecSource("dangling.json", SourceText.From(spec));

        var typed = SpecParser.Parse(source, ReferenceBinding.Typed, CancellationToken.None);
        var nswag = SpecParser.Parse(source, ReferenceBinding.NSwag, CancellationToken.None);

        var diagnostic = Assert.Single(typed.Diagnostics);
        Assert.Equal("SW1001", diagnostic.Id);
        Assert.Contains("'#/components/schemas/Missing' points to nothing", diagnostic.Arguments[1]);
        Assert.Equal(nswag, typed);
    }

    [Fact]
    public void An_external_reference_is_refused_as_before()
    {
        const string spec = """
            {"openapi":"3.0.1","info":{"title":"t","version":"1"},"paths":{},
             "components":{"schemas":{"A":{"type":"object","properties":{"b":{"$ref":"other.json#/B"}}}}}}
            """;
        var source = new SpecSource("external.json", SourceText.From(spec));

        var typed = SpecParser.Parse(source, ReferenceBinding.Typed, CancellationToken.None);
        var nswag = SpecParser.Parse(source, ReferenceBinding.NSwag, CancellationToken.None);

        Assert.Equal("SW1004", Assert.Single(typed.Diagnostics).Id);
        Assert.Equal(nswag, typed);
    }

    /// <summary>Paths relative to the test output folder, in a stable order, so test names read the same everywhere.</summary>
    private static TheoryData<string> Relative(IEnumerable<string> files)
        => new(files.Order(StringComparer.Ordinal).Select(file => Path.GetRelativePath(AppContext.BaseDirectory, file)));

    private static SpecSource Source(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, file);
        return new SpecSource(path, SourceText.From(File.ReadAllText(path)));
    }

    /// <summary>
    /// Every reference form the binder treats differently: an alias component, a pointer into a property, an escaped
    /// name, a discriminator mapping, path-level and component parameters, responses, request bodies and headers.
    /// </summary>
    private const string FormsSpec = """
        {
          "openapi": "3.0.1",
          "info": { "title": "Forms", "version": "1" },
          "paths": {
            "/pets/{id}": {
              "parameters": [ { "$ref": "#/components/parameters/Id" } ],
              "get": {
                "operationId": "getPet",
                "parameters": [ { "$ref": "#/components/parameters/Limit" } ],
                "responses": { "200": { "$ref": "#/components/responses/PetResponse" } }
              }
            },
            "/pets": {
              "post": {
                "operationId": "createPet",
                "requestBody": { "$ref": "#/components/requestBodies/PetBody" },
                "responses": { "201": { "description": "made", "headers": { "X-Rate": { "$ref": "#/components/headers/Rate" } } } }
              }
            }
          },
          "components": {
            "parameters": {
              "Id": { "name": "id", "in": "path", "required": true, "schema": { "$ref": "#/components/schemas/Name" } },
              "Limit": { "name": "limit", "in": "query", "schema": { "type": "integer" } }
            },
            "headers": { "Rate": { "schema": { "type": "integer" } } },
            "responses": {
              "PetResponse": { "description": "a pet", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Pet" } } } }
            },
            "requestBodies": {
              "PetBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Pet" } } } }
            },
            "schemas": {
              "Owner": { "$ref": "#/components/schemas/User" },
              "User": { "type": "object", "properties": { "login": { "type": "string" } } },
              "Name": { "type": "string" },
              "a/b": { "type": "object", "properties": { "x": { "type": "boolean" } } },
              "Cat": { "allOf": [ { "$ref": "#/components/schemas/Pet" }, { "type": "object", "properties": { "purrs": { "type": "boolean" } } } ] },
              "Pet": {
                "type": "object",
                "discriminator": { "propertyName": "kind", "mapping": { "cat": "#/components/schemas/Cat" } },
                "properties": {
                  "kind": { "type": "string" },
                  "id": { "type": "integer", "format": "int64" },
                  "name": { "$ref": "#/components/schemas/Name" },
                  "tag": { "$ref": "#/components/schemas/Pet/properties/id" },
                  "owner": { "$ref": "#/components/schemas/Owner" },
                  "slashed": { "$ref": "#/components/schemas/a~1b" },
                  "friends": { "type": "array", "items": { "$ref": "#/components/schemas/Pet" } },
                  "extra": { "type": "object", "additionalProperties": { "$ref": "#/components/schemas/User" } }
                }
              }
            }
          }
        }
        """;

    private const string Swagger2FormsSpec = """
        {
          "swagger": "2.0",
          "info": { "title": "Forms", "version": "1" },
          "basePath": "/api",
          "paths": {
            "/pets": {
              "get": {
                "operationId": "listPets",
                "produces": [ "application/json" ],
                "parameters": [ { "$ref": "#/parameters/Limit" } ],
                "responses": { "200": { "$ref": "#/responses/Pets" } }
              }
            }
          },
          "parameters": { "Limit": { "name": "limit", "in": "query", "type": "integer" } },
          "responses": { "Pets": { "description": "pets", "schema": { "type": "array", "items": { "$ref": "#/definitions/Animal" } } } },
          "definitions": {
            "Animal": { "$ref": "#/definitions/Pet" },
            "Pet": { "type": "object", "properties": { "name": { "type": "string" } } }
          }
        }
        """;

    /// <summary>NJsonSchema's own reflective walk, used here only to find what the typed walk might have missed.</summary>
    private sealed class UnboundReferences : JsonReferenceVisitorBase
    {
        private readonly List<string> _found = [];

        private UnboundReferences(OpenApiDocument document)
            : base(OpenApiDocument.GetJsonSerializerContractResolver(document.SchemaType))
        {
        }

        public static IReadOnlyList<string> In(OpenApiDocument document)
        {
            var visitor = new UnboundReferences(document);
            visitor.Visit(document);
            return visitor._found;
        }

        protected override IJsonReference VisitJsonReference(IJsonReference reference, string path, string? typeNameHint)
        {
            if (reference.Reference is null && reference.ReferencePath is not null)
            {
                _found.Add(path + " → " + reference.ReferencePath);
            }

            return reference;
        }
    }
}
