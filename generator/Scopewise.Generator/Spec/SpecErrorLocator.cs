using System;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace Scopewise.Generator.Spec;

/// <summary>Finds the line and column that a parse failure is about, for a diagnostic the user can click.</summary>
internal static class SpecErrorLocator
{
    private static readonly Regex ExternalRefJson = new("\"\\$ref\"\\s*:\\s*\"(?<ref>[^\"#][^\"]*)\"", RegexOptions.CultureInvariant);
    private static readonly Regex ExternalRefYaml = new("\\$ref['\"]?\\s*:\\s*['\"]?(?<ref>[^'\"#\\s][^'\"\\s]*)", RegexOptions.CultureInvariant);

    /// <summary>Zero-based line and column of the failure, when the exception knows it.</summary>
    public static (int Line, int Column) Position(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case Newtonsoft.Json.JsonReaderException json when json.LineNumber > 0:
                    return (json.LineNumber - 1, Math.Max(0, json.LinePosition - 1));
                case YamlException yaml:
                    return ((int)Math.Max(0, yaml.Start.Line - 1), (int)Math.Max(0, yaml.Start.Column - 1));
            }
        }

        return (0, 0);
    }

    /// <summary>The first external <c>$ref</c> in the text and where it is.</summary>
    public static (string Reference, int Line, int Column)? FirstExternalReference(SourceText text, bool yaml)
    {
        var content = text.ToString();
        var match = (yaml ? ExternalRefYaml : ExternalRefJson).Match(content);
        if (!match.Success)
        {
            return null;
        }

        var position = text.Lines.GetLinePosition(match.Index);
        return (match.Groups["ref"].Value, position.Line, position.Character);
    }

    /// <summary>Where a quoted string first occurs (to point at a dangling <c>$ref</c>).</summary>
    public static (int Line, int Column) Find(SourceText text, string needle)
    {
        var index = text.ToString().IndexOf(needle, StringComparison.Ordinal);
        if (index < 0)
        {
            return (0, 0);
        }

        var position = text.Lines.GetLinePosition(index);
        return (position.Line, position.Character);
    }
}
