using System.Text.Json.Nodes;
using Scopewise.Generator.Tests.Infrastructure;

namespace Scopewise.Generator.Tests.Fuzz;

/// <summary>A spec the corpus mutates: a document factory (a fresh copy each call) and the item metadata it is generated with.</summary>
public sealed record BaseSpec(string Name, Func<JsonObject> Load, IReadOnlyList<(string Key, string Value)> Metadata)
{
    public FuzzSpec Write(JsonObject document, SpecFormat format, string detail, IReadOnlyList<(string Key, string Value)>? metadata = null, string? extension = null)
        => new($"/specs/fuzz/{Name}{extension ?? SpecWriter.Extension(format)}", SpecWriter.Write(document, format), metadata ?? Metadata, detail);
}

/// <summary>The small specs the corpus starts from, and the untouched control spec every case runs beside.</summary>
public static class BaseSpecs
{
    public const string TargetNamespace = "Fuzz.Target";
    public const string ControlNamespace = "Fuzz.Control";
    public const string ControlClient = "ControlClient";
    public const string ControlPath = "/specs/control/control.json";

    /// <summary>A hand-made pet store with every field kind: tags, enums, servers, scopes, extensions, each parameter location.</summary>
    public const string PetStore = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Zoo", "version": "1.0", "description": "A zoo of pets.", "x-fuzz-info": "info extension" },
          "servers": [ { "url": "https://zoo.example/api/v1", "description": "Production" } ],
          "tags": [ { "name": "pets", "description": "Everything about pets." }, { "name": "store", "description": "Orders." } ],
          "x-fuzz-root": { "note": "root extension", "list": ["one", "two"] },
          "paths": {
            "/pets": {
              "get": {
                "operationId": "listPets", "tags": ["pets"], "summary": "List pets", "description": "Lists every pet.",
                "security": [ { "oauth": ["read:pets"] } ], "x-fuzz-op": "operation extension",
                "parameters": [
                  { "$ref": "#/components/parameters/Limit" },
                  { "name": "status", "in": "query", "description": "Filter by status.", "schema": { "type": "string", "enum": ["available", "pending", "sold"] } }
                ],
                "responses": { "200": { "description": "A list of pets.", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Pet" } } } } } }
              },
              "post": {
                "operationId": "createPet", "tags": ["pets"], "summary": "Create a pet", "security": [ { "oauth": ["write:pets"] } ],
                "requestBody": { "required": true, "description": "The pet to add.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Pet" } } } },
                "responses": { "201": { "description": "Created.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Pet" } } } } }
              }
            },
            "/pets/{petId}": {
              "get": {
                "operationId": "getPet", "tags": ["pets"], "summary": "Get a pet",
                "parameters": [
                  { "name": "petId", "in": "path", "required": true, "description": "The pet's id.", "schema": { "type": "integer", "format": "int64" } },
                  { "name": "X-Request-Id", "in": "header", "description": "Correlates logs.", "schema": { "type": "string" } }
                ],
                "responses": { "200": { "description": "The pet.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Pet" } } } } }
              },
              "delete": {
                "operationId": "deletePet", "tags": ["pets"], "description": "Removes a pet.",
                "parameters": [ { "name": "petId", "in": "path", "required": true, "schema": { "type": "integer", "format": "int64" } } ],
                "responses": { "204": { "description": "Deleted." } }
              }
            },
            "/store/orders": {
              "post": {
                "operationId": "placeOrder", "tags": ["store"], "summary": "Place an order", "description": "Places an order for a pet.",
                "x-atlassian-oauth2-scopes": [ { "scheme": "OAuth2", "state": "Current", "scopes": ["write:orders"] } ],
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Order" } } } },
                "responses": { "200": { "description": "The order.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Order" } } } } }
              }
            },
            "/store/inventory": {
              "get": {
                "operationId": "getInventory", "tags": ["store"], "summary": "Inventory by status",
                "responses": { "200": { "description": "Counts.", "content": { "application/json": { "schema": { "type": "object", "additionalProperties": { "type": "integer", "format": "int32" } } } } } }
              }
            },
            "/health": {
              "get": {
                "operationId": "health", "summary": "Untagged health check",
                "responses": { "200": { "description": "ok", "content": { "text/plain": { "schema": { "type": "string" } } } } }
              }
            }
          },
          "components": {
            "securitySchemes": {
              "oauth": { "type": "oauth2", "flows": { "authorizationCode": { "authorizationUrl": "https://zoo.example/authorize", "tokenUrl": "https://zoo.example/token", "scopes": { "read:pets": "Read pets.", "write:pets": "Write pets." } } } }
            },
            "parameters": {
              "Limit": { "name": "limit", "in": "query", "description": "How many pets to return.", "schema": { "type": "integer", "format": "int32" } }
            },
            "schemas": {
              "Pet": {
                "type": "object", "description": "A pet in the zoo.", "required": ["id", "name"], "x-fuzz-schema": "schema extension",
                "properties": {
                  "id": { "type": "integer", "format": "int64", "description": "The pet's id." },
                  "name": { "type": "string", "description": "The pet's name." },
                  "status": { "$ref": "#/components/schemas/PetStatus" },
                  "category": { "$ref": "#/components/schemas/Category" },
                  "tags": { "type": "array", "items": { "type": "string" }, "description": "Free-form labels." },
                  "birthDate": { "type": "string", "format": "date", "title": "Birth date" }
                }
              },
              "PetStatus": { "type": "string", "description": "Where the pet is.", "enum": ["available", "pending", "sold"] },
              "Category": { "type": "object", "title": "A category", "properties": { "id": { "type": "integer" }, "label": { "type": "string", "description": "The category's label." } } },
              "Order": {
                "type": "object", "description": "An order for a pet.",
                "properties": { "petId": { "type": "integer", "format": "int64" }, "quantity": { "type": "integer", "format": "int32" }, "shipDate": { "type": "string", "format": "date-time" }, "complete": { "type": "boolean" } }
              }
            }
          }
        }
        """;

    /// <summary>Specs/enums.yaml, the snapshot fixture, as a document (the corpus writes it back as YAML or JSON).</summary>
    private const string Enums = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Enum Shop", "version": "1.0" },
          "paths": {
            "/items": {
              "get": {
                "operationId": "listItems", "tags": ["Item"],
                "parameters": [
                  { "name": "status", "in": "query", "schema": { "type": "string", "enum": ["current", "draft-with-space", "2fa", "class", ""] } },
                  { "name": "level", "in": "query", "schema": { "type": "integer", "enum": [1, 2, 3] } }
                ],
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Item" } } } } } }
              }
            }
          },
          "components": {
            "schemas": {
              "Item": {
                "type": "object", "required": ["status"],
                "properties": { "status": { "$ref": "#/components/schemas/ItemStatus" }, "priority": { "type": "string", "enum": ["low", "high"], "nullable": true } }
              },
              "ItemStatus": { "type": "string", "description": "Where the item is in its life.", "enum": ["current", "archived", "Value", "IsKnown"] }
            }
          }
        }
        """;

    /// <summary>The control: a valid spec in its own namespace that must generate in every run.</summary>
    public const string Control = """
        {"openapi":"3.0.1","info":{"title":"Pets","version":"1"},
         "paths":{"/pets/{id}":{"get":{"operationId":"getPet","parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],
           "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}}}}}}}},
         "components":{"schemas":{"Pet":{"type":"object","properties":{"name":{"type":"string"}}}}}}
        """;

    public static InputItem ControlItem { get; } = InputItem.Spec(ControlPath, Control, ("ScopewiseClientName", ControlClient), ("ScopewiseNamespace", ControlNamespace));

    private static readonly Lazy<IReadOnlyList<BaseSpec>> Small = new(() =>
    [
        Of("petstore", PetStore, "ZooClient"),
        Of("enums", Enums, "EnumShopClient"),
        Of("operations", ReadFixture("operations.json"), "OperationsLabClient"),
        Of("composition", ReadFixture("composition.json"), "CompositionClient"),
        Of("swagger2", ReadFixture("swagger2.json"), "LegacyStoreClient"),
        Slice("confluence-v2", 4, "ConfluenceV2Client", "confluence"),
    ]);

    private static readonly Lazy<IReadOnlyList<BaseSpec>> Large = new(() =>
    [
        .. Small.Value,
        Slice("jira-v3", 12, "JiraClient", "jira"),
        Slice("confluence-v1", 10, "ConfluenceV1Client", "confluence"),
        Slice("confluence-dc", 10, "ConfluenceDataCenterClient", "confluence"),
    ]);

    /// <summary>The bases the corpus rotates through: small ones by default, more slices with SCOPEWISE_FUZZ_LARGE=1.</summary>
    public static IReadOnlyList<BaseSpec> All => FuzzCorpus.IsLarge ? Large.Value : Small.Value;

    public static BaseSpec PetStoreBase => Small.Value[0];

    /// <summary>A whole bundled spec (large corpus only).</summary>
    public static BaseSpec Bundled(string name, string client, string product)
    {
        var text = File.ReadAllText(Path.Combine(InputItem.BundledDirectory, name + ".openapi.json"));
        return new BaseSpec(name + "-full", () => WithExtensions(Parse(text)), [("ScopewiseClientName", client), ("ScopewiseProduct", product)]);
    }

    private static BaseSpec Of(string name, string json, string client)
        => new(name, () => WithExtensions(Parse(json)), [("ScopewiseClientName", client)]);

    private static string ReadFixture(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", file));

    public static JsonObject Parse(string json)
        => (JsonObject)JsonNode.Parse(json, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 256 })!;

    /// <summary>Every base gets x- extensions at the document and on each operation, so every base has Extension sites.</summary>
    private static JsonObject WithExtensions(JsonObject document)
    {
        document["x-fuzz-note"] ??= "document extension";
        foreach (var operation in Operations(document))
        {
            operation["x-fuzz-note"] ??= "operation extension";
        }

        return document;
    }

    public static IEnumerable<JsonObject> Operations(JsonObject document)
        => (document["paths"] as JsonObject)?.Select(p => p.Value).OfType<JsonObject>()
            .SelectMany(item => new[] { "get", "put", "post", "delete", "patch", "head", "options", "trace" }.Select(m => item[m]).OfType<JsonObject>()) ?? [];

    /// <summary>The first <paramref name="paths"/> paths of a bundled spec with only the components they reach.</summary>
    private static BaseSpec Slice(string name, int paths, string client, string product)
    {
        var sliced = new Lazy<string>(() =>
        {
            var full = Parse(File.ReadAllText(Path.Combine(InputItem.BundledDirectory, name + ".openapi.json")));
            var result = new JsonObject();
            foreach (var key in new[] { "openapi", "swagger", "info", "servers" })
            {
                if (full[key] is { } value)
                {
                    result[key] = value.DeepClone();
                }
            }

            var keptPaths = new JsonObject();
            foreach (var (key, value) in ((JsonObject)full["paths"]!).Take(paths))
            {
                keptPaths[key] = value!.DeepClone();
            }

            result["paths"] = keptPaths;
            var components = full["components"] as JsonObject ?? [];
            var wanted = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<JsonNode>([keptPaths]);
            while (queue.Count > 0)
            {
                foreach (var node in SpecSites.Descendants(queue.Dequeue()))
                {
                    if (node is JsonObject obj && SpecSites.Str(obj["$ref"]) is { } reference && reference.StartsWith("#/components/", StringComparison.Ordinal) && wanted.Add(reference))
                    {
                        var parts = reference["#/components/".Length..].Split('/', 2);
                        if (parts.Length == 2 && (components[parts[0]] as JsonObject)?[parts[1]] is { } target)
                        {
                            queue.Enqueue(target);
                        }
                    }
                }
            }

            var keptComponents = new JsonObject();
            foreach (var (section, entries) in components)
            {
                if (section == "securitySchemes")
                {
                    keptComponents[section] = entries!.DeepClone();
                    continue;
                }

                var kept = new JsonObject();
                foreach (var (key, value) in (entries as JsonObject) ?? [])
                {
                    if (wanted.Contains($"#/components/{section}/{key}"))
                    {
                        kept[key] = value!.DeepClone();
                    }
                }

                if (kept.Count > 0)
                {
                    keptComponents[section] = kept;
                }
            }

            result["components"] = keptComponents;
            return result.ToJsonString();
        });
        return new BaseSpec(name + "-slice", () => WithExtensions(Parse(sliced.Value)), [("ScopewiseClientName", client), ("ScopewiseProduct", product)]);
    }
}
