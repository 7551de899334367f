using System;
using System.Threading;
using System.Threading.Tasks;
using NJsonSchema;
using NJsonSchema.Generation;
using NSwag;

namespace Scopewise.Generator.Spec;

/// <summary>How a document's <c>$ref</c>s are bound after NSwag.Core has deserialized it.</summary>
internal enum ReferenceBinding
{
    /// <summary><see cref="LocalReferenceBinder"/>: a typed walk (the default).</summary>
    Typed,

    /// <summary>NJsonSchema's own reflective pass, as <c>OpenApiDocument.FromJsonAsync</c> runs it.</summary>
    NSwag,
}

/// <summary>
/// Reads a spec into NSwag.Core's <see cref="OpenApiDocument"/>: NSwag's deserializer, then the typed reference pass.
/// </summary>
/// <remarks>
/// NSwag offers no way to deserialize without its reflective reference pass, which is half of its parse time. Its
/// loader calls the resolver factory after deserializing and before that pass, so the factory here keeps the
/// document and stops the load with <see cref="Deserialized"/>. Every setting NSwag applies while deserializing
/// (the schema type, the contract resolver) stays NSwag's. Should a later NSwag call the factory before
/// deserializing, no document is captured and the load falls back to NSwag's pass, so output stays right.
/// </remarks>
internal static class DocumentLoader
{
    public static OpenApiDocument Load(SpecSource source, string content, ReferenceBinding binding, CancellationToken cancellationToken)
        => (binding == ReferenceBinding.Typed ? DeserializeAndBind(source, content, cancellationToken) : null)
            ?? Start(source, content, CreateResolver, cancellationToken).GetAwaiter().GetResult();

    /// <summary>NSwag's deserializer and the typed reference pass; null if NSwag did not hand the document over.</summary>
    internal static OpenApiDocument? DeserializeAndBind(SpecSource source, string content, CancellationToken cancellationToken)
    {
        OpenApiDocument? captured = null;
        try
        {
            Start(source, content, document =>
            {
                captured = document;
                throw new Deserialized();
            }, cancellationToken).GetAwaiter().GetResult();
        }
        catch (Deserialized)
        {
        }

        if (captured is null)
        {
            return null;
        }

        LocalReferenceBinder.Bind(captured, CreateResolver(captured), cancellationToken);
        return captured;
    }

    private static Task<OpenApiDocument> Start(SpecSource source, string content, Func<OpenApiDocument, JsonReferenceResolver> resolverFactory, CancellationToken cancellationToken)
    {
        // NSwag's parse is async in name only for in-memory text; blocking on it is the one sync-over-async we allow.
        // YAML goes through YamlToJson (NSwag.Core.Yaml's two steps, with its escapes repaired); a .yaml file that
        // holds JSON (JSON is YAML, and such files exist) is read as JSON.
        var json = Budgets.SpecShape.ReadsAsYaml(content, source.IsYaml) ? YamlToJson.Convert(content) : content;
        return OpenApiDocument.FromJsonAsync(json, source.Path, SchemaType.OpenApi3, resolverFactory, cancellationToken);
    }

    private static JsonReferenceResolver CreateResolver(OpenApiDocument document)
        => new RefusingReferenceResolver(new OpenApiSchemaResolver(document, new SystemTextJsonSchemaGeneratorSettings()));

    /// <summary>Stops NSwag's load once the document is deserialized; never leaves <see cref="DeserializeAndBind"/>.</summary>
    private sealed class Deserialized : Exception
    {
    }
}
