using System;
using System.Linq;
using System.Text;
using Scopewise.Build.Json;

namespace Scopewise.Build.Manifest;

/// <summary>
/// Renders a manifest in the forms people paste elsewhere. Output depends only on the manifest: "\n" line ends, no
/// timestamps, no absolute paths, so two builds of the same code give byte-identical files.
/// </summary>
public static class ScopeManifestWriter
{
    /// <summary>The manifest format version written in <c>.scopes.json</c>.</summary>
    public const int FormatVersion = 1;

    /// <summary>The full manifest as JSON (<c>$(TargetName).scopes.json</c>).</summary>
    /// <param name="manifest">The manifest.</param>
    public static string ToJson(ScopeManifest manifest)
    {
        if (manifest is null)
        {
            throw new ArgumentNullException(nameof(manifest));
        }

        var json = new JsonWriter();
        json.StartObject();
        json.Number("formatVersion", FormatVersion);
        json.String("assembly", manifest.AssemblyName);
        json.String("style", manifest.Style == ScopeStyle.Classic ? "classic" : "granular");
        json.String("authorizeScope", ToAuthorizeScope(manifest));
        json.StartArray("scopes");
        foreach (var scope in manifest.Scopes)
        {
            json.StartObject();
            json.String("name", scope.Name);
            json.String("kind", scope.Kind);
            json.String("product", scope.Product);
            json.String("description", scope.Description);
            if (scope.Reason != null)
            {
                json.String("reason", scope.Reason);
            }

            StringArray(json, "operations", scope.Operations);
            StringArray(json, "callSites", scope.CallSites);
            json.EndObject();
        }

        json.EndArray();
        json.StartArray("operations");
        foreach (var operation in manifest.Operations)
        {
            json.StartObject();
            json.String("name", operation.Name);
            json.String("method", operation.HttpMethod);
            json.String("path", operation.Path);
            json.String("product", operation.Product);
            json.String("declaredBy", operation.DeclaredBy);
            json.StartArray("alternatives");
            foreach (var alternative in operation.Alternatives)
            {
                StringArray(json, null, alternative);
            }

            json.EndArray();
            StringArray(json, "chosen", operation.Chosen);
            StringArray(json, "callSites", operation.CallSites);
            json.EndObject();
        }

        json.EndArray();
        WritePolicy(json, manifest);
        json.EndObject();
        return json.ToString();
    }

    // Issue 18: what the account must be allowed, and the removed, deprecated and experimental operations called.
    private static void WritePolicy(JsonWriter json, ScopeManifest manifest)
    {
        json.StartArray("accountPermissions");
        foreach (var permission in manifest.AccountPermissions)
        {
            json.StartObject();
            json.String("name", permission.Name);
            json.String("level", permission.Level);
            StringArray(json, "operations", permission.Operations);
            StringArray(json, "callSites", permission.CallSites);
            json.EndObject();
        }

        json.EndArray();
        json.StartArray("operationNotes");
        foreach (var note in manifest.OperationNotes)
        {
            json.StartObject();
            json.String("operation", note.Operation);
            json.String("change", note.Change);
            json.String("effective", note.Effective);
            json.String("changeId", note.ChangeId);
            json.String("details", note.Details);
            json.String("replacement", note.Replacement);
            StringArray(json, "callSites", note.CallSites);
            json.EndObject();
        }

        json.EndArray();
    }

    /// <summary>
    /// One scope a line, for the Atlassian developer console (<c>$(TargetName).scopes.txt</c>). When the called
    /// operations need account permissions or are removed, deprecated or experimental, <c>#</c> comment lines after
    /// the scopes say so (none otherwise, so a scopes-only file stays exactly one scope a line).
    /// </summary>
    /// <param name="manifest">The manifest.</param>
    public static string ToText(ScopeManifest manifest)
    {
        if (manifest is null)
        {
            throw new ArgumentNullException(nameof(manifest));
        }

        var text = new StringBuilder();
        foreach (var scope in manifest.Scopes)
        {
            text.Append(scope.Name).Append('\n');
        }

        foreach (var permission in manifest.AccountPermissions)
        {
            text.Append("# account permission: ").Append(permission.Name).Append(" (").Append(permission.Level).Append(") for ").Append(string.Join(", ", permission.Operations)).Append('\n');
        }

        foreach (var note in manifest.OperationNotes)
        {
            text.Append("# ").Append(NoteText(note)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// The <c>permissions: scopes:</c> snippet of a Forge <c>manifest.yml</c> (<c>$(TargetName).scopes.forge.yml</c>).
    /// Forge manages tokens itself, so <c>offline_access</c> is left out.
    /// </summary>
    /// <param name="manifest">The manifest.</param>
    public static string ToForgeYaml(ScopeManifest manifest)
    {
        if (manifest is null)
        {
            throw new ArgumentNullException(nameof(manifest));
        }

        var scopes = manifest.Scopes.Where(s => s.Reason is null).ToList();
        var yaml = new StringBuilder();
        yaml.Append("# Scopes that ").Append(manifest.AssemblyName).Append(" needs; paste under the app's manifest.yml.\n");
        yaml.Append("permissions:\n");
        if (scopes.Count == 0)
        {
            yaml.Append("  scopes: []\n");
            return yaml.ToString();
        }

        yaml.Append("  scopes:\n");
        foreach (var scope in scopes)
        {
            yaml.Append("    - ").Append(YamlScalar(scope.Name)).Append('\n');
        }

        return yaml.ToString();
    }

    /// <summary>One line about a removed, deprecated or experimental operation, for the text file and the printer.</summary>
    internal static string NoteText(ManifestOperationNote note) => note.Change switch
    {
        "removal" => note.Operation + ": removal effective " + note.Effective + (note.ChangeId is null ? string.Empty : " (" + note.ChangeId + ")")
            + (note.Details is null ? string.Empty : ", " + note.Details) + (note.Replacement is null ? string.Empty : "; use " + note.Replacement),
        "deprecated" => note.Operation + ": deprecated by Atlassian",
        _ => note.Operation + ": experimental at Atlassian",
    };

    /// <summary>The <c>scope</c> parameter of an OAuth 2.0 authorize URL: the scope names separated by spaces.</summary>
    /// <param name="manifest">The manifest.</param>
    public static string ToAuthorizeScope(ScopeManifest manifest)
    {
        if (manifest is null)
        {
            throw new ArgumentNullException(nameof(manifest));
        }

        return string.Join(" ", manifest.Scopes.Select(s => s.Name));
    }

    // Atlassian's scope names (letters, digits, ':', '.', '-', '_') are plain YAML scalars, written bare as in Forge's
    // docs; anything else a custom table might hold is single-quoted so YAML reads it as the same text.
    private static string YamlScalar(string value)
    {
        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) || c == ':' || c == '.' || c == '-' || c == '_'))
            {
                return "'" + value.Replace("'", "''") + "'";
            }
        }

        return value.Length == 0 || value[0] == '-' || value[0] == ':' || value.EndsWith(":", StringComparison.Ordinal) ? "'" + value + "'" : value;
    }

    private static void StringArray(JsonWriter json, string? name, System.Collections.Generic.IReadOnlyList<string> values)
    {
        json.StartArray(name);
        foreach (var value in values)
        {
            json.String(null, value);
        }

        json.EndArray();
    }
}
