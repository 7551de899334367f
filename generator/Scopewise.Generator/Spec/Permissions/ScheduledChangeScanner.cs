using System;
using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;

namespace Scopewise.Generator.Spec.Permissions
{
    /// <summary>
    /// Reads every operation's <c>x-changes</c> list straight from the spec's JSON text. NSwag cannot be asked: its
    /// extension reader takes an object with a <c>type</c> for a JSON schema and drops <c>type: removed</c>, the one
    /// field that says what the change is. A streaming pass that only looks at <c>paths.*.*.x-changes</c>, and only
    /// when the text mentions <c>x-changes</c> at all.
    /// </summary>
    internal static class ScheduledChangeScanner
    {
        /// <summary>The raw entries (each a dictionary of its string fields) by <c>"{method} {path}"</c>, method lower case.</summary>
        public static Dictionary<string, List<Dictionary<string, string>>> Scan(string json)
        {
            var found = new Dictionary<string, List<Dictionary<string, string>>>(StringComparer.Ordinal);
            if (json.IndexOf("\"x-changes\"", StringComparison.Ordinal) < 0)
            {
                return found;
            }

            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = null };
            var inPaths = false;
            string? path = null;
            string? method = null;
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.PropertyName)
                {
                    continue;
                }

                // Depth of a property name: 1 under the root, so paths.{path}.{method}.x-changes is at 4.
                var name = (string)reader.Value!;
                switch (reader.Depth)
                {
                    case 1:
                        inPaths = name == "paths";
                        break;
                    case 2 when inPaths:
                        path = name;
                        break;
                    case 3 when inPaths:
                        method = name;
                        break;
                    case 4 when inPaths && name == "x-changes" && path is not null && method is not null:
                        found[method.ToLowerInvariant() + " " + path] = ReadEntries(reader);
                        break;
                }
            }

            return found;
        }

        private static List<Dictionary<string, string>> ReadEntries(JsonTextReader reader)
        {
            var entries = new List<Dictionary<string, string>>();
            if (!reader.Read() || reader.TokenType != JsonToken.StartArray)
            {
                reader.Skip();
                return entries;
            }

            while (reader.Read() && reader.TokenType != JsonToken.EndArray)
            {
                if (reader.TokenType != JsonToken.StartObject)
                {
                    reader.Skip();
                    continue;
                }

                var entry = new Dictionary<string, string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
                {
                    var name = (string)reader.Value!;
                    reader.Read();
                    if (reader.TokenType == JsonToken.String)
                    {
                        entry[name] = (string)reader.Value!;
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                entries.Add(entry);
            }

            return entries;
        }
    }
}
