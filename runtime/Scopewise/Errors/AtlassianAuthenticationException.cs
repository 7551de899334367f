using System.Net;

namespace Scopewise;

/// <summary>Atlassian answered 401: the credential was refused, or it lacks a scope. The message names the scheme and host used.</summary>
public sealed class AtlassianAuthenticationException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="failure">Why the call was refused.</param>
    /// <param name="scheme">The authentication scheme sent (<c>Basic</c>, <c>Bearer</c>), or null when anonymous.</param>
    /// <param name="host">The host the call went to.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="errorMessages">Atlassian's messages.</param>
    /// <param name="requestId">The request id.</param>
    public AtlassianAuthenticationException(string message, AuthenticationFailure failure, string? scheme, string host, ApiOperationInfo? operation, IReadOnlyList<string> errorMessages, string? requestId)
        : base(message, HttpStatusCode.Unauthorized, operation, errorMessages, requestId)
    {
        Failure = failure;
        Scheme = scheme;
        Host = host;
    }

    /// <summary>Why the call was refused.</summary>
    public AuthenticationFailure Failure { get; }

    /// <summary>What the operation needs, what the credential is known to hold, what is missing, the route and the auth scheme; null when not known.</summary>
    public RefusalDetails? Refusal { get; internal init; }

    /// <summary>The authentication scheme sent, or null when anonymous.</summary>
    public string? Scheme { get; }

    /// <summary>The host the call went to.</summary>
    public string Host { get; }
}
