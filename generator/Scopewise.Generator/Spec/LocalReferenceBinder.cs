using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Newtonsoft.Json.Serialization;
using NJsonSchema;
using NJsonSchema.References;
using NSwag;

namespace Scopewise.Generator.Spec;

/// <summary>
/// Binds every <c>$ref</c> of a freshly deserialized document to its target, as NJsonSchema's reference pass
/// (<c>JsonSchemaReferenceUtilities.UpdateSchemaReferencesAsync</c>) does, but with a typed walk over NSwag's object
/// model instead of two reflective walks over every object. That pass was half of NSwag's parse time.
/// </summary>
/// <remarks>
/// <para>
/// The rules are NJsonSchema's. Two rounds: first an entry of <c>components/schemas</c> (or of a schema's
/// <c>definitions</c>) that is only a <c>$ref</c> is replaced by its target, then every other reference keeps its
/// object and gets its <c>Reference</c> set. Both rounds walk the JSON tree in NJsonSchema's order (paths before
/// components), never along a bound reference, and skip what it skips (a callback's path item that is only a
/// <c>$ref</c>, Swagger 2 discriminator mappings), so a broken spec reports the same error first.
/// </para>
/// <para>
/// References of the common forms (<c>#/components/{kind}/{name}</c>, Swagger 2's <c>#/definitions/{name}</c> …) are
/// looked up in the document's dictionaries. Every other form — a JSON pointer into a property, an escaped name, a
/// reference to another file — goes to NJsonSchema's own resolver, so it binds, or fails with the same message, as it
/// did before (external references are refused by <see cref="RefusingReferenceResolver"/>). One difference is
/// left: NJsonSchema's resolver copies a target that is a plain JSON object (an unknown root property) by
/// serializing it, and here that runs after NSwag has reset its per-thread schema type.
/// </para>
/// <para>
/// <c>tests/Scopewise.Generator.Tests/ReferenceBindingTests.cs</c> holds the binder to NSwag's result on every
/// bundled and fixture spec and on ~90 small specs that put a reference in each place a document can hold one.
/// </para>
/// </remarks>
internal sealed class LocalReferenceBinder
{
    private readonly OpenApiDocument _document;
    private readonly JsonReferenceResolver _resolver;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<object> _visited = new(ReferenceIdentity.Instance);
    private IContractResolver? _contractResolver;
    private bool _binding;

    private LocalReferenceBinder(OpenApiDocument document, JsonReferenceResolver resolver, CancellationToken cancellationToken)
    {
        _document = document;
        _resolver = resolver;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Binds every reference reachable from <paramref name="document"/>; throws as NJsonSchema would for one it cannot bind.</summary>
    public static void Bind(OpenApiDocument document, JsonReferenceResolver resolver, CancellationToken cancellationToken)
    {
        // NJsonSchema's two rounds: first every alias entry of a schema dictionary becomes its target (so that a
        // pointer through such an entry, e.g. #/components/schemas/A/definitions/B, finds the target), then every
        // other reference is bound.
        var binder = new LocalReferenceBinder(document, resolver, cancellationToken);
        binder.Walk();
        binder._visited.Clear();
        binder._binding = true;
        binder.Walk();
    }

    /// <summary>
    /// One walk over the document in NJsonSchema's order, so that a spec with several bad references reports the
    /// same one first and chains of aliases bind to the same link: paths, then the components in the order of their
    /// JSON properties (Swagger 2: definitions, parameters, responses).
    /// </summary>
    private void Walk()
    {
        foreach (var pathItem in _document.Paths.Values)
        {
            VisitPathItem(pathItem);
        }

        var components = _document.Components;
        if (!_binding)
        {
            InlineAliases(components.Schemas);
        }

        VisitSchemas(components.Schemas.Values);
        if (_document.SchemaType == NJsonSchema.SchemaType.Swagger2)
        {
            VisitParameters(components.Parameters.Values);
            VisitResponses(components.Responses.Values);
            return;
        }

        foreach (var requestBody in components.RequestBodies.Values)
        {
            VisitRequestBody(requestBody);
        }

        VisitResponses(components.Responses.Values);
        VisitParameters(components.Parameters.Values);
        VisitExamples(components.Examples);
        VisitParameters(components.Headers.Values);
        VisitReferences(components.Links.Values);
        foreach (var callback in components.Callbacks.Values)
        {
            VisitCallback(callback);
        }
    }

    private void VisitPathItem(OpenApiPathItem? pathItem)
    {
        if (pathItem is null || !Enter(pathItem))
        {
            return;
        }

        VisitParameters(pathItem.Parameters);
        foreach (var operation in pathItem.Values)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            VisitParameters(operation.Parameters);
            VisitRequestBody(operation.RequestBody);
            VisitResponses(operation.Responses.Values);

            if (operation.Callbacks is { } callbacks)
            {
                foreach (var callback in callbacks.Values)
                {
                    VisitCallback(callback);
                }
            }
        }
    }

