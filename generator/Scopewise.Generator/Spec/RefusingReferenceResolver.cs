using System;
using System.Threading;
using System.Threading.Tasks;
using NJsonSchema;
using NJsonSchema.References;

namespace Scopewise.Generator.Spec;

/// <summary>
/// A reference resolver that resolves only references inside the document. NSwag.Core would otherwise read other
/// files and make HTTP requests for external <c>$ref</c>s — from inside the compiler, on untrusted input.
/// </summary>
internal sealed class RefusingReferenceResolver : JsonReferenceResolver
{
    public RefusingReferenceResolver(JsonSchemaAppender appender)
        : base(appender)
    {
    }

    public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default)
        => throw new ExternalReferenceException(filePath);

    public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default)
        => throw new ExternalReferenceException(url);
}

/// <summary>A spec pointed outside itself.</summary>
internal sealed class ExternalReferenceException : Exception
{
    public ExternalReferenceException(string reference)
        : base("External reference refused: " + reference)
    {
        Reference = reference;
    }

    public string Reference { get; }
}
