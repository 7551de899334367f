using System;
using System.Collections.Generic;
using System.Linq;
using NJsonSchema;
using NSwag;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;
using Scopewise.Generator.Spec.Permissions;

namespace Scopewise.Generator.Spec;

/// <summary>Maps one NSwag operation to an <see cref="OperationModel"/>.</summary>
internal sealed class OperationMapper
{
    private static readonly string[] Reserved = { "cancellationToken" };
    private readonly OpenApiDocument _document;
    private readonly SchemaMapper _schemas;
    private readonly Action<string, string> _reportUnsupported;
    private readonly ReplacementFinder _replacements;
    private readonly Dictionary<string, List<Dictionary<string, string>>> _changes;

    public OperationMapper(OpenApiDocument document, SchemaMapper schemas, Action<string, string> reportUnsupported, ReplacementFinder replacements, Dictionary<string, List<Dictionary<string, string>>> changes)
    {
        _replacements = replacements;
        _changes = changes;
        _document = document;
        _schemas = schemas;
        _reportUnsupported = reportUnsupported;
    }

    public OperationModel Map(string path, string httpMethod, OpenApiOperation operation, string group, string methodName)
    {
        var operationId = string.IsNullOrWhiteSpace(operation.OperationId) ? httpMethod.ToLowerInvariant() + Naming.Pascal(path, "Root") : operation.OperationId;
        var typePrefix = methodName.EndsWith("Async", StringComparison.Ordinal) ? methodName.Substring(0, methodName.Length - 5) : methodName;
        var names = new NameScope(Reserved);
        var parameters = new List<ParameterModel>();
        BodyModel? body = null;

        foreach (var parameter in operation.ActualParameters)
        {
            var actual = parameter.ActualParameter;
            if (actual.Kind == OpenApiParameterKind.Body && operation.ActualRequestBody is not null)
            {
                // NSwag also lists an OpenAPI 3 requestBody as a body parameter; the requestBody itself is mapped below.
                continue;
            }

            if (actual.Kind == OpenApiParameterKind.FormData)
            {
                body ??= new BodyModel(BodyKind.Content, null, true, null, "multipart/form-data");
                continue;
            }

            if (actual.Kind == OpenApiParameterKind.Body)
            {
                body = new BodyModel(BodyKind.Json, _schemas.Map(actual.Schema ?? actual.ActualSchema, typePrefix + "Request"), actual.IsRequired, Clean(actual.Description), "application/json");
                continue;
            }

            var location = actual.Kind switch
            {
                OpenApiParameterKind.Path => ParameterLocation.Path,
                OpenApiParameterKind.Query => ParameterLocation.Query,
                OpenApiParameterKind.Header => ParameterLocation.Header,
                _ => (ParameterLocation?)null,
            };
            if (string.IsNullOrEmpty(actual.Name))
            {
                // Without a name there is nothing to put in the query, header or path template.
                _reportUnsupported(operationId, $"a {actual.Kind.ToString().ToLowerInvariant()} parameter has no 'name', so it cannot be sent; it was left out");
                continue;
            }

            if (location is null)
            {
                _reportUnsupported(operationId, $"parameter '{actual.Name}' in {actual.Kind} is not supported and was left out");
                continue;
            }

            var schema = actual.Schema ?? actual.ActualSchema;
            var type = _schemas.Map(schema, typePrefix + Naming.Pascal(actual.Name, "Parameter"));
            if (!IsSimple(type) && !(type.Kind == TypeRefKind.Array && IsSimple(type.Element!)))
            {
                _reportUnsupported(operationId, $"parameter '{actual.Name}' has an object schema; it is passed as a string the caller formats");
                type = type.Kind == TypeRefKind.Array ? new TypeRef(TypeRefKind.Array, Element: TypeRef.String) : TypeRef.String;
            }

            var required = actual.IsRequired || location == ParameterLocation.Path;
            parameters.Add(new ParameterModel(actual.Name, names.Claim(Naming.Camel(actual.Name, "parameter")), location.Value, type, required, Clean(actual.Description), Explode(actual), actual.IsDeprecated));
        }

        var requestBody = operation.ActualRequestBody;
        if (body is null && requestBody is not null)
        {
            body = MapBody(requestBody, typePrefix);
        }

        if (body is not null)
        {
            // Required parameters first, then the body, then optional ones; the body keeps a readable name.
            var bodyName = names.Claim(body.Kind == BodyKind.Json ? "body" : "content");
            parameters.Add(new ParameterModel(bodyName, bodyName, ParameterLocation.Query, body.Type ?? TypeRef.Json, body.Required, body.Description, false, false) { IsBody = true });
        }

        var ordered = parameters.Where(p => p.Required).Concat(parameters.Where(p => !p.Required)).ToEquatableArray();
        var response = MapResponse(operation, typePrefix);
        return new OperationModel(
            operationId,
            methodName,
            httpMethod.ToUpperInvariant(),
            path,
            group,
            operation.Tags.ToEquatableArray(),
            Clean(operation.Summary),
            Clean(operation.Description),
            operation.IsDeprecated,
            ordered,
            body,
            response,
            ScopeExtraction.Alternatives(_document, operation),
            PagingDetector.Detect(ordered, response, _schemas.FindType))
        {
            Policy = OperationPolicyReader.Read(operation, operation.OperationId, _changes.TryGetValue(httpMethod.ToLowerInvariant() + " " + path, out var changes) ? changes : null, _replacements),
        };
    }

