using System.Text.Json.Nodes;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox;

/// <summary>
/// Decides who a request acts as, or refuses it, with Atlassian's rules for where each credential is accepted:
/// classic API tokens on the site, scoped API tokens and OAuth access tokens on the gateway, PATs and passwords on
/// Data Center, and no header as anonymous (never a 401 challenge).
/// </summary>
internal sealed class Authenticator
{
    private readonly IdentityRegistry _identities;
    private readonly OAuthAuthority _oauth;
    private readonly SandboxOptions _options;

    // The options, not a copy of the expired-token answer: the answer is uncertain at Atlassian, and a test may switch
    // it while the sandbox runs (the control endpoint's /behaviours).
    public Authenticator(IdentityRegistry identities, OAuthAuthority oauth, SandboxOptions options)
    {
        _identities = identities;
        _oauth = oauth;
        _options = options;
    }

    public AuthenticationResult Authenticate(string? authorization, SandboxZone zone, ApiFamily family)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return zone == SandboxZone.Gateway
                ? Refuse(ErrorBodies.Gateway(401, "Unauthorized"))
                : AuthenticationResult.Accept(Principal.Anonymous);
        }

        var space = authorization.IndexOf(' ', StringComparison.Ordinal);
        var scheme = space < 0 ? authorization : authorization[..space];
        var parameter = space < 0 ? string.Empty : authorization[(space + 1)..].Trim();
        if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return Basic(parameter, zone, family);
        }

        if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return Bearer(parameter, zone, family);
        }

        return RefuseFor(zone, family, $"Authorization scheme '{scheme}' is not supported; use Basic or Bearer.");
    }

    private AuthenticationResult Basic(string parameter, SandboxZone zone, ApiFamily family)
    {
        if (!BasicAuthorization.TryDecode(parameter, out var user, out var secret))
        {
            return RefuseFor(zone, family, "The Basic credentials are not base64 of user:secret.");
        }

        if (zone == SandboxZone.DataCenter)
        {
            return _identities.FindByPassword(user, secret) is { } dcUser
                ? AuthenticationResult.Accept(new Principal(dcUser, CredentialKind.Password, null))
                : RefuseFor(zone, family, "Wrong user name or password.");
        }

        if (_identities.FindApiToken(user, secret) is { } token)
        {
            return (token.IsScoped, zone) switch
            {
                (false, SandboxZone.Site) => AuthenticationResult.Accept(new Principal(token.User, CredentialKind.ClassicApiToken, null)),
                (true, SandboxZone.Gateway) => AuthenticationResult.Accept(new Principal(token.User, CredentialKind.ScopedApiToken, token.Scopes)),

                // Atlassian: a scoped token sent to the site is refused with 401 (it works only through api.atlassian.com).
                (true, _) => RefuseFor(zone, family, "The request has not been applied to the target resource because it lacks valid authentication credentials for that resource."),

                // A classic token through the gateway: the gateway takes scoped tokens and OAuth only.
                _ => Refuse(ErrorBodies.Gateway(401, "Unauthorized")),
            };
        }

        if (_identities.FindByPassword(user, secret) is not null)
        {
            return RefuseFor(zone, family, "Basic authentication with passwords is deprecated. Use an API token instead.");
        }

        return RefuseFor(zone, family, "Client must be authenticated to access this resource.");
    }

    private AuthenticationResult Bearer(string token, SandboxZone zone, ApiFamily family)
    {
        if (zone == SandboxZone.DataCenter)
        {
            return _identities.FindPersonalAccessToken(token) is { } pat
                ? AuthenticationResult.Accept(new Principal(pat.User, CredentialKind.PersonalAccessToken, null))
                : RefuseFor(zone, family, "Unknown personal access token.");
        }

        var check = _oauth.CheckAccessToken(token);
        if (check.Expired && zone == SandboxZone.Gateway && _options.ExpiredAccessTokenAnswer == ExpiredAccessTokenAnswer.NotFoundOnV2ForbiddenOnV1)
        {
            switch (family)
            {
                case ApiFamily.ConfluenceV2:
                    return new AuthenticationResult(null, ErrorBodies.ConfluenceV2(404, null), [], 404);
                case ApiFamily.ConfluenceV1:
                    return new AuthenticationResult(null, ErrorBodies.ConfluenceV1(403, "Current user not permitted to use Confluence"), [], 403);
            }
        }

        if (check.Principal is null)
        {
            return zone == SandboxZone.Gateway
                ? Refuse(ErrorBodies.Gateway(401, "Unauthorized"))
                : RefuseFor(zone, family, "Client must be authenticated to access this resource.");
        }

        // OAuth 2.0 (3LO) requests go through api.atlassian.com, never to the site.
        return zone == SandboxZone.Gateway
            ? AuthenticationResult.Accept(check.Principal)
            : RefuseFor(zone, family, "OAuth 2.0 access tokens are accepted only through https://api.atlassian.com/ex/{product}/{cloudId}.");
    }

    private static AuthenticationResult RefuseFor(SandboxZone zone, ApiFamily family, string message) => zone switch
    {
        SandboxZone.Gateway => Refuse(ErrorBodies.Gateway(401, "Unauthorized")),
        SandboxZone.DataCenter => Refuse(ErrorBodies.DataCenterUnauthenticated(), ("X-Seraph-LoginReason", "AUTHENTICATED_FAILED")),
        _ => Refuse(ErrorBodies.For(family, 401, message)),
    };

    private static AuthenticationResult Refuse(JsonObject body, params (string Name, string Value)[] headers)
        => new(null, body, headers);
}

/// <summary>Either a principal, or the status (401 unless a quirk says otherwise), body and headers to answer with.</summary>
internal sealed record AuthenticationResult(Principal? Principal, JsonObject? RefusalBody, IReadOnlyList<(string Name, string Value)> RefusalHeaders, int RefusalStatus = 401)
{
    public static AuthenticationResult Accept(Principal principal) => new(principal, null, []);
}
