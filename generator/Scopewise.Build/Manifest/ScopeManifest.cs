using System.Collections.Generic;

namespace Scopewise.Build.Manifest;

/// <summary>The scopes an assembly's code needs, and why. Every list is sorted (ordinal) so that output is deterministic.</summary>
public sealed class ScopeManifest
{
    internal ScopeManifest(string assemblyName, ScopeStyle style, IReadOnlyList<ManifestScope> scopes, IReadOnlyList<ManifestOperation> operations)
    {
        AssemblyName = assemblyName;
        Style = style;
        Scopes = scopes;
        Operations = operations;
    }

    /// <summary>The described assembly's simple name.</summary>
    public string AssemblyName { get; }

    /// <summary>The style used to choose between alternatives.</summary>
    public ScopeStyle Style { get; }

    /// <summary>The scopes to register, sorted by name.</summary>
    public IReadOnlyList<ManifestScope> Scopes { get; }

    /// <summary>The operations the code calls, sorted by name.</summary>
    public IReadOnlyList<ManifestOperation> Operations { get; }

    /// <summary>
    /// What the calling account must be allowed beyond scopes, per permission, from the generated operations'
    /// <c>[RequiresPermission]</c>; sorted by name. Anonymous-access operations need nothing and are left out.
    /// </summary>
    public IReadOnlyList<ManifestPermission> AccountPermissions { get; internal set; } = new ManifestPermission[0];

    /// <summary>Called operations Atlassian removes (dated), deprecated or marks experimental; sorted by change, then operation.</summary>
    public IReadOnlyList<ManifestOperationNote> OperationNotes { get; internal set; } = new ManifestOperationNote[0];
}

/// <summary>One scope of the manifest.</summary>
public sealed class ManifestScope
{
    internal ManifestScope(string name, string kind, string product, string? description, IReadOnlyList<string> operations, IReadOnlyList<string> callSites, string? reason)
    {
        Name = name;
        Kind = kind;
        Product = product;
        Description = description;
        Operations = operations;
        CallSites = callSites;
        Reason = reason;
    }

    /// <summary>The scope name, for example <c>read:page:confluence</c>.</summary>
    public string Name { get; }

    /// <summary>classic, granular or other.</summary>
    public string Kind { get; }

    /// <summary>The product the scope belongs to (confluence, jira, platform, or a custom API's name).</summary>
    public string Product { get; }

    /// <summary>What the scope allows, from the scope tables; null when no table names it.</summary>
    public string? Description { get; }

    /// <summary>The operations that need the scope.</summary>
    public IReadOnlyList<string> Operations { get; }

    /// <summary>The methods whose calls need the scope (<c>App.Program.Main</c>, or <c>App.Program.Main -> Lib.Reader.Read (Lib)</c>).</summary>
    public IReadOnlyList<string> CallSites { get; }

    /// <summary>Why a scope no operation names is included (<c>offline_access</c>); null otherwise.</summary>
    public string? Reason { get; }
}

/// <summary>One operation the code calls.</summary>
public sealed class ManifestOperation
{
    internal ManifestOperation(string name, string? httpMethod, string? path, string? product, string declaredBy,
        IReadOnlyList<IReadOnlyList<string>> alternatives, IReadOnlyList<string> chosen, IReadOnlyList<string> callSites)
    {
        Name = name;
        HttpMethod = httpMethod;
        Path = path;
        Product = product;
        DeclaredBy = declaredBy;
        Alternatives = alternatives;
        Chosen = chosen;
        CallSites = callSites;
    }

    /// <summary>The spec's operationId, or the declaring method's name for hand-written declarations.</summary>
    public string Name { get; }

    /// <summary>The HTTP method from <c>[ApiOperation]</c>, when present.</summary>
    public string? HttpMethod { get; }

    /// <summary>The path template from <c>[ApiOperation]</c>, when present.</summary>
    public string? Path { get; }

    /// <summary>The product from <c>[ApiOperation]</c>, when present.</summary>
    public string? Product { get; }

    /// <summary>The method that carries the declaration, with its assembly (<c>Ns.PageClient.GetPageByIdAsync (App)</c>).</summary>
    public string DeclaredBy { get; }

    /// <summary>Every alternative the declaration offers, each a set of scopes needed together.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Alternatives { get; }

    /// <summary>The alternative the manifest chose.</summary>
    public IReadOnlyList<string> Chosen { get; }

    /// <summary>The methods whose calls reach the operation.</summary>
    public IReadOnlyList<string> CallSites { get; }
}

/// <summary>A manifest and what was noticed while making it.</summary>
public sealed class ScopeManifestResult
{
    internal ScopeManifestResult(ScopeManifest manifest, IReadOnlyList<Analysis.ManifestDiagnostic> diagnostics, ScopeGrantSummary grantSummary)
    {
        Manifest = manifest;
        Diagnostics = diagnostics;
        GrantSummary = grantSummary;
    }

    /// <summary>The needed scopes against those the assembly's <c>[GrantedScopes]</c> declare (the build's summary line).</summary>
    public ScopeGrantSummary GrantSummary { get; }

    /// <summary>The manifest.</summary>
    public ScopeManifest Manifest { get; }

    /// <summary>Warnings and messages (errors are thrown as <see cref="Analysis.ManifestException"/>).</summary>
    public IReadOnlyList<Analysis.ManifestDiagnostic> Diagnostics { get; }
}