    private void VisitCallback(OpenApiCallback? callback)
    {
        if (callback is null || !Enter(callback))
        {
            return;
        }

        foreach (var pathItem in callback.Values)
        {
            // NJsonSchema skips an empty collection here, and a path item that is only a $ref has no operations: such
            // a reference stays unbound, as it always was (the generator does not read callbacks).
            if (pathItem is { Count: > 0 })
            {
                VisitPathItem(pathItem);
            }
        }
    }

    private void VisitResponses(IEnumerable<OpenApiResponse> responses)
    {
        foreach (var response in responses)
        {
            VisitResponse(response);
        }
    }

    private void VisitResponse(OpenApiResponse? response)
    {
        if (response is null || !Enter(response))
        {
            return;
        }

        VisitSchema(response.Schema);
        VisitParameters(response.Headers.Values);
        VisitContent(response.Content);
        VisitReferences(response.Links.Values);
        if (response.ExpectedSchemas is { } expected)
        {
            foreach (var schema in expected)
            {
                VisitSchema(schema.Schema);
            }
        }
    }

    private void VisitRequestBody(OpenApiRequestBody? requestBody)
    {
        if (requestBody is null || !Enter(requestBody))
        {
            return;
        }

        VisitContent(requestBody.Content);
    }

    private void VisitContent(IDictionary<string, OpenApiMediaType>? content)
    {
        if (content is null)
        {
            return;
        }

        foreach (var mediaType in content.Values)
        {
            if (mediaType is null)
            {
                continue;
            }

            VisitSchema(mediaType.Schema);
            VisitExamples(mediaType.Examples);
            foreach (var encoding in mediaType.Encoding.Values)
            {
                VisitParameters(encoding?.Headers.Values);
            }
        }
    }

    private void VisitExamples(IDictionary<string, OpenApiExample>? examples)
    {
        if (examples is not null)
        {
            VisitReferences(examples.Values);
        }
    }

    private void VisitParameters<TParameter>(IEnumerable<TParameter>? parameters)
        where TParameter : OpenApiParameter
    {
        if (parameters is null)
        {
            return;
        }

        foreach (var parameter in parameters)
        {
            VisitSchema(parameter);
        }
    }

    private void VisitSchemas(IEnumerable<JsonSchema> schemas)
    {
        foreach (var schema in schemas)
        {
            VisitSchema(schema);
        }
    }

    private void VisitSchema(JsonSchema? schema)
    {
        if (schema is null || !Enter(schema))
        {
            return;
        }

        // The walk follows the JSON tree, never a bound Reference (as NJsonSchema's pass): every target inside the
        // document is reached on its own path, and the depth stays the document's nesting depth. The check turns
        // a pathologically deep document into an error the spec reports instead of a crashed compiler.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        VisitSchema(schema.AdditionalItemsSchema);
        VisitSchema(schema.AdditionalPropertiesSchema);
        VisitSchema(schema.Item);
        VisitSchemas(schema.Items);
        VisitSchemas(schema.AllOf);
        VisitSchemas(schema.AnyOf);
        VisitSchemas(schema.OneOf);
        VisitSchema(schema.Not);
        VisitSchema(schema.DictionaryKey);

        // Swagger 2's discriminator is a property name only; NJsonSchema reads no mapping there.
        if (_document.SchemaType != NJsonSchema.SchemaType.Swagger2 && schema.DiscriminatorObject is { } discriminator)
        {
            VisitSchemas(discriminator.Mapping.Values);
        }

        foreach (var property in schema.Properties.Values)
        {
            VisitSchema(property);
        }

        foreach (var property in schema.PatternProperties.Values)
        {
            VisitSchema(property);
        }

        if (schema.Definitions.Count > 0)
        {
            if (!_binding)
            {
                InlineAliases(schema.Definitions);
            }

            VisitSchemas(schema.Definitions.Values);
        }

        if (schema is OpenApiParameter parameter)
        {
            VisitExamples(parameter.Examples);
            VisitSchema(parameter.Schema);
            VisitSchema(parameter.CustomSchema);
        }
    }