    /// <summary>Whether a value can go in a path, query or header as text: a primitive or a string enum.</summary>
    private static bool IsSimple(TypeRef type)
        => type.Kind is not (TypeRefKind.Array or TypeRefKind.Dictionary or TypeRefKind.Json) && (type.Kind != TypeRefKind.Named || type.IsNamedValueType);

    private BodyModel MapBody(OpenApiRequestBody requestBody, string typePrefix)
    {
        var json = requestBody.Content.FirstOrDefault(c => IsJson(c.Key));
        if (json.Value is not null)
        {
            return new BodyModel(BodyKind.Json, _schemas.Map(json.Value.Schema, typePrefix + "Request"), requestBody.IsRequired, Clean(requestBody.Description), json.Key);
        }

        var mediaType = requestBody.Content.Keys.FirstOrDefault() ?? "application/octet-stream";
        return new BodyModel(BodyKind.Content, null, requestBody.IsRequired, Clean(requestBody.Description), mediaType);
    }

    private ResponseModel MapResponse(OpenApiOperation operation, string typePrefix)
    {
        var success = operation.ActualResponses
            .Where(r => r.Key.StartsWith("2", StringComparison.Ordinal))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => r.Value.ActualResponse)
            .FirstOrDefault(r => r.Content.Count > 0 || r.Schema is not null)
            ?? operation.ActualResponses.Where(r => r.Key == "default").Select(r => r.Value.ActualResponse).FirstOrDefault(r => r.Content.Count > 0 && operation.ActualResponses.All(x => !x.Key.StartsWith("2", StringComparison.Ordinal)));
        if (success is null)
        {
            return ResponseModel.None;
        }

        if (success.Content.Count == 0)
        {
            return new ResponseModel(ResponseKind.Json, _schemas.Map(success.Schema, typePrefix + "Result"));
        }

        var json = success.Content.FirstOrDefault(c => IsJson(c.Key));
        if (json.Value is not null)
        {
            return new ResponseModel(ResponseKind.Json, _schemas.Map(json.Value.Schema, typePrefix + "Result"));
        }

        return new ResponseModel(ResponseKind.Stream, null);
    }

    private static bool IsJson(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim();
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || type == "*/*";
    }

    /// <summary>
    /// Whether an array goes as <c>a=1&amp;a=2</c> (true) or <c>a=1,2</c> (false). An explicit <c>explode</c> or
    /// Swagger 2 <c>collectionFormat</c> wins; otherwise a description that asks for a comma-separated list gets one
    /// (Atlassian's specs say so in prose for many array parameters), else OpenAPI's default for form style.
    /// </summary>
    private static bool Explode(OpenApiParameter parameter)
    {
        if (parameter.Explode is bool explicitExplode)
        {
            return explicitExplode;
        }

        switch (parameter.CollectionFormat)
        {
            case OpenApiParameterCollectionFormat.Multi:
                return true;
            case OpenApiParameterCollectionFormat.Csv:
                return false;
        }

        var description = parameter.Description ?? string.Empty;
        if (description.IndexOf("comma-separated", StringComparison.OrdinalIgnoreCase) >= 0 || description.IndexOf("comma separated", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return false;
        }

        return parameter.Style is OpenApiParameterStyle.Form or OpenApiParameterStyle.Undefined && parameter.Kind == OpenApiParameterKind.Query;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
}
