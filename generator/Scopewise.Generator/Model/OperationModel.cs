using Scopewise.Generator.Infrastructure;

namespace Scopewise.Generator.Model;

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
}

internal enum BodyKind
{
    Json,
    Content,
}

internal enum ResponseKind
{
    None,
    Json,
    Stream,
}

/// <summary>One operation of a spec, with C# names already chosen.</summary>
internal sealed record OperationModel(
    string OperationId,
    string MethodName,
    string HttpMethod,
    string Path,
    string Group,
    EquatableArray<string> Tags,
    string? Summary,
    string? Description,
    bool Deprecated,
    EquatableArray<ParameterModel> Parameters,
    BodyModel? Body,
    ResponseModel Response,
    EquatableArray<EquatableArray<string>> SpecAlternatives,
    PagingModel? Paging)
{
    /// <summary>Permissions, removal, experimental flag and replacement (issue 18); <see cref="OperationPolicy.None"/> when the spec says nothing.</summary>
    public OperationPolicy Policy { get; init; } = OperationPolicy.None;
}

/// <summary>Atlassian's paging conventions. Printed as <c>global::Scopewise.PagingStyle.{Style}</c>.</summary>
internal enum PagingStyle
{
    ConfluenceCursor,
    ConfluenceOffset,
    JiraToken,
    JiraOffset,
}

/// <summary>How a paged operation finds its next page, and where a page keeps its items.</summary>
internal sealed record PagingModel(PagingStyle Style, string ItemsProperty, TypeRef ItemType, string MethodName = "");

/// <summary>A path, query or header parameter.</summary>
internal sealed record ParameterModel(string JsonName, string Name, ParameterLocation Location, TypeRef Type, bool Required, string? Description, bool Explode, bool Deprecated)
{
    /// <summary>Whether this parameter is the request body rather than a path, query or header value.</summary>
    public bool IsBody { get; init; }
}

/// <summary>The request body: typed JSON, or caller-built content for other media types.</summary>
internal sealed record BodyModel(BodyKind Kind, TypeRef? Type, bool Required, string? Description, string MediaType);

/// <summary>The success response.</summary>
internal sealed record ResponseModel(ResponseKind Kind, TypeRef? Type)
{
    public static readonly ResponseModel None = new(ResponseKind.None, null);
}