    private void VisitReferences<TReference>(IEnumerable<TReference> references)
        where TReference : class, IJsonReference
    {
        foreach (var reference in references)
        {
            if (reference is not null)
            {
                Enter(reference);
            }
        }
    }

    /// <summary>Marks an object as seen and, in the binding round, binds it if it is an unbound reference; false if it was seen before.</summary>
    private bool Enter(object item)
    {
        if (!_visited.Add(item))
        {
            return false;
        }

        if (_binding && item is IJsonReference reference && reference.Reference is null && reference.ReferencePath is { } path)
        {
            reference.Reference = Resolve(reference, path, append: true);
        }

        return true;
    }

    /// <summary>NJsonSchema's first round: a schema dictionary entry that is only a <c>$ref</c> becomes its target.</summary>
    private void InlineAliases(IDictionary<string, JsonSchema> schemas)
    {
        List<KeyValuePair<string, JsonSchema>>? aliases = null;
        foreach (var entry in schemas)
        {
            if (entry.Value is { } schema && schema.Reference is null && ((IJsonReferenceBase)schema).ReferencePath is not null)
            {
                (aliases ??= new List<KeyValuePair<string, JsonSchema>>()).Add(entry);
            }
        }

        if (aliases is null)
        {
            return;
        }

        foreach (var alias in aliases)
        {
            var target = Resolve(alias.Value, ((IJsonReferenceBase)alias.Value).ReferencePath!, append: false);
            schemas[alias.Key] = (JsonSchema)target;
        }
    }

    private IJsonReference Resolve(IJsonReference reference, string path, bool append)
    {
        if (TryFind(reference, path) is { } found)
        {
            // As NJsonSchema resolves a pointer: a target that is itself a bound reference is followed one step.
            return found.Reference ?? found;
        }

        // NJsonSchema's resolver is async in name only here: a pointer inside the document resolves synchronously, and
        // RefusingReferenceResolver throws for another file or a URL before any I/O.
        _contractResolver ??= OpenApiDocument.GetJsonSerializerContractResolver(_document.SchemaType);
        var task = append
            ? _resolver.ResolveReferenceAsync(_document, path, reference.GetType(), _contractResolver, _cancellationToken)
            : _resolver.ResolveReferenceWithoutAppendAsync(_document, path, reference.GetType(), _contractResolver, _cancellationToken);
        return task.GetAwaiter().GetResult();
    }

    /// <summary>The target of a plain <c>#/components/{kind}/{name}</c>-style reference, or null to let NJsonSchema resolve it.</summary>
    private IJsonReference? TryFind(IJsonReference reference, string path)
    {
        var components = _document.Components;
        IJsonReference? found = _document.SchemaType == NJsonSchema.SchemaType.Swagger2
            ? Lookup(path, "#/definitions/", components.Schemas)
                ?? Lookup(path, "#/parameters/", components.Parameters)
                ?? Lookup(path, "#/responses/", components.Responses)
            : Lookup(path, "#/components/schemas/", components.Schemas)
                ?? Lookup(path, "#/components/parameters/", components.Parameters)
                ?? Lookup(path, "#/components/responses/", components.Responses)
                ?? Lookup(path, "#/components/requestBodies/", components.RequestBodies)
                ?? Lookup(path, "#/components/headers/", components.Headers)
                ?? Lookup(path, "#/components/examples/", components.Examples)
                ?? Lookup(path, "#/components/links/", components.Links)
                ?? Lookup(path, "#/components/callbacks/", components.Callbacks);

        // Anything that would not fit the reference (a schema pointing at a response, say) is left to NJsonSchema,
        // which reports it as it always has.
        var fits = found is not null && (reference is JsonSchema ? found is JsonSchema : reference.GetType().IsInstanceOfType(found));
        return fits ? found : null;
    }

    private static IJsonReference? Lookup<TTarget>(string path, string prefix, IDictionary<string, TTarget>? dictionary)
        where TTarget : class, IJsonReference
    {
        if (dictionary is null || !path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        // Escaped or nested names (~0, ~1, %xx, a further '/') take NJsonSchema's pointer rules.
        var name = path.Substring(prefix.Length);
        if (name.Length == 0 || name.IndexOfAny(PointerSpecials) >= 0)
        {
            return null;
        }

        return dictionary.TryGetValue(name, out var target) ? target : null;
    }

    private static readonly char[] PointerSpecials = { '/', '~', '%' };

    private sealed class ReferenceIdentity : IEqualityComparer<object>
    {
        public static readonly ReferenceIdentity Instance = new();

        bool IEqualityComparer<object>.Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
