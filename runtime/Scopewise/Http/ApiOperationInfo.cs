namespace Scopewise;

/// <summary>What a generated method knows about the REST operation it calls. One static instance per operation.</summary>
public sealed class ApiOperationInfo
{
    /// <summary>Creates the description of an operation.</summary>
    /// <param name="operationId">The spec's <c>operationId</c> (or a name derived from method and path).</param>
    /// <param name="method">The HTTP method, upper case.</param>
    /// <param name="pathTemplate">The path relative to the product root, with <c>{placeholders}</c>.</param>
    /// <param name="product">The product: <c>confluence</c>, <c>jira</c>, or the name of a user's own API.</param>
    /// <param name="scopes">The scopes the operation needs.</param>
    public ApiOperationInfo(string operationId, string method, string pathTemplate, string product, ScopeRequirement scopes)
    {
        OperationId = operationId ?? throw new ArgumentNullException(nameof(operationId));
        Method = new HttpMethod(method ?? throw new ArgumentNullException(nameof(method)));
        PathTemplate = pathTemplate ?? throw new ArgumentNullException(nameof(pathTemplate));
        Product = product ?? throw new ArgumentNullException(nameof(product));
        Scopes = scopes ?? ScopeRequirement.None;
    }

    /// <summary>The spec's <c>operationId</c>.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path relative to the product root, with <c>{placeholders}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The product the operation belongs to.</summary>
    public string Product { get; }

    /// <summary>The scopes the operation needs.</summary>
    public ScopeRequirement Scopes { get; }

    /// <summary>Whether the spec marks the operation deprecated.</summary>
    public bool Deprecated { get; init; }

    /// <summary>The operation that replaces this one (for example <c>getPageById (GET /wiki/api/v2/pages/{id})</c>), when the spec names one; quoted when Atlassian answers 410.</summary>
    public string? ReplacedBy { get; init; }

    /// <summary>The removal Atlassian announced for this operation (the spec's <c>x-changes</c>), when it did; named when Atlassian answers 410.</summary>
    public ApiChange? Removal { get; init; }

    /// <summary>Whether sending the request twice has the same effect as once (GET, HEAD, PUT, DELETE, OPTIONS).</summary>
    public bool IsIdempotent => Method == HttpMethod.Get || Method == HttpMethod.Head || Method == HttpMethod.Put
        || Method == HttpMethod.Delete || Method == HttpMethod.Options;

    /// <inheritdoc />
    public override string ToString() => $"{OperationId} ({Method} {PathTemplate})";
}
