using System.Collections.Generic;

namespace Scopewise.Build.Analysis;

/// <summary>One <c>[RequiresScopes]</c> attribute: a set of scopes that together satisfy an operation.</summary>
internal sealed class ScopeAlternativeInfo
{
    public ScopeAlternativeInfo(string kind, IReadOnlyList<string> scopes)
    {
        Kind = kind;
        Scopes = scopes;
    }

    /// <summary>classic, granular or other (the scope tables' spelling).</summary>
    public string Kind { get; }

    public IReadOnlyList<string> Scopes { get; }

    public override string ToString() => string.Join(" + ", Scopes);
}

/// <summary>What <c>[ApiOperation]</c> says about the REST operation behind a method.</summary>
internal sealed class ApiOperationInfoRecord
{
    public ApiOperationInfoRecord(string? method, string? path, string? operationId, string? product)
    {
        Method = method;
        Path = path;
        OperationId = operationId;
        Product = product;
    }

    public string? Method { get; }

    public string? Path { get; }

    public string? OperationId { get; }

    public string? Product { get; }
}

/// <summary>The scope declaration of one method: its alternatives, and the operation it calls when it says so.</summary>
internal sealed class DeclaredRequirement
{
    public DeclaredRequirement(IReadOnlyList<ScopeAlternativeInfo> alternatives, ApiOperationInfoRecord? operation)
    {
        Alternatives = alternatives;
        Operation = operation;
    }

    public IReadOnlyList<ScopeAlternativeInfo> Alternatives { get; }

    public ApiOperationInfoRecord? Operation { get; }

    /// <summary>Permission, removal, experimental and deprecation attributes of the same method (issue 18).</summary>
    public OperationPolicyRecord Policy { get; } = new OperationPolicyRecord();
}
