using Microsoft.CodeAnalysis;

namespace Scopewise.Generator.Infrastructure;

/// <summary>The SW1xxx diagnostics: problems with specs and scope tables. Each links to its README section.</summary>
internal static class Descriptors
{
    public const string HelpBase = "https://github.com/scopewise/scopewise/blob/main/README.md#";
    private const string Category = "Scopewise.Specs";

    public static readonly DiagnosticDescriptor SpecUnreadable = new(
        "SW1001",
        "OpenAPI spec could not be read",
        "The spec '{0}' could not be read: {1}. No client was generated for it; other specs are not affected.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "sw1001");

    public static readonly DiagnosticDescriptor ConstructNotSupported = new(
        "SW1002",
        "OpenAPI construct not supported",
        "{0} in '{1}': {2}",
        Category,
        // Info: every SW1002 says what was generated instead, and a bundled spec must not break a warnings-as-errors build.
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "sw1002");

    public static readonly DiagnosticDescriptor ScopeTableInvalid = new(
        "SW1003",
        "Scope table is invalid",
        "The scope table '{0}' is invalid: {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "sw1003");

    public static readonly DiagnosticDescriptor ExternalReference = new(
        "SW1004",
        "External $ref not followed",
        "The spec '{0}' refers to '{1}' outside the file; Scopewise never reads other files or the network during a build. Inline the referenced schema or bundle the spec into one file.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "sw1004");

    public static readonly DiagnosticDescriptor BudgetExceeded = new(
        "SW1005",
        "OpenAPI spec exceeds a generator budget",
        "The spec '{0}' exceeds the {1} budget of {2}: {3}. No client was generated for it; other specs are not affected. If the spec is trusted, raise the limit with {4}=\"...\" on its ScopewiseApi item, or the property Scopewise{4} for every spec.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "sw1005");

    public static readonly DiagnosticDescriptor FilterMatchesNothing = new(
        "SW1006",
        "A ScopewiseApi filter entry matches nothing",
        "{0} entry '{1}' matches nothing in '{2}', so it generates nothing; valid values, nearest first: {3}",
        Category,
        // A warning, not info: a filter that silently drops what you asked for shows up later as a wall of CS1061.
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "sw1006");

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "SW1006" => FilterMatchesNothing,
        "SW1001" => SpecUnreadable,
        "SW1002" => ConstructNotSupported,
        "SW1003" => ScopeTableInvalid,
        "SW1004" => ExternalReference,
        "SW1005" => BudgetExceeded,
        _ => SpecUnreadable,
    };
}
