using System;
using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;

namespace Scopewise.Generator.Spec;

/// <summary>What <see cref="RawSpecScanner"/> found in a spec's text.</summary>
/// <param name="Changes">Each operation's <c>x-changes</c> entries (their string fields), by <c>"{method} {path}"</c>, method lower case.</param>
/// <param name="OpenSchemas">Component schemas (OpenAPI 3 <c>components.schemas</c>, Swagger 2 <c>definitions</c>) that say <c>additionalProperties: true</c>.</param>
internal sealed record RawSpecFacts(Dictionary<string, List<Dictionary<string, string>>> Changes, HashSet<string> OpenSchemas)
{
    public static RawSpecFacts Empty() => new(new Dictionary<string, List<Dictionary<string, string>>>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
}

/// <summary>
/// Reads the two things NSwag's object model loses, straight from the spec's JSON text, in one streaming pass:
/// an <c>x-changes</c> entry's <c>type</c> (NSwag's extension reader takes an object with a <c>type</c> for a JSON
/// schema and drops <c>type: removed</c>), and whether a schema's <c>additionalProperties</c> was written as
/// <c>true</c> (NJsonSchema reads <c>true</c> and "absent" alike).
/// </summary>
internal static class RawSpecScanner
{
    public static RawSpecFacts Scan(string json)
    {
        var facts = RawSpecFacts.Empty();
        if (json.IndexOf("x-changes", StringComparison.Ordinal) < 0 && json.IndexOf("additionalProperties", StringComparison.Ordinal) < 0)
        {
            return facts;
        }

        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = null };
        string? top = null;
        string? second = null;
        string? third = null;
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.PropertyName)
            {
                continue;
            }

            // The depth of a property name: 1 directly under the root object.
            var name = (string)reader.Value!;
            switch (reader.Depth)
            {
                case 1:
                    top = name;
                    break;
                case 2:
                    second = name;
                    break;
                case 3:
                    third = name;
                    if (top == "definitions" && name == "additionalProperties" && ReadsTrue(reader))
                    {
                        facts.OpenSchemas.Add(second!);
                    }

                    break;
                case 4 when top == "paths" && name == "x-changes" && second is not null && third is not null:
                    facts.Changes[third.ToLowerInvariant() + " " + second] = ReadEntries(reader);
                    break;
                case 4 when top == "components" && second == "schemas" && name == "additionalProperties" && third is not null:
                    if (ReadsTrue(reader))
                    {
                        facts.OpenSchemas.Add(third);
                    }

                    break;
            }
        }

        return facts;
    }

    private static bool ReadsTrue(JsonTextReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonToken.Boolean)
        {
            return reader.Value is true;
        }

        reader.Skip();
        return false;
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
