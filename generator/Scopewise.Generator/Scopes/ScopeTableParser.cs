using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Scopewise.Generator.Infrastructure;

namespace Scopewise.Generator.Scopes;

/// <summary>
/// Reads and validates a scope table (format in specs/README.md). Every problem becomes an SW1003 at its line;
/// a bad entry is skipped, the rest of the table still applies.
/// </summary>
internal static class ScopeTableParser
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal) { "classic", "granular", "other" };

    public static ScopeTable Parse(string path, string text)
    {
        var diagnostics = new List<DiagnosticInfo>();
        void Error(IJsonLineInfo? at, string message)
        {
            var line = at is not null && at.HasLineInfo() ? at.LineNumber - 1 : 0;
            var column = at is not null && at.HasLineInfo() ? Math.Max(0, at.LinePosition - 1) : 0;
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.ScopeTableInvalid, path, line, column, path, message + $" (line {line + 1})"));
        }

        JObject root;
        try
        {
            using var reader = new JsonTextReader(new System.IO.StringReader(text)) { DateParseHandling = DateParseHandling.None };
            root = JObject.Load(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonException exception)
        {
            var info = exception as JsonReaderException;
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.ScopeTableInvalid, path, Math.Max(0, (info?.LineNumber ?? 1) - 1), Math.Max(0, (info?.LinePosition ?? 1) - 1), path, "it is not valid JSON: " + exception.Message));
            return new ScopeTable(path, string.Empty, EquatableArray<ScopeEntry>.Empty, EquatableArray<OperationOverride>.Empty, diagnostics.ToEquatableArray());
        }

        var product = root["product"] is JValue { Type: JTokenType.String } productValue ? (string)productValue! : string.Empty;
        if (product.Length == 0)
        {
            Error(root, "'product' must be a non-empty string such as \"confluence\"");
        }

        var scopes = new List<ScopeEntry>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (root["scopes"] is not JArray scopeArray)
        {
            Error(root, "'scopes' must be an array of {name, kind, product, description}");
        }
        else
        {
            foreach (var token in scopeArray)
            {
                if (ReadScope(token, product, Error) is { } entry)
                {
                    if (!names.Add(entry.Name))
                    {
                        Error(token, $"scope '{entry.Name}' is listed twice");
                        continue;
                    }

                    scopes.Add(entry);
                }
            }
        }

        var operations = new List<OperationOverride>();
        if (root["operations"] is JArray operationArray)
        {
            foreach (var token in operationArray)
            {
                if (ReadOverride(token, names, Error) is { } entry)
                {
                    operations.Add(entry);
                }
            }
        }
        else if (root["operations"] is not null && root["operations"]!.Type != JTokenType.Null)
        {
            Error(root["operations"], "'operations' must be an array");
        }

        return new ScopeTable(path, product, scopes.OrderBy(s => s.Name, StringComparer.Ordinal).ToEquatableArray(), operations.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static ScopeEntry? ReadScope(JToken token, string tableProduct, Action<IJsonLineInfo?, string> error)
    {
        if (token is not JObject scope)
        {
            error(token, "each entry of 'scopes' must be an object");
            return null;
        }

        var name = Text(scope, "name");
        if (string.IsNullOrWhiteSpace(name) || name!.Any(char.IsWhiteSpace))
        {
            error(scope, "a scope needs a 'name' without spaces, such as \"read:page:confluence\"");
            return null;
        }

        var kind = Text(scope, "kind");
        if (kind is null || !Kinds.Contains(kind))
        {
            error(scope, kind is null ? $"scope '{name}' needs a 'kind': \"classic\", \"granular\" or \"other\"" : $"scope '{name}' has kind '{kind}'; use \"classic\", \"granular\" or \"other\"");
            return null;
        }

        return new ScopeEntry(name!, kind, Text(scope, "product") ?? tableProduct, Text(scope, "description") ?? string.Empty);
    }

    private static OperationOverride? ReadOverride(JToken token, HashSet<string> known, Action<IJsonLineInfo?, string> error)
    {
        if (token is not JObject entry || Text(entry, "operationId") is not { Length: > 0 } operationId)
        {
            error(token, "each entry of 'operations' needs an 'operationId'");
            return null;
        }

        var mode = Text(entry, "mode") ?? "replace";
        if (mode != "replace" && mode != "add")
        {
            error(entry, $"operation '{operationId}': 'mode' must be \"replace\" or \"add\"");
            return null;
        }

        if (entry["alternatives"] is not JArray alternatives)
        {
            error(entry, $"operation '{operationId}': 'alternatives' must be an array of scope arrays, such as [[\"read:page:confluence\"]]");
            return null;
        }

        var parsed = new List<EquatableArray<string>>();
        foreach (var alternative in alternatives)
        {
            if (alternative is not JArray scopes || scopes.Any(s => s.Type != JTokenType.String))
            {
                error(alternative, $"operation '{operationId}': each alternative must be an array of scope names");
                return null;
            }

            var names = scopes.Select(s => (string)s!).ToList();
            var unknown = names.FirstOrDefault(n => !known.Contains(n));
            if (unknown is not null)
            {
                error(alternative, $"operation '{operationId}' names scope '{unknown}', which the table's 'scopes' does not list");
                return null;
            }

            parsed.Add(names.ToEquatableArray());
        }

        return new OperationOverride(operationId, Text(entry, "method")?.ToUpperInvariant(), Text(entry, "path"), mode == "replace", parsed.ToEquatableArray(), Text(entry, "reason"));
    }

    private static string? Text(JObject obj, string name) => obj[name] is JValue { Type: JTokenType.String } value ? (string)value! : null;
}
