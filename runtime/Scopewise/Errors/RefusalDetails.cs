using System.Text;

namespace Scopewise;

/// <summary>
/// Why a call was refused, in the terms needed to fix it (the way Slack answers with <c>needed</c> and <c>provided</c>
/// scopes): the operation, the scope alternatives its <see cref="RequiresScopesAttribute"/> names, the scopes the
/// credential is known to hold, what is missing, where the call went and with which auth scheme.
/// </summary>
public sealed class RefusalDetails
{
    internal RefusalDetails(ApiOperationInfo operation, IReadOnlyCollection<string>? knownScopes, string route, string credential, string? scheme)
    {
        Operation = operation;
        KnownScopes = knownScopes;
        Route = route;
        Credential = credential;
        Scheme = scheme;
        MissingScopes = knownScopes is null ? [] : NearestMissing(operation.Scopes, knownScopes);
    }

    /// <summary>The refused operation.</summary>
    public ApiOperationInfo Operation { get; }

    /// <summary>The scope alternatives, any one of which lets the call through (from the operation's <c>[RequiresScopes]</c>).</summary>
    public IReadOnlyList<ScopeAlternative> RequiredAlternatives => Operation.Scopes.Alternatives;

    /// <summary>
    /// The scopes the credential is known to hold (OAuth and service-account tokens: from the token response; scoped
    /// API tokens: as given), or null when Scopewise cannot know them (classic API tokens, passwords, PATs).
    /// </summary>
    public IReadOnlyCollection<string>? KnownScopes { get; }

    /// <summary>The scopes to add for the alternative closest to what the credential holds; empty when the scopes are unknown or suffice.</summary>
    public IReadOnlyList<string> MissingScopes { get; }

    /// <summary>Where the call went: <c>site acme.atlassian.net</c>, <c>gateway api.atlassian.com/ex/confluence/{cloudId}</c>, or a product's own host.</summary>
    public string Route { get; }

    /// <summary>The credential kind as named in messages (<c>OAuth 2.0 token</c>, <c>scoped API token</c>).</summary>
    public string Credential { get; }

    /// <summary>The authentication scheme sent (<c>Basic</c>, <c>Bearer</c>), or null when anonymous.</summary>
    public string? Scheme { get; }

    internal static RefusalDetails For(ApiOperationInfo operation, ResolvedRoute route, IReadOnlyCollection<string>? knownScopes)
    {
        var address = route.BaseAddress;
        var where = route.Credential.UsesGateway && route.Site is not null
            ? $"gateway {address.Authority}{address.AbsolutePath.TrimEnd('/')}"
            : route.Site is not null ? $"site {address.Authority}{address.AbsolutePath.TrimEnd('/')}" : $"{address.Authority}{address.AbsolutePath.TrimEnd('/')}";
        return new RefusalDetails(operation, knownScopes, where, route.Credential.Description, route.Credential.Scheme);
    }

    /// <summary>The explanation as sentences, each starting with a space, for an exception message.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(" It needs ").Append(Operation.Scopes.IsEmpty ? "no OAuth scope" : Alternatives()).Append('.');
        if (KnownScopes is null)
        {
            text.Append(" The credential's scopes are not known to Scopewise.");
        }
        else
        {
            text.Append(" The credential holds [").Append(string.Join(", ", KnownScopes.Order(StringComparer.Ordinal))).Append("].");
            if (MissingScopes.Count > 0)
            {
                text.Append(" Missing: ").Append(string.Join(", ", MissingScopes)).Append('.');
            }
        }

        text.Append(" Sent to the ").Append(Route).Append(" with the ").Append(Credential)
            .Append(Scheme is null ? " (no Authorization header)." : $" ({Scheme}).");
        return text.ToString();
    }

    private string Alternatives()
        => string.Join(" or ", Operation.Scopes.Alternatives.Select(a => $"[{string.Join(", ", a.Scopes)}] ({a.Kind.ToString().ToLowerInvariant()})"));

    private static string[] NearestMissing(ScopeRequirement requirement, IReadOnlyCollection<string> granted)
    {
        string[]? nearest = null;
        foreach (var alternative in requirement.Alternatives)
        {
            var missing = alternative.Scopes.Where(s => !granted.Contains(s, StringComparer.Ordinal)).ToArray();
            if (nearest is null || missing.Length < nearest.Length)
            {
                nearest = missing;
            }
        }

        return nearest ?? [];
    }
}
