using System;
using Scopewise.Generator.Model;
using Scopewise.Generator.Scopes;

namespace Scopewise.Generator.Emit;

/// <summary>How the emitters spell the model's kinds: the runtime's enum member names.</summary>
internal static class KindNames
{
    /// <summary>The member of <c>global::Scopewise.ScopeKind</c>.</summary>
    public static string Of(ScopeAlternativeKind kind) => kind switch
    {
        ScopeAlternativeKind.Classic => "Classic",
        ScopeAlternativeKind.Granular => "Granular",
        ScopeAlternativeKind.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind as the doc comments write it.</summary>
    public static string Lower(ScopeAlternativeKind kind) => kind switch
    {
        ScopeAlternativeKind.Classic => "classic",
        ScopeAlternativeKind.Granular => "granular",
        ScopeAlternativeKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The member of <c>global::Scopewise.PagingStyle</c>.</summary>
    public static string Of(PagingStyle style) => style switch
    {
        PagingStyle.ConfluenceCursor => "ConfluenceCursor",
        PagingStyle.ConfluenceOffset => "ConfluenceOffset",
        PagingStyle.JiraToken => "JiraToken",
        PagingStyle.JiraOffset => "JiraOffset",
        _ => throw new ArgumentOutOfRangeException(nameof(style)),
    };
}
