namespace Scopewise.Generator.Tests.Fuzz;

/// <summary>The kinds of string a spec carries into generated code; every mutation names the one it hits.</summary>
public enum FieldKind
{
    Title,
    Summary,
    Description,
    ParamDescription,
    Tag,
    EnumValue,
    OperationId,
    SchemaName,
    PropertyName,
    ParameterName,
    PathParameterName,
    ServerUrl,
    PathTemplate,
    MediaType,
    Extension,
    Scope,
    Structure,
}

/// <summary>The spec files of one case (normally one), with a note on where the mutation landed.</summary>
public sealed record FuzzSpec(string Path, string Text, IReadOnlyList<(string Key, string Value)> Metadata, string Detail);

/// <summary>
/// One deterministic fuzz case: a named mutation of a base spec. <see cref="Build"/> makes the spec text when the case
/// runs, so discovery stays cheap even for the multi-megabyte cases.
/// </summary>
public sealed class FuzzCase
{
    public required string Name { get; init; }

    /// <summary>The mutation class (injection, cycle, depth, ...).</summary>
    public required string Class { get; init; }

    public required FieldKind Field { get; init; }

    /// <summary>What was done, in words.</summary>
    public required string Mutation { get; init; }

    public required Func<FuzzSpec> Build { get; init; }

    /// <summary>
    /// The spec is valid OpenAPI that a careful generator must handle: it must generate (no SW1001/SW1004/SW1005) and
    /// compile, not only stay harmless.
    /// </summary>
    public bool MustGenerate { get; init; }

    /// <summary>
    /// The case only changes text that names no member (descriptions, summaries, titles with a configured client
    /// name, extensions, scopes, server URLs): the generated members must be exactly those of this unmutated baseline.
    /// </summary>
    public string? SameMembersAs { get; init; }

    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(10);
}

public static class Payloads
{
    /// <summary>Identifiers only an injection can declare; neither may be the whole name of any type or member.</summary>
    public static readonly string[] Markers = ["InjectedByFuzz", "Pwned"];

    /// <summary>Compiles as a member of any class or struct once it escapes a doc comment.</summary>
    public const string ModuleInitializer = "[System.Runtime.CompilerServices.ModuleInitializer] internal static void Pwned() { } //";

    /// <summary>Compiles as a nested or namespace-level type once it escapes a doc comment.</summary>
    public const string Class = "public static class InjectedByFuzz { } //";

    /// <summary>Tries to leave a string literal, a member and its type.</summary>
    public const string Breakout = "\\\"); } } public static class InjectedByFuzz { static void Pwned() { } } /* \" */ //";

    /// <summary>Everything that means something in C# strings, comments or XML docs, in one line.</summary>
    public const string Escapes = "q\"uote' back\\slash \\\" */ /* <b>bold</b> & &amp; ]]> <!-- {0} {{x}} $\"{y}\" @\"z\" #if X \0nul \ttab \u0001 \u001b \u007f \u00a0 ?? ` ~ %s %n";

    public static readonly (string Name, string Text)[] Separators =
    [
        ("LF", "\n"),
        ("CR", "\r"),
        ("CRLF", "\r\n"),
        ("NEL", "\u0085"),
        ("LS", "\u2028"),
        ("PS", "\u2029"),
    ];

    public static readonly (string Name, string Text)[] InjectionPayloads =
    [
        ("module-initializer", ModuleInitializer),
        ("class", Class),
    ];

    /// <summary>Kinds whose text names no generated member: mutating them must leave the member set unchanged.</summary>
    public static bool IsTextKind(FieldKind kind)
        => kind is FieldKind.Title or FieldKind.Summary or FieldKind.Description or FieldKind.ParamDescription or FieldKind.Extension or FieldKind.ServerUrl or FieldKind.Scope;

    /// <summary>A printable form of a string for messages: control and non-ASCII characters as \uXXXX, cut at 160 characters.</summary>
    public static string Show(string text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in text.Length > 160 ? text[..160] : text)
        {
            builder.Append(c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return text.Length > 160 ? builder + $"…({text.Length} chars)" : builder.ToString();
    }
}

/// <summary>Deterministic choices: FNV-1a of the case key, so CI always builds the same corpus.</summary>
public static class Choice
{
    public static Random For(params object[] key)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in string.Join("|", key))
            {
                hash = (hash ^ c) * 16777619u;
            }

            return new Random((int)(hash & 0x7FFFFFFF));
        }
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
