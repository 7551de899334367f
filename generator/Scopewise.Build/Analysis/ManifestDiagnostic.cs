namespace Scopewise.Build.Analysis;

/// <summary>How serious a <see cref="ManifestDiagnostic"/> is.</summary>
public enum ManifestDiagnosticSeverity
{
    /// <summary>Information; the manifest is complete.</summary>
    Message = 0,

    /// <summary>The manifest was written but may miss something; the message says what.</summary>
    Warning = 1,

    /// <summary>No manifest could be written.</summary>
    Error = 2,
}

/// <summary>A problem met while describing an assembly's scopes, with its SW3xxx code.</summary>
public sealed class ManifestDiagnostic
{
    /// <summary>SW3001: <c>ScopewiseScopeStyle</c> is neither granular nor classic.</summary>
    public const string InvalidStyle = "SW3001";

    /// <summary>SW3002: <c>ScopewiseManifestFormats</c> names an unknown format.</summary>
    public const string InvalidFormat = "SW3002";

    /// <summary>SW3003: <c>ScopewiseOfflineAccess</c> is not true, false or auto.</summary>
    public const string InvalidOfflineAccess = "SW3003";

    /// <summary>SW3004: the compiled assembly could not be read.</summary>
    public const string AssemblyUnreadable = "SW3004";

    /// <summary>SW3005: a scope table could not be read; scopes lack descriptions.</summary>
    public const string ScopeTableUnreadable = "SW3005";

    /// <summary>SW3006: a reference could not be read; calls into it are missing.</summary>
    public const string ReferenceUnreadable = "SW3006";

    /// <summary>SW3007: only a reference assembly (no method bodies) was found for a library that uses Scopewise.</summary>
    public const string ReferenceWithoutBodies = "SW3007";

    /// <summary>SW3008: a needed scope is in no scope table, so it has no description.</summary>
    public const string ScopeNotInTable = "SW3008";

    /// <summary>SW3009: a method body could not be decoded; calls in it are missing.</summary>
    public const string BodyUnreadable = "SW3009";

    /// <summary>SW3010: a manifest file could not be written.</summary>
    public const string WriteFailed = "SW3010";

    /// <summary>SW3011: a call needs scopes that the <c>[GrantedScopes]</c> in effect where it is made does not grant.</summary>
    public const string CallNotGranted = "SW3011";

    /// <summary>SW3099: an unexpected failure inside the manifest task (a bug: please report it).</summary>
    public const string InternalError = "SW3099";

    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">The SW3xxx code.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="text">What happened and what to do.</param>
    public ManifestDiagnostic(string code, ManifestDiagnosticSeverity severity, string text)
    {
        Code = code;
        Severity = severity;
        Text = text;
    }

    /// <summary>The SW3xxx code.</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public ManifestDiagnosticSeverity Severity { get; }

    /// <summary>What happened and what to do.</summary>
    public string Text { get; }

    internal static ManifestDiagnostic Warning(string code, string text) => new ManifestDiagnostic(code, ManifestDiagnosticSeverity.Warning, text);

    internal static ManifestDiagnostic Message(string code, string text) => new ManifestDiagnostic(code, ManifestDiagnosticSeverity.Message, text);

    /// <inheritdoc />
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code}: {Text}";
}
