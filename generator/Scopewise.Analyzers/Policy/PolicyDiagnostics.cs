using Microsoft.CodeAnalysis;

namespace Scopewise.Analyzers;

/// <summary>SW2004–SW2007: what a call asks of the account beyond scopes, and how long the operation will last.</summary>
internal static class PolicyDiagnostics
{
    public const string AccountTooWeakId = "SW2004";
    public const string RemovedId = "SW2005";
    public const string RemovalAnnouncedId = "SW2006";
    public const string ExperimentalId = "SW2007";

    private const string Category = "Scopewise.Operations";

    public static readonly DiagnosticDescriptor AccountTooWeak = new(
        AccountTooWeakId,
        "Call needs more account permission than the app's account has",
        "'{0}' needs {1}, but {2} declares the account {3}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The operation's spec says what the account must be allowed (its \"Permissions required\" text, read into [RequiresPermission]). "
            + "With [ActsAs] declaring a weaker account, Atlassian answers 403 (or less data) whatever the scopes. Use an account that has the permission, "
            + "declare it with [ActsAs] where that code runs, or call something the account may call.",
        helpLinkUri: ScopeDiagnostics.HelpLinkBase + "sw2004");

    public static readonly DiagnosticDescriptor Removed = new(
        RemovedId,
        "Call to an operation Atlassian has removed",
        "'{0}' was removed by Atlassian in {1}, effective {2} ({3}){4}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The spec's x-changes schedules the operation's removal, and the date has passed: Atlassian answers 410 Gone (EndpointRemovedException). "
            + "Move to the replacement the message names, or the one the changelog entry describes.",
        helpLinkUri: ScopeDiagnostics.HelpLinkBase + "sw2005");

    public static readonly DiagnosticDescriptor RemovalAnnounced = new(
        RemovalAnnouncedId,
        "Call to an operation Atlassian will remove",
        "'{0}' will be removed by Atlassian in {1}, effective {2} ({3}){4}",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The spec's x-changes announces the operation's removal on a future date; after it the call answers 410 Gone. Plan the move before then.",
        helpLinkUri: ScopeDiagnostics.HelpLinkBase + "sw2006");

    public static readonly DiagnosticDescriptor Experimental = new(
        ExperimentalId,
        "Call to an experimental operation",
        "'{0}' is experimental at Atlassian: it may change or be removed without the usual deprecation period",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The spec marks the operation x-experimental. Info, on by default: it never breaks a build, and shows where the app depends on an API that may change. "
            + "Turn it off with dotnet_diagnostic.SW2007.severity = none.",
        helpLinkUri: ScopeDiagnostics.HelpLinkBase + "sw2007");
}
