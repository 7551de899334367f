using System.Net;

namespace Scopewise;

/// <summary>Atlassian's OAuth token endpoint refused a request (code exchange or refresh).</summary>
public class OAuthException : ScopewiseException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="error">The OAuth <c>error</c> code (<c>invalid_grant</c>), if any.</param>
    /// <param name="errorDescription">The OAuth <c>error_description</c>, if any.</param>
    /// <param name="statusCode">The HTTP status of the token endpoint's answer, if any.</param>
    public OAuthException(string message, string? error, string? errorDescription, HttpStatusCode? statusCode)
        : base(message)
    {
        Error = error;
        ErrorDescription = errorDescription;
        StatusCode = statusCode;
    }

    /// <summary>The OAuth <c>error</c> code.</summary>
    public string? Error { get; }

    /// <summary>The OAuth <c>error_description</c>.</summary>
    public string? ErrorDescription { get; }

    /// <summary>The token endpoint's HTTP status.</summary>
    public HttpStatusCode? StatusCode { get; }
}
