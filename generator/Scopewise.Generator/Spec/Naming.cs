using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Scopewise.Generator.Spec;

/// <summary>Turns spec names (operationIds, schema keys, JSON names, tags) into valid, readable C# identifiers.</summary>
internal static class Naming
{
    /// <summary><c>getPageById</c> → <c>GetPageById</c>; <c>body-format</c> → <c>BodyFormat</c>; <c>2fa</c> → <c>_2fa</c>.</summary>
    public static string Pascal(string? text, string fallback = "Item")
    {
        var words = SplitWords(text);
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            builder.Append(char.ToUpperInvariant(word[0]));
            builder.Append(word, 1, word.Length - 1);
        }

        if (builder.Length == 0)
        {
            return fallback;
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return Cap(builder.ToString());
    }

    /// <summary>
    /// The longest name Scopewise declares, before the suffixes it adds (Async, Item, a counter, Json accessor
    /// prefixes): C# allows 512 characters (CS7013), and a name is read by people long before it gets near that.
    /// </summary>
    public const int MaxIdentifierLength = 128;

    /// <summary>
    /// <paramref name="identifier"/> if it is short enough; else its first characters and a short hash of the whole,
    /// so two long names that share a beginning stay apart and the same spec always gives the same name.
    /// </summary>
    public static string Cap(string identifier)
    {
        if (identifier.Length <= MaxIdentifierLength)
        {
            return identifier;
        }

        // FNV-1a, 32 bits: stable across processes and runtimes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in identifier)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return identifier.Substring(0, MaxIdentifierLength - 9) + "_" + hash.ToString("X8", CultureInfo.InvariantCulture);
    }

    /// <summary>A camelCase parameter name that is not a C# keyword (<c>class</c> → <c>@class</c>).</summary>
    public static string Camel(string? text, string fallback = "value")
    {
        var pascal = Pascal(text, fallback);
        var camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return EscapeKeyword(camel);
    }

    public static string EscapeKeyword(string identifier)
        => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None
            ? "@" + identifier
            : identifier;

    /// <summary>A plural for a sub-client property: <c>Page</c> → <c>Pages</c>, <c>Property</c> → <c>Properties</c>.</summary>
    public static string Plural(string name)
    {
        if (name.EndsWith("s", System.StringComparison.Ordinal) || name.EndsWith("Data", System.StringComparison.Ordinal) || name.EndsWith("Info", System.StringComparison.Ordinal)
            || name.EndsWith("Information", System.StringComparison.Ordinal) || name.EndsWith("Children", System.StringComparison.Ordinal) || name.EndsWith("Metadata", System.StringComparison.Ordinal))
        {
            return name;
        }

        if (name.EndsWith("y", System.StringComparison.Ordinal) && name.Length > 1 && "aeiou".IndexOf(name[name.Length - 2]) < 0)
        {
            return name.Substring(0, name.Length - 1) + "ies";
        }

        if (name.EndsWith("x", System.StringComparison.Ordinal) || name.EndsWith("ch", System.StringComparison.Ordinal) || name.EndsWith("sh", System.StringComparison.Ordinal))
        {
            return name + "es";
        }

        return name + "s";
    }

    /// <summary>Splits on anything that is not a letter or digit, and on lower-to-upper case changes, keeping existing capitals.</summary>
    private static List<string> SplitWords(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var current = new StringBuilder();
        foreach (var c in text!)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var isWordChar = char.IsLetterOrDigit(c) && c < 128;
            if (!isWordChar)
            {
                Flush();
                continue;
            }

            if (current.Length > 0 && category == UnicodeCategory.UppercaseLetter && char.IsLower(current[current.Length - 1]))
            {
                Flush();
            }

            current.Append(c);
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}

/// <summary>Hands out unique names within one scope, adding 2, 3, … on collision.</summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;

    public NameScope(IEnumerable<string>? reserved = null)
    {
        _taken = new HashSet<string>(reserved ?? System.Array.Empty<string>(), System.StringComparer.Ordinal);
    }

    public bool IsTaken(string name) => _taken.Contains(name);

    // The next suffix to try per name: Jira's inline schemas claim names like "Fields" hundreds of times, and
    // counting up from 2 on every claim was quadratic.
    private readonly Dictionary<string, int> _nextSuffix = new(System.StringComparer.Ordinal);

    public string Claim(string name)
    {
        name = Naming.Cap(name);
        if (_taken.Add(name))
        {
            return name;
        }

        var suffix = _nextSuffix.TryGetValue(name, out var next) ? next : 2;
        var candidate = name + suffix.ToString(CultureInfo.InvariantCulture);
        while (!_taken.Add(candidate))
        {
            candidate = name + (++suffix).ToString(CultureInfo.InvariantCulture);
        }

        _nextSuffix[name] = suffix + 1;
        return candidate;
    }
}
