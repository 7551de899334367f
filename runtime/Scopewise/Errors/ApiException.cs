using System.Net;

namespace Scopewise;

/// <summary>An Atlassian API answered with an error status. Carries the status, Atlassian's messages and the request id.</summary>
public class ApiException : ScopewiseException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="operation">The operation that failed.</param>
    /// <param name="errorMessages">Atlassian's error messages, parsed from the body.</param>
    /// <param name="requestId">The <c>X-Request-Id</c> or <c>ATL-TraceId</c> of the response.</param>
    public ApiException(string message, HttpStatusCode statusCode, ApiOperationInfo? operation, IReadOnlyList<string> errorMessages, string? requestId)
        : base(message)
    {
        StatusCode = statusCode;
        Operation = operation;
        ErrorMessages = errorMessages;
        RequestId = requestId;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The operation that failed.</summary>
    public ApiOperationInfo? Operation { get; }

    /// <summary>Atlassian's error messages from the body (Confluence v1, v2 and Jira shapes).</summary>
    public IReadOnlyList<string> ErrorMessages { get; }

    /// <summary>The request id Atlassian gave the call; quote it to Atlassian support.</summary>
    public string? RequestId { get; }
}
