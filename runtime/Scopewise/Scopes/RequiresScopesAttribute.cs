namespace Scopewise;

/// <summary>
/// One alternative set of OAuth 2.0 scopes that lets a caller use the decorated operation.
/// All scopes of one attribute are needed together; when a method carries several attributes,
/// any one of them is enough.
/// </summary>
/// <remarks>
/// Generated clients put this on every operation whose spec names scopes. The Scopewise analyzer
/// reads it at call sites (SW2001) and the build's manifest task collects it from compiled calls.
/// Hand-written wrappers may carry it too, so that their callers are checked.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
public sealed class RequiresScopesAttribute : Attribute
{
    /// <summary>Declares one alternative: the caller needs every scope in <paramref name="scopes"/>.</summary>
    /// <param name="scopes">The scope names, for example <c>read:page:confluence</c>.</param>
    public RequiresScopesAttribute(params string[] scopes)
    {
        Scopes = scopes ?? [];
    }

    /// <summary>The scopes that together satisfy this alternative.</summary>
    public string[] Scopes { get; }

    /// <summary>Whether the alternative is made of classic or granular scopes.</summary>
    public ScopeKind Kind { get; set; }
}
