using System.Net;

namespace Scopewise;

/// <summary>
/// The OAuth grant can no longer be refreshed (<c>invalid_grant</c>: the refresh token expired, was already used, or
/// consent was revoked), or there are no tokens yet. The user must go through the authorization flow again.
/// </summary>
public sealed class ReauthorizationRequiredException : OAuthException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened and how to authorize again.</param>
    /// <param name="error">The OAuth <c>error</c> code, if any.</param>
    /// <param name="errorDescription">The OAuth <c>error_description</c>, if any.</param>
    /// <param name="statusCode">The token endpoint's HTTP status, if any.</param>
    public ReauthorizationRequiredException(string message, string? error = null, string? errorDescription = null, HttpStatusCode? statusCode = null)
        : base(message, error, errorDescription, statusCode)
    {
    }
}
