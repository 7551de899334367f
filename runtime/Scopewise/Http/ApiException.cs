using System.Net;
using System.Text.Json;

namespace Scopewise;

/// <summary>An Atlassian API answered with an error status. Carries the status, Atlassian's messages and the request id.</summary>
public class ApiException : Exception
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

/// <summary>Reads Atlassian's three error body shapes.</summary>
internal static class AtlassianErrorBody
{
    public static IReadOnlyList<string> Parse(string body)
    {
        var messages = new List<string>();
        if (string.IsNullOrWhiteSpace(body))
        {
            return messages;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return messages;
            }

            // Confluence v2: {"errors":[{"status":404,"code":"NOT_FOUND","title":"Not Found","detail":null}]}
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in errors.EnumerateArray())
                {
                    var title = Text(error, "title");
                    var detail = Text(error, "detail");
                    var combined = title is not null && detail is not null ? $"{title}: {detail}" : title ?? detail ?? Text(error, "code");
                    if (combined is not null)
                    {
                        messages.Add(combined);
                    }
                }
            }

            // Jira: {"errorMessages":["..."],"errors":{"field":"..."}}
            if (root.TryGetProperty("errorMessages", out var errorMessages) && errorMessages.ValueKind == JsonValueKind.Array)
            {
                messages.AddRange(errorMessages.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
            }

            if (errors.ValueKind == JsonValueKind.Object)
            {
                messages.AddRange(errors.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => $"{p.Name}: {p.Value.GetString()}"));
            }

            // Confluence v1: {"statusCode":404,"data":{...},"message":"..."}; also the gateway's {"code":401,"message":"..."}
            if (messages.Count == 0 && Text(root, "message") is { } message)
            {
                messages.Add(message);
            }
        }
        catch (JsonException)
        {
            // Not JSON (an HTML 429 page, for example): no structured messages.
        }

        return messages;
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
