namespace Scopewise;

/// <summary>
/// Declares what the account used in this assembly, type or method is: a plain user, a product admin, a site admin,
/// an app. The innermost declaration wins, as with <see cref="GrantedScopesAttribute"/>.
/// </summary>
/// <remarks>
/// A call to an operation whose <see cref="RequiresPermissionAttribute"/> asks for more is SW2004 at the call site.
/// Without a declaration the analyzer says nothing about account permissions.
/// </remarks>
/// <example><c>[assembly: ActsAs(AccountKind.User)]</c></example>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Method | AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
public sealed class ActsAsAttribute : Attribute
{
    /// <summary>Declares the account's kind.</summary>
    /// <param name="account">What the account is allowed to do.</param>
    public ActsAsAttribute(AccountKind account)
    {
        Account = account;
    }

    /// <summary>What the account is allowed to do.</summary>
    public AccountKind Account { get; }
}
