namespace Scopewise.Analyzers;

/// <summary>
/// Whether an account (<c>Scopewise.AccountKind</c>) may call an operation of a permission level
/// (<c>Scopewise.PermissionLevel</c>). The values are the runtime enums' numbers, read from attributes.
/// </summary>
internal static class AccountLevels
{
    // PermissionLevel
    private const int Unknown = 0;
    private const int Anonymous = 1;
    private const int ProductAccess = 2;
    private const int SpaceOrProject = 3;
    private const int ProductAdmin = 4;
    private const int SiteAdmin = 5;
    private const int AppOwned = 6;

    // AccountKind
    private const int AnonymousAccount = 0;
    private const int ProductAdminAccount = 2;
    private const int SiteAdminAccount = 3;
    private const int AppAccount = 4;

    public static bool Allows(int account, int level) => level switch
    {
        Unknown or Anonymous => true, // unread text is never guessed into a warning
        ProductAccess or SpaceOrProject => account != AnonymousAccount,
        ProductAdmin => account is ProductAdminAccount or SiteAdminAccount,
        SiteAdmin => account == SiteAdminAccount,
        AppOwned => account == AppAccount,
        _ => true,
    };

    public static string DescribeLevel(int level) => level switch
    {
        ProductAccess => "product access",
        SpaceOrProject => "a space or project permission",
        ProductAdmin => "a product administrator",
        SiteAdmin => "a site or organisation administrator",
        AppOwned => "an app's own account (only apps can call it)",
        _ => "no account",
    };

    public static string DescribeAccount(int account) => account switch
    {
        AnonymousAccount => "anonymous",
        ProductAdminAccount => "a product administrator",
        SiteAdminAccount => "a site administrator",
        AppAccount => "an app",
        _ => "a plain user",
    };
}
