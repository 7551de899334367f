using System.Text.Json.Nodes;

namespace Scopewise.Generator.Tests.Fuzz;

/// <summary>
/// One place in a spec that holds a string of some <see cref="FieldKind"/>. <see cref="Apply"/> rewrites it and keeps
/// the document consistent: a renamed schema's <c>$ref</c>s, a renamed path parameter's template, a renamed
/// property's <c>required</c> entry and a renamed tag's every use follow.
/// </summary>
public sealed record Site(FieldKind Kind, string Where, Action<Func<string, string>> Apply);

/// <summary>Finds the string sites of an OpenAPI 3 or Swagger 2 document held as a <see cref="JsonObject"/>.</summary>
public sealed class SpecSites
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
    private readonly JsonObject _root;
    private readonly List<Site> _sites = [];
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);

    private SpecSites(JsonObject root) => _root = root;

    public static List<Site> Find(JsonObject root)
    {
        var sites = new SpecSites(root);
        sites.WalkRoot();
        return sites._sites;
    }

    private void WalkRoot()
    {
        if (_root["info"] is JsonObject info)
        {
            Text(info, "title", FieldKind.Title, "#/info");
            Text(info, "description", FieldKind.Description, "#/info");
            Extensions(info, "#/info");
        }

        if (_root["servers"] is JsonArray servers)
        {
            foreach (var server in servers.OfType<JsonObject>())
            {
                Text(server, "url", FieldKind.ServerUrl, "#/servers");
                Text(server, "description", FieldKind.Description, "#/servers");
            }
        }

        if (_root["tags"] is JsonArray tags)
        {
            foreach (var tag in tags.OfType<JsonObject>())
            {
                if (Str(tag["name"]) is { } name)
                {
                    _tags.Add(name);
                }

                Text(tag, "description", FieldKind.Description, "#/tags");
            }
        }

        Extensions(_root, "#");
        if (_root["paths"] is JsonObject paths)
        {
            foreach (var (key, item) in paths.ToList())
            {
                if (item is not JsonObject pathItem)
                {
                    continue;
                }

                var where = "#/paths/" + SpecWriter.PointerSegment(key);
                KeySite(paths, pathItem, FieldKind.PathTemplate, where, null);
                if (pathItem["parameters"] is JsonArray shared)
                {
                    foreach (var parameter in shared.OfType<JsonObject>())
                    {
                        Parameter(parameter, where + "/parameters", paths, pathItem);
                    }
                }

                foreach (var method in Methods)
                {
                    if (pathItem[method] is JsonObject operation)
                    {
                        Operation(operation, where + "/" + method, paths, pathItem);
                    }
                }
            }
        }

        if (_root["components"] is JsonObject components)
        {
            if (components["schemas"] is JsonObject schemas)
            {
                SchemaMap(schemas, "#/components/schemas/");
            }

            foreach (var parameter in (components["parameters"] as JsonObject)?.Select(p => p.Value).OfType<JsonObject>() ?? [])
            {
                Parameter(parameter, "#/components/parameters", null, null);
            }

            foreach (var response in (components["responses"] as JsonObject)?.Select(p => p.Value).OfType<JsonObject>() ?? [])
            {
                Response(response, "#/components/responses");
            }

            foreach (var body in (components["requestBodies"] as JsonObject)?.Select(p => p.Value).OfType<JsonObject>() ?? [])
            {
                Text(body, "description", FieldKind.Description, "#/components/requestBodies");
                Content(body, "#/components/requestBodies");
            }
        }

        if (_root["definitions"] is JsonObject definitions)
        {
            SchemaMap(definitions, "#/definitions/");
        }

        foreach (var parameter in (_root["parameters"] as JsonObject)?.Select(p => p.Value).OfType<JsonObject>() ?? [])
        {
            Parameter(parameter, "#/parameters", null, null);
        }

        foreach (var response in (_root["responses"] as JsonObject)?.Select(p => p.Value).OfType<JsonObject>() ?? [])
        {
            Response(response, "#/responses");
        }

        foreach (var tag in _tags.Order(StringComparer.Ordinal))
        {
            var current = tag;
            _sites.Add(new Site(FieldKind.Tag, "tag '" + tag + "'", f =>
            {
                var renamed = f(current);
                RenameTag(current, renamed);
                current = renamed;
            }));
        }
    }

    private void Operation(JsonObject operation, string where, JsonObject paths, JsonObject pathItem)
    {
        Text(operation, "operationId", FieldKind.OperationId, where);
        Text(operation, "summary", FieldKind.Summary, where);
        Text(operation, "description", FieldKind.Description, where);
        if (operation["tags"] is JsonArray tags)
        {
            foreach (var tag in tags)
            {
                if (Str(tag) is { } name)
                {
                    _tags.Add(name);
                }
            }
        }

        foreach (var parameter in (operation["parameters"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            Parameter(parameter, where + "/parameters", paths, pathItem);
        }

        if (operation["requestBody"] is JsonObject body)
        {
            Text(body, "description", FieldKind.Description, where + "/requestBody");
            Content(body, where + "/requestBody");
        }

        foreach (var response in (operation["responses"] as JsonObject)?.Select(p => p.Value).OfType<JsonObject>() ?? [])
        {
            Response(response, where + "/responses");
        }

        foreach (var requirement in (operation["security"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            foreach (var scopes in requirement.Select(p => p.Value).OfType<JsonArray>())
            {
                StringItems(scopes, FieldKind.Scope, where + "/security");
            }
        }

        foreach (var entry in (operation["x-atlassian-oauth2-scopes"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (entry["scopes"] is JsonArray scopes)
            {
                StringItems(scopes, FieldKind.Scope, where + "/x-atlassian-oauth2-scopes");
            }
        }

        foreach (var key in new[] { "consumes", "produces" })
        {
            if (operation[key] is JsonArray mediaTypes)
            {
                StringItems(mediaTypes, FieldKind.MediaType, where + "/" + key);
            }
        }

        Extensions(operation, where);
    }

    private void Parameter(JsonObject parameter, string where, JsonObject? paths, JsonObject? pathItem)
    {
        if (parameter.ContainsKey("$ref"))
        {
            return;
        }

        var isPath = Str(parameter["in"]) == "path";
        if (Str(parameter["name"]) is not null && !(isPath && paths is null))
        {
            _sites.Add(new Site(isPath ? FieldKind.PathParameterName : FieldKind.ParameterName, where + "/name", f =>
            {
                var old = Str(parameter["name"])!;
                var renamed = f(old);
                if (isPath && paths is not null && pathItem is not null)
                {
                    RenamePathParameter(paths, pathItem, old, renamed);
                }
                else
                {
                    parameter["name"] = renamed;
                }
            }));
        }

        Text(parameter, "description", FieldKind.ParamDescription, where);
        if (parameter["schema"] is JsonObject schema)
        {
            Schema(schema, where + "/schema");
        }

        if (parameter["enum"] is JsonArray values)
        {
            StringItems(values, FieldKind.EnumValue, where + "/enum");
        }

        if (parameter["items"] is JsonObject items)
        {
            Schema(items, where + "/items");
        }

        Content(parameter, where);
        Extensions(parameter, where);
    }

    private void Response(JsonObject response, string where)
    {
        Text(response, "description", FieldKind.Description, where);
        Content(response, where);
        if (response["schema"] is JsonObject schema)
        {
            Schema(schema, where + "/schema");
        }

        foreach (var header in (response["headers"] as JsonObject)?.Select(p => p.Value).OfType<JsonObject>() ?? [])
        {
            Text(header, "description", FieldKind.Description, where + "/headers");
            if (header["schema"] is JsonObject headerSchema)
            {
                Schema(headerSchema, where + "/headers/schema");
            }
        }
    }

    private void Content(JsonObject owner, string where)
    {
        if (owner["content"] is not JsonObject content)
        {
            return;
        }

        foreach (var (key, value) in content.ToList())
        {
            if (value is not JsonObject media)
            {
                continue;
            }

            KeySite(content, media, FieldKind.MediaType, where + "/content/" + SpecWriter.PointerSegment(key), null);
            if (media["schema"] is JsonObject schema)
            {
                Schema(schema, where + "/content/" + SpecWriter.PointerSegment(key) + "/schema");
            }
        }
    }

    private void SchemaMap(JsonObject schemas, string prefix)
    {
        foreach (var (key, value) in schemas.ToList())
        {
            if (value is not JsonObject schema)
            {
                continue;
            }

            KeySite(schemas, schema, FieldKind.SchemaName, prefix + SpecWriter.PointerSegment(key), (old, renamed) => RewriteReferences(prefix + SpecWriter.PointerSegment(old), prefix + SpecWriter.PointerSegment(renamed)));
            Schema(schema, prefix + SpecWriter.PointerSegment(key));
        }
    }

    private void Schema(JsonObject schema, string where)
    {
        Text(schema, "title", FieldKind.Title, where);
        Text(schema, "description", FieldKind.Description, where);
        if (schema["enum"] is JsonArray values)
        {
            StringItems(values, FieldKind.EnumValue, where + "/enum");
        }

        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (key, value) in properties.ToList())
            {
                if (value is not JsonObject property)
                {
                    continue;
                }

                var propertyWhere = where + "/properties/" + SpecWriter.PointerSegment(key);
                KeySite(properties, property, FieldKind.PropertyName, propertyWhere, (old, renamed) =>
                {
                    if (schema["required"] is JsonArray required)
                    {
                        for (var i = 0; i < required.Count; i++)
                        {
                            if (Str(required[i]) == old)
                            {
                                required[i] = renamed;
                            }
                        }
                    }
                });
                Schema(property, propertyWhere);
            }
        }

        foreach (var key in new[] { "items", "additionalProperties", "not" })
        {
            if (schema[key] is JsonObject inner)
            {
                Schema(inner, where + "/" + key);
            }
        }

        foreach (var key in new[] { "allOf", "oneOf", "anyOf" })
        {
            foreach (var inner in (schema[key] as JsonArray)?.OfType<JsonObject>() ?? [])
            {
                Schema(inner, where + "/" + key);
            }
        }

        Extensions(schema, where);
    }

    private void Extensions(JsonObject owner, string where)
    {
        foreach (var (key, value) in owner.ToList())
        {
            if (key.StartsWith("x-", StringComparison.Ordinal) && key != "x-atlassian-oauth2-scopes")
            {
                ExtensionValue(owner, key, value, where + "/" + key, 0);
            }
        }
    }

    private void ExtensionValue(JsonNode parent, string key, JsonNode? value, string where, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (Str(value) is not null && parent is JsonObject obj)
        {
            Text(obj, key, FieldKind.Extension, where[..^(key.Length + 1)]);
        }
        else if (value is JsonObject inner)
        {
            foreach (var (innerKey, innerValue) in inner.ToList())
            {
                ExtensionValue(inner, innerKey, innerValue, where + "/" + innerKey, depth + 1);
            }
        }
        else if (value is JsonArray array)
        {
            StringItems(array, FieldKind.Extension, where);
        }
    }

    private void Text(JsonObject owner, string key, FieldKind kind, string where)
    {
        if (Str(owner[key]) is not null)
        {
            _sites.Add(new Site(kind, where + "/" + key, f => owner[key] = f(Str(owner[key])!)));
        }
    }

    private void StringItems(JsonArray array, FieldKind kind, string where)
    {
        for (var i = 0; i < array.Count; i++)
        {
            var index = i;
            if (Str(array[i]) is not null)
            {
                _sites.Add(new Site(kind, where + "/" + i, f => array[index] = f(Str(array[index])!)));
            }
        }
    }

    /// <summary>A site that renames the key under which <paramref name="child"/> sits, wherever earlier renames moved it.</summary>
    private void KeySite(JsonObject parent, JsonObject child, FieldKind kind, string where, Action<string, string>? follow)
        => _sites.Add(new Site(kind, where + " (key)", f =>
        {
            var old = parent.First(p => ReferenceEquals(p.Value, child)).Key;
            var renamed = f(old);
            if (RenameKey(parent, old, renamed))
            {
                follow?.Invoke(old, renamed);
            }
        }));

    public static bool RenameKey(JsonObject obj, string oldKey, string newKey)
    {
        if (oldKey == newKey || !obj.ContainsKey(oldKey) || obj.ContainsKey(newKey))
        {
            return false;
        }

        var pairs = obj.ToList();
        obj.Clear();
        foreach (var (key, value) in pairs)
        {
            obj[key == oldKey ? newKey : key] = value;
        }

        return true;
    }

    private void RenamePathParameter(JsonObject paths, JsonObject pathItem, string old, string renamed)
    {
        var key = paths.First(p => ReferenceEquals(p.Value, pathItem)).Key;
        RenameKey(paths, key, key.Replace("{" + old + "}", "{" + renamed + "}", StringComparison.Ordinal));
        var parameterLists = new List<JsonArray>();
        if (pathItem["parameters"] is JsonArray shared)
        {
            parameterLists.Add(shared);
        }

        parameterLists.AddRange(Methods.Select(m => (pathItem[m] as JsonObject)?["parameters"]).OfType<JsonArray>());
        foreach (var parameter in parameterLists.SelectMany(l => l.OfType<JsonObject>()))
        {
            if (Str(parameter["in"]) == "path" && Str(parameter["name"]) == old)
            {
                parameter["name"] = renamed;
            }
        }
    }

    private void RenameTag(string old, string renamed)
    {
        foreach (var node in Descendants(_root))
        {
            if (node is JsonObject obj && obj["tags"] is JsonArray tags)
            {
                for (var i = 0; i < tags.Count; i++)
                {
                    if (Str(tags[i]) == old)
                    {
                        tags[i] = renamed;
                    }
                    else if (tags[i] is JsonObject tag && Str(tag["name"]) == old)
                    {
                        tag["name"] = renamed;
                    }
                }
            }
        }
    }

    public void RewriteReferences(string from, string to) => RewriteReferences(_root, from, to);

    public static void RewriteReferences(JsonNode root, string from, string to)
    {
        foreach (var node in Descendants(root))
        {
            if (node is JsonObject obj && Str(obj["$ref"]) is { } reference && (reference == from || reference.StartsWith(from + "/", StringComparison.Ordinal)))
            {
                obj["$ref"] = to + reference[from.Length..];
            }
        }
    }

    public static IEnumerable<JsonNode> Descendants(JsonNode root)
    {
        var stack = new Stack<JsonNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject obj => obj.Select(p => p.Value).ToList(),
                JsonArray array => array.ToList(),
                _ => [],
            };
            foreach (var child in children)
            {
                if (child is not null)
                {
                    stack.Push(child);
                }
            }
        }
    }

    public static string? Str(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
