using Scopewise.Build.Metadata;

namespace Scopewise.Build.Analysis;

/// <summary>One call from the described assembly that reaches a method declaring scopes.</summary>
internal sealed class OperationUse
{
    public OperationUse(MethodKey operation, DeclaredRequirement declaration, string caller, string? via, GrantInEffect? grant)
    {
        Grant = grant;
        Operation = operation;
        Declaration = declaration;
        Caller = caller;
        Via = via;
    }

    /// <summary>The method that carries <c>[RequiresScopes]</c>.</summary>
    public MethodKey Operation { get; }

    public DeclaredRequirement Declaration { get; }

    /// <summary>The method of the described assembly that makes the call (compiler-generated code attributed to its source method).</summary>
    public string Caller { get; }

    /// <summary>For a call made inside a referenced library: the library method that calls the operation, with its assembly.</summary>
    public string? Via { get; }

    /// <summary>The <c>[GrantedScopes]</c> in effect where the described assembly makes the call; null when none is declared.</summary>
    public GrantInEffect? Grant { get; }

    /// <summary>How the manifest lists the call: <c>App.Program.Main</c>, or <c>App.Program.Main -> Lib.Reader.Read (Lib)</c>.</summary>
    public string CallSite => Via is null ? Caller : Caller + " -> " + Via;
}
