using System;
using System.IO;

namespace Scopewise.Build.Manifest;

/// <summary>Prints a manifest for people (the demo CLI's <c>scopes</c> command): each scope, what it allows, and the calls that need it.</summary>
public static class ScopeManifestPrinter
{
    /// <summary>Writes the manifest to <paramref name="output"/>.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <param name="output">Where to write (a console, a file).</param>
    public static void Print(ScopeManifest manifest, TextWriter output)
    {
        if (manifest is null)
        {
            throw new ArgumentNullException(nameof(manifest));
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        var style = manifest.Style == ScopeStyle.Classic ? "classic" : "granular";
        if (manifest.Scopes.Count == 0)
        {
            output.WriteLine($"{manifest.AssemblyName} calls no operation that needs an OAuth scope.");
            PrintPolicy(manifest, output);
            return;
        }

        output.WriteLine($"{manifest.AssemblyName} needs {manifest.Scopes.Count} scope{(manifest.Scopes.Count == 1 ? string.Empty : "s")} ({style} preferred):");
        foreach (var scope in manifest.Scopes)
        {
            output.WriteLine();
            output.WriteLine($"  {scope.Name}  [{scope.Kind}, {scope.Product}]");
            if (!string.IsNullOrEmpty(scope.Description))
            {
                output.WriteLine($"    {scope.Description}");
            }

            if (scope.Reason != null)
            {
                output.WriteLine($"    why: {scope.Reason}");
            }

            foreach (var operation in scope.Operations)
            {
                output.WriteLine($"    needed by {operation}");
            }

            foreach (var callSite in scope.CallSites)
            {
                output.WriteLine($"    called from {callSite}");
            }
        }

        output.WriteLine();
        output.WriteLine("Authorize URL scope parameter:");
        output.WriteLine("  " + ScopeManifestWriter.ToAuthorizeScope(manifest));
        PrintPolicy(manifest, output);
    }

    // Issue 18: what the account must be allowed beyond scopes, and the operations Atlassian removes or may change.
    private static void PrintPolicy(ScopeManifest manifest, TextWriter output)
    {
        if (manifest.AccountPermissions.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("The account must also be allowed (from the specs' \"Permissions required\"):");
            foreach (var permission in manifest.AccountPermissions)
            {
                output.WriteLine();
                output.WriteLine($"  {permission.Name}  [{permission.Level}]");
                foreach (var operation in permission.Operations)
                {
                    output.WriteLine($"    needed by {operation}");
                }

                foreach (var callSite in permission.CallSites)
                {
                    output.WriteLine($"    called from {callSite}");
                }
            }
        }

        if (manifest.OperationNotes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Removed, deprecated and experimental operations called:");
            foreach (var note in manifest.OperationNotes)
            {
                output.WriteLine("  " + ScopeManifestWriter.NoteText(note));
                foreach (var callSite in note.CallSites)
                {
                    output.WriteLine($"    called from {callSite}");
                }
            }
        }
    }
}
