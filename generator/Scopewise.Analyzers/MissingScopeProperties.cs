using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace Scopewise.Analyzers;

/// <summary>
/// What an SW2001 diagnostic tells the code fix, in <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>:
/// the missing scopes of each alternative (the one the message names first), and whether a <c>[GrantedScopes]</c> exists to extend.
/// The attribute to extend is the diagnostic's first additional location.
/// </summary>
internal static class MissingScopeProperties
{
    public const string AlternativeCount = "AlternativeCount";
    public const string AlternativePrefix = "Alternative";
    public const string HasDeclaration = "HasDeclaration";
    public const string DeclarationDescription = "Declaration";

    /// <summary>One alternative's fix: its kind and the scopes the grant lacks.</summary>
    public readonly struct MissingAlternative
    {
        public MissingAlternative(AlternativeKind kind, ImmutableArray<string> missing)
        {
            Kind = kind;
            Missing = missing;
        }

        public AlternativeKind Kind { get; }

        public ImmutableArray<string> Missing { get; }
    }

    /// <summary>
    /// The closest alternative first (fewest scopes missing; on a tie the <paramref name="preferred"/> kind, the project's
    /// <c>ScopewiseScopeStyle</c>), then the others: the preferred kind, the other of classic and granular, then other
    /// kinds; declaration order within a kind. The first is the one SW2001 names and the first code fix grants.
    /// </summary>
    public static ImmutableArray<MissingAlternative> Order(IEnumerable<MissingAlternative> alternatives, AlternativeKind preferred)
    {
        var list = new List<(MissingAlternative Alternative, int Index)>();
        var index = 0;
        foreach (var alternative in alternatives)
        {
            list.Add((alternative, index++));
        }

        var closest = -1;
        for (var i = 0; i < list.Count; i++)
        {
            if (closest < 0 || IsCloser(list[i].Alternative, list[closest].Alternative, preferred))
            {
                closest = i;
            }
        }

        list.Sort((x, y) =>
        {
            if (x.Index == y.Index)
            {
                return 0;
            }

            if (x.Index == closest || y.Index == closest)
            {
                return x.Index == closest ? -1 : 1;
            }

            var byKind = Rank(x.Alternative.Kind, preferred).CompareTo(Rank(y.Alternative.Kind, preferred));
            return byKind != 0 ? byKind : x.Index.CompareTo(y.Index);
        });

        var builder = ImmutableArray.CreateBuilder<MissingAlternative>(list.Count);
        foreach (var item in list)
        {
            builder.Add(item.Alternative);
        }

        return builder.MoveToImmutable();
    }

    public static ImmutableDictionary<string, string?> Encode(ImmutableArray<MissingAlternative> ordered, bool hasDeclaration, string declaration)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        builder[AlternativeCount] = ordered.Length.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < ordered.Length; i++)
        {
            // Scope names never contain spaces or '|': "granular|read:page:confluence write:page:confluence".
            builder[AlternativePrefix + i.ToString(CultureInfo.InvariantCulture)] =
                KindName(ordered[i].Kind) + "|" + string.Join(" ", ordered[i].Missing);
        }

        builder[HasDeclaration] = hasDeclaration ? "true" : "false";
        builder[DeclarationDescription] = declaration;
        return builder.ToImmutable();
    }

    public static ImmutableArray<MissingAlternative> Decode(ImmutableDictionary<string, string?> properties)
    {
        if (!properties.TryGetValue(AlternativeCount, out var countText)
            || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return ImmutableArray<MissingAlternative>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<MissingAlternative>(count);
        for (var i = 0; i < count; i++)
        {
            if (!properties.TryGetValue(AlternativePrefix + i.ToString(CultureInfo.InvariantCulture), out var encoded) || encoded is null)
            {
                continue;
            }

            var bar = encoded.IndexOf('|');
            if (bar < 0)
            {
                continue;
            }

            var scopes = encoded.Substring(bar + 1).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            builder.Add(new MissingAlternative(ParseKind(encoded.Substring(0, bar)), scopes.ToImmutableArray()));
        }

        return builder.ToImmutable();
    }

    public static string KindName(AlternativeKind kind) => kind switch
    {
        AlternativeKind.Granular => "granular",
        AlternativeKind.Classic => "classic",
        _ => "other",
    };

    private static AlternativeKind ParseKind(string name) => name switch
    {
        "granular" => AlternativeKind.Granular,
        "classic" => AlternativeKind.Classic,
        _ => AlternativeKind.Other,
    };

    private static bool IsCloser(MissingAlternative candidate, MissingAlternative best, AlternativeKind preferred)
    {
        if (candidate.Missing.Length != best.Missing.Length)
        {
            return candidate.Missing.Length < best.Missing.Length;
        }

        return Rank(candidate.Kind, preferred) < Rank(best.Kind, preferred);
    }

    private static int Rank(AlternativeKind kind, AlternativeKind preferred) =>
        kind == preferred ? 0 : kind is AlternativeKind.Granular or AlternativeKind.Classic ? 1 : 2;
}
