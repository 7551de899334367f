using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox;

/// <summary>Atlassian's error bodies: Confluence v2, Confluence v1 (and Data Center), Jira, and the gateway's own.</summary>
internal static class ErrorBodies
{
    /// <summary>Marks the sandbox's own texts, so that a message read in a test log is never taken for Atlassian's words.</summary>
    public const string Origin = "Scopewise sandbox: ";

    /// <summary>The product's error shape, the message marked as the sandbox's.</summary>
    /// <param name="family">The API, which decides the shape.</param>
    /// <param name="status">The status code.</param>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="authenticated">False for an anonymous caller: a v1 body then never claims <c>authorized: true</c>.</param>
    public static JsonObject For(ApiFamily family, int status, string message, bool authenticated = true)
    {
        var marked = message.StartsWith(Origin, StringComparison.Ordinal) ? message : Origin + message;
        return family switch
        {
            ApiFamily.ConfluenceV2 => ConfluenceV2(status, marked),
            ApiFamily.JiraV3 => Jira(marked),
            _ => ConfluenceV1(status, marked, authenticated),
        };
    }

    /// <summary><c>{"errors":[{"status":404,"code":"NOT_FOUND","title":"Not Found","detail":"..."}]}</c>.</summary>
    public static JsonObject ConfluenceV2(int status, string? detail)
    {
        var title = ReasonPhrases.GetReasonPhrase(status);
        return new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject
            {
                ["status"] = status,
                ["code"] = title.ToUpperInvariant().Replace(' ', '_'),
                ["title"] = title,
                ["detail"] = detail,
            }),
        };
    }

    /// <summary><c>{"statusCode":404,"data":{...},"message":"..."}</c>.</summary>
    public static JsonObject ConfluenceV1(int status, string message, bool authenticated = true) => new()
    {
        ["statusCode"] = status,
        ["data"] = new JsonObject
        {
            ["authorized"] = authenticated && status is not (401 or 403),
            ["valid"] = true,
            ["errors"] = new JsonArray(),
            ["successful"] = false,
        },
        ["message"] = message,
    };

    /// <summary><c>{"errorMessages":["..."],"errors":{}}</c>.</summary>
    public static JsonObject Jira(string message) => new()
    {
        ["errorMessages"] = new JsonArray(message),
        ["errors"] = new JsonObject(),
    };

    /// <summary>The gateway's own shape: <c>{"code":401,"message":"..."}</c>.</summary>
    public static JsonObject Gateway(int status, string message) => new() { ["code"] = status, ["message"] = message };

    /// <summary>Confluence Cloud's answer for a removed endpoint (seen through the gateway in 2026).</summary>
    public static JsonObject Gone() => new()
    {
        ["statusCode"] = 410,
        ["data"] = new JsonObject { ["authorized"] = true, ["valid"] = true, ["errors"] = new JsonArray(), ["successful"] = true },
        ["message"] = "com.atlassian.confluence.api.service.exceptions.pagesmodes.GoneException: This deprecated endpoint has been removed.",
    };

    /// <summary>Data Center's answer to a missing or wrong credential on a resource that needs one.</summary>
    public static JsonObject DataCenterUnauthenticated() => new()
    {
        ["message"] = "Client must be authenticated to access this resource.",
        ["status-code"] = 401,
    };
}
