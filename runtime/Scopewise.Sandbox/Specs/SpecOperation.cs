namespace Scopewise.Sandbox.Specs;

/// <summary>One operation of a bundled spec, as the sandbox routes and checks it.</summary>
internal sealed class SpecOperation
{
    public SpecOperation(ApiFamily family, string operationId, string method, string specPath, PathTemplate route, ScopeAlternatives scopes)
    {
        Family = family;
        OperationId = operationId;
        Method = method;
        SpecPath = specPath;
        Route = route;
        Scopes = scopes;
    }

    /// <summary>The spec the operation comes from.</summary>
    public ApiFamily Family { get; }

    /// <summary>The spec's operationId (or METHOD path when the spec has none).</summary>
    public string OperationId { get; }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The path as the spec writes it (Confluence v2 paths are relative to <c>/wiki/api/v2</c>).</summary>
    public string SpecPath { get; }

    /// <summary>The full template matched against requests, relative to the site root or the DC context path.</summary>
    public PathTemplate Route { get; }

    /// <summary>The OAuth scopes the operation needs.</summary>
    public ScopeAlternatives Scopes { get; }

    /// <summary>What the spec says beyond scopes: the permission level and the announced removal.</summary>
    public OperationPermissions Permissions { get; init; } = OperationPermissions.None;

    public override string ToString() => $"{OperationId} ({Method} {Route.Text})";
}
