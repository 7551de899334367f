using System.Globalization;
using Scopewise.Analyzers;

namespace Scopewise.CodeFixes;

/// <summary>
/// Equivalence keys name a fix by the kind of alternative and its ordinal within that kind ("SW2001:granular:0"),
/// so that Fix All applies "the first granular alternative" to every diagnostic, whatever its scopes; the first fix is
/// <see cref="Named"/>, the alternative each diagnostic's message names, so that Fix All and <c>dotnet format</c>
/// (which applies the first fix) grant what SW2001 said.
/// </summary>
internal static class GrantEquivalenceKey
{
    /// <summary>The key of the first fix: the alternative the SW2001 message names.</summary>
    public const string Named = "SW2001:named";

    private const string Prefix = "SW2001:";

    public static string Create(AlternativeKind kind, int ordinal) =>
        Prefix + MissingScopeProperties.KindName(kind) + ":" + ordinal.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? key, out AlternativeKind kind, out int ordinal)
    {
        kind = AlternativeKind.Other;
        ordinal = 0;
        if (key is null || !key.StartsWith(Prefix, System.StringComparison.Ordinal))
        {
            return false;
        }

        var parts = key.Substring(Prefix.Length).Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out ordinal))
        {
            return false;
        }

        kind = parts[0] switch
        {
            "granular" => AlternativeKind.Granular,
            "classic" => AlternativeKind.Classic,
            _ => AlternativeKind.Other,
        };
        return true;
    }
}
