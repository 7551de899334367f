namespace Scopewise;

/// <summary>Names the REST operation a generated method calls, for manifests, logs and error messages.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ApiOperationAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="method">The HTTP method, upper case (<c>GET</c>).</param>
    /// <param name="pathTemplate">The path relative to the product root, with <c>{placeholders}</c> (<c>/wiki/api/v2/pages/{id}</c>).</param>
    public ApiOperationAttribute(string method, string pathTemplate)
    {
        Method = method;
        PathTemplate = pathTemplate;
    }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The path relative to the product root, with <c>{placeholders}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The spec's <c>operationId</c>.</summary>
    public string? OperationId { get; set; }

    /// <summary>The product the operation belongs to: <c>confluence</c>, <c>jira</c>, or the name a user gave their own API.</summary>
    public string? Product { get; set; }
}
