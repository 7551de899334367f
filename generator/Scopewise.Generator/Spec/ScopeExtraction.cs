using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using NSwag;
using Scopewise.Generator.Infrastructure;

namespace Scopewise.Generator.Spec;

/// <summary>
/// Reads the scope alternatives a spec gives an operation: Atlassian's <c>x-atlassian-oauth2-scopes</c> (Current
/// and Beta entries) when present, else the OAuth 2.0 entries of the operation's <c>security</c> requirement.
/// Corrections from scope tables are applied later, in <see cref="Scopes.ScopeResolver"/>.
/// </summary>
internal static class ScopeExtraction
{
    public const string AtlassianExtension = "x-atlassian-oauth2-scopes";

    public static EquatableArray<EquatableArray<string>> Alternatives(OpenApiDocument document, OpenApiOperation operation)
    {
        var alternatives = new List<EquatableArray<string>>();
        if (operation.ExtensionData is not null && operation.ExtensionData.TryGetValue(AtlassianExtension, out var extension))
        {
            foreach (var entry in AsEnumerable(extension))
            {
                if (entry is IDictionary<string, object?> dictionary && dictionary.TryGetValue("scopes", out var scopes))
                {
                    Add(alternatives, AsEnumerable(scopes).OfType<string>());
                }
            }

            return alternatives.ToEquatableArray();
        }

        var oauthSchemes = new HashSet<string>(
            document.Components.SecuritySchemes
                .Where(p => p.Value.Type is OpenApiSecuritySchemeType.OAuth2 or OpenApiSecuritySchemeType.OpenIdConnect)
                .Select(p => p.Key),
            StringComparer.Ordinal);
        foreach (var requirement in operation.ActualSecurity ?? Array.Empty<OpenApiSecurityRequirement>())
        {
            foreach (var scheme in requirement)
            {
                if (oauthSchemes.Contains(scheme.Key))
                {
                    Add(alternatives, scheme.Value ?? Enumerable.Empty<string>());
                }
            }
        }

        return alternatives.ToEquatableArray();
    }

    private static void Add(List<EquatableArray<string>> alternatives, IEnumerable<string> scopes)
    {
        var alternative = scopes.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToEquatableArray();
        if (!alternatives.Contains(alternative))
        {
            alternatives.Add(alternative);
        }
    }

    private static IEnumerable<object?> AsEnumerable(object? value)
        => value is IEnumerable enumerable and not string ? enumerable.Cast<object?>() : Enumerable.Empty<object?>();
}
