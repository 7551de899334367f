using Microsoft.CodeAnalysis;

namespace Scopewise.Analyzers;

/// <summary>The SW2xxx diagnostics: scopes a call needs versus scopes a credential holds.</summary>
internal static class ScopeDiagnostics
{
    /// <summary>
    /// The README section for each rule is this base plus the lower-case id (<c>#sw2001</c>).
    /// Same base as the generator's SW1xxx rules so every Scopewise help link lands in one README.
    /// </summary>
    public const string HelpLinkBase = "https://github.com/scopewise/scopewise/blob/main/README.md#";

    public const string MissingScopesId = "SW2001";
    public const string UnusedGrantId = "SW2002";
    public const string UnknownScopeId = "SW2003";

    private const string Category = "Scopewise.Scopes";

    public static readonly DiagnosticDescriptor MissingScopes = new(
        MissingScopesId,
        "Call needs scopes that are not granted",
        "'{0}' needs {1}, which {2} does not grant",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The called member carries [RequiresScopes]: the credential must hold every scope of at least one alternative, or Atlassian answers 401/403. "
            + "The message names the closest alternative. Add its scopes to the [GrantedScopes] in effect (the code fix does this) or grant them to the app.",
        helpLinkUri: HelpLinkBase + "sw2001");

    public static readonly DiagnosticDescriptor UnusedGrant = new(
        UnusedGrantId,
        "Granted scope is not needed by any call",
        "Scope '{0}' granted by {1} is not needed by any call it covers",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Least privilege: an app should ask for no scope it does not use. Remove the scope from [GrantedScopes] and from the app's registration, "
            + "or keep it if code outside this compilation uses the same credential.",
        helpLinkUri: HelpLinkBase + "sw2002",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnknownScope = new(
        UnknownScopeId,
        "Granted scope is unknown",
        "Scope '{0}' is not named by any scope table or [RequiresScopes] attribute{1}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A misspelt scope is never granted by Atlassian's consent screen and satisfies no call. Known names come from the scope tables "
            + "(AdditionalFiles with ScopewiseKind=scopes) and from every [RequiresScopes] the compilation sees.",
        helpLinkUri: HelpLinkBase + "sw2003");
}
