using System.Globalization;
using System.Net;

namespace Scopewise;

/// <summary>
/// Atlassian answered 410: it removed this endpoint. When the spec announced the removal (<c>x-changes</c>),
/// <see cref="Change"/> names it and the message gives its id, date and changelog link.
/// </summary>
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

    /// <summary>The announced removal (changelog id, effective date, link), when the spec's <c>x-changes</c> gives it.</summary>
    public ApiChange? Change => Operation?.Removal;

    /// <summary>What to tell the caller about a 410 for <paramref name="operation"/>: the announced change and the replacement, as far as known.</summary>
    internal static string Advice(ApiOperationInfo operation)
    {
        var change = operation.Removal is { } removal
            ? $" Atlassian removed this endpoint in {removal.Id ?? "an announced change"}, effective {removal.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(removal.Details is null ? string.Empty : " (" + removal.Details + ")")};"
            : " Atlassian has removed this endpoint;";
        return operation.ReplacedBy is { } replacement
            ? $"{change} use {replacement} instead."
            : $"{change} use its replacement in the Confluence v2 or Jira v3 API.";
    }
}
