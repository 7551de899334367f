using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Scopewise.Build.Analysis;
using Scopewise.Build.Manifest;

namespace Scopewise.Build.Tasks;

/// <summary>
/// Writes the scope manifest of a compiled assembly: <c>.scopes.json</c>, <c>.scopes.txt</c> and, on request, a Forge
/// snippet. Run by <c>build/Scopewise.Manifest.targets</c> after the assembly is copied to the output folder.
/// Every problem is a build message with an SW3xxx code; the task never fails the build with a stack trace.
/// </summary>
public sealed class WriteScopeManifest : Task
{
    /// <summary>The compiled assembly (<c>@(IntermediateAssembly)</c>).</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>Where to write the JSON manifest.</summary>
    [Required]
    public string JsonPath { get; set; } = string.Empty;

    /// <summary>Where to write the one-scope-a-line text.</summary>
    [Required]
    public string TextPath { get; set; } = string.Empty;

    /// <summary>Where to write the Forge snippet when <see cref="Formats"/> asks for it.</summary>
    public string? ForgePath { get; set; }

    /// <summary>The references the compiler saw (<c>@(ReferencePath)</c>).</summary>
    public ITaskItem[] References { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// Implementations of the references (<c>@(ReferenceCopyLocalPaths)</c>): a package that ships reference
    /// assemblies has its method bodies only here.
    /// </summary>
    public ITaskItem[] ReferenceImplementations { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Scope tables for kinds, products and descriptions.</summary>
    public ITaskItem[] ScopeTables { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>ScopewiseScopeStyle</c>: granular (default) or classic.</summary>
    public string? Style { get; set; }

    /// <summary><c>ScopewiseOfflineAccess</c>: auto (default), true or false.</summary>
    public string? OfflineAccess { get; set; }

    /// <summary><c>ScopewiseOAuthTypes</c>: full type names, separated by ';', whose use means OAuth refresh.</summary>
    public string? OAuthTypes { get; set; }

    /// <summary><c>ScopewiseManifestFormats</c>: any of json, txt (always written) and forge, separated by ';' or ','.</summary>
    public string? Formats { get; set; }

    /// <summary>The files written.</summary>
    [Output]
    public ITaskItem[] WrittenFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            return Run();
        }
        catch (ManifestException exception)
        {
            LogError(exception.Code, exception.Message);
            return false;
        }
        catch (Exception exception)
        {
            LogError(ManifestDiagnostic.InternalError,
                $"The scope manifest of '{AssemblyPath}' could not be made because of an unexpected error ({exception.GetType().Name}: {exception.Message}). "
                + "This is a Scopewise bug: please report it. Set ScopewiseManifest=false to build without the manifest meanwhile.");
            return false;
        }
    }

    private bool Run()
    {
        var writeForge = ParseFormats(Formats);
        var options = new ScopeManifestOptions(AssemblyPath)
        {
            Style = ScopeManifestOptions.ParseStyle(Style),
            OfflineAccess = ScopeManifestOptions.ParseOfflineAccess(OfflineAccess),
        };

        if (OAuthTypes != null)
        {
            options.OAuthTypeNames.Clear();
            foreach (var name in Split(OAuthTypes))
            {
                options.OAuthTypeNames.Add(name);
            }
        }

        // Implementations first: where a reference assembly and its implementation share a name, the one with bodies wins.
        foreach (var item in ReferenceImplementations)
        {
            if (string.Equals(Path.GetExtension(item.ItemSpec), ".dll", StringComparison.OrdinalIgnoreCase))
            {
                options.ReferencePaths.Add(item.GetMetadata("FullPath"));
            }
        }

        foreach (var item in References)
        {
            options.ReferencePaths.Add(item.GetMetadata("FullPath"));
        }

        var seenTables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in ScopeTables)
        {
            var path = item.GetMetadata("FullPath");
            if (seenTables.Add(path))
            {
                options.ScopeTablePaths.Add(path);
            }
        }

        var result = ScopeManifestReader.Read(options);
        foreach (var diagnostic in result.Diagnostics)
        {
            Report(diagnostic);
        }

        var written = new List<ITaskItem>();
        Write(JsonPath, ScopeManifestWriter.ToJson(result.Manifest), written);
        Write(TextPath, ScopeManifestWriter.ToText(result.Manifest), written);
        if (writeForge)
        {
            if (string.IsNullOrEmpty(ForgePath))
            {
                throw new ManifestException(ManifestDiagnostic.InvalidFormat, "ScopewiseManifestFormats asks for 'forge' but no ForgePath was given to the task.");
            }

            Write(ForgePath!, ScopeManifestWriter.ToForgeYaml(result.Manifest), written);
        }

        WrittenFiles = written.ToArray();
        // The summary shows at normal verbosity what SW2001/SW2002 know, which a command-line build otherwise hides (SW2002 is info).
        Log.LogMessage(MessageImportance.Normal, "Scopewise: {0} {1}; manifest written to {2}", result.Manifest.AssemblyName, result.GrantSummary, JsonPath);
        return !Log.HasLoggedErrors;
    }

    private static bool ParseFormats(string? formats)
    {
        var forge = false;
        foreach (var format in Split(formats ?? string.Empty))
        {
            switch (format.ToLowerInvariant())
            {
                case "json":
                case "txt":
                    break;
                case "forge":
                    forge = true;
                    break;
                default:
                    throw new ManifestException(ManifestDiagnostic.InvalidFormat,
                        $"ScopewiseManifestFormats names '{format}'; known formats are json and txt (always written) and forge, separated by ';'.");
            }
        }

        return forge;
    }

    private static IEnumerable<string> Split(string value)
    {
        foreach (var part in value.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }
        }
    }

    private void Write(string path, string content, List<ITaskItem> written)
    {
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            written.Add(new TaskItem(path));
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            throw new ManifestException(ManifestDiagnostic.WriteFailed, $"The scope manifest could not be written to '{path}': {exception.Message}");
        }
    }

    private void Report(ManifestDiagnostic diagnostic)
    {
        switch (diagnostic.Severity)
        {
            case ManifestDiagnosticSeverity.Error:
                LogError(diagnostic.Code, diagnostic.Text);
                break;
            case ManifestDiagnosticSeverity.Warning:
                Log.LogWarning(null, diagnostic.Code, null, AssemblyPath, 0, 0, 0, 0, diagnostic.Text);
                break;
            default:
                Log.LogMessage(null, diagnostic.Code, null, AssemblyPath, 0, 0, 0, 0, MessageImportance.Low, diagnostic.Text);
                break;
        }
    }

    private void LogError(string code, string message) => Log.LogError(null, code, null, null, 0, 0, 0, 0, message);
}
