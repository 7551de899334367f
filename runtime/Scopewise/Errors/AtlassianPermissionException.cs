using System.Net;

namespace Scopewise;

/// <summary>Atlassian answered 403: the account lacks a space or global permission, or a Data Center XSRF check failed.</summary>
public sealed class AtlassianPermissionException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="isXsrfCheckFailure">Whether the server said <c>XSRF check failed</c>.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="errorMessages">Atlassian's messages.</param>
    /// <param name="requestId">The request id.</param>
    public AtlassianPermissionException(string message, bool isXsrfCheckFailure, ApiOperationInfo? operation, IReadOnlyList<string> errorMessages, string? requestId)
        : base(message, HttpStatusCode.Forbidden, operation, errorMessages, requestId)
    {
        IsXsrfCheckFailure = isXsrfCheckFailure;
    }

    /// <summary>Whether the server said <c>XSRF check failed</c> (send <c>X-Atlassian-Token: no-check</c>).</summary>
    public bool IsXsrfCheckFailure { get; }

    /// <summary>What the operation needs, what the credential is known to hold, what is missing, the route and the auth scheme; null when not known.</summary>
    public RefusalDetails? Refusal { get; internal init; }
}
