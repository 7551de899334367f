namespace Scopewise;

/// <summary>
/// Declares the OAuth 2.0 scopes that the credential used in this assembly, type or method holds.
/// The innermost declaration wins: a method's declaration replaces its type's, which replaces the assembly's.
/// </summary>
/// <remarks>
/// The analyzer compares calls against the granted set in effect at the call site (SW2001) and reports
/// granted scopes that no call needs (SW2002). Without any declaration the analyzer says nothing about missing scopes.
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Method | AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
public sealed class GrantedScopesAttribute : Attribute
{
    /// <summary>Declares the scopes the credential holds.</summary>
    /// <param name="scopes">The scope names, for example <c>read:page:confluence</c>.</param>
    public GrantedScopesAttribute(params string[] scopes)
    {
        Scopes = scopes ?? [];
    }

    /// <summary>The granted scopes.</summary>
    public string[] Scopes { get; }
}
