using System.Net;

namespace Scopewise;

/// <summary>Atlassian answered 410: it removed this (usually deprecated v1) endpoint.</summary>
public sealed class EndpointRemovedException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="replacement">The operation that replaces it, when the spec names one.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="errorMessages">Atlassian's messages.</param>
    /// <param name="requestId">The request id.</param>
    public EndpointRemovedException(string message, string? replacement, ApiOperationInfo? operation, IReadOnlyList<string> errorMessages, string? requestId)
        : base(message, HttpStatusCode.Gone, operation, errorMessages, requestId)
    {
        Replacement = replacement;
    }

    /// <summary>The replacement operation, when known.</summary>
    public string? Replacement { get; }
}
