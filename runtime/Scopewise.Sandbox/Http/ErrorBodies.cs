using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox;

/// <summary>Atlassian's error bodies: Confluence v2, Confluence v1 (and Data Center), Jira, and the gateway's own.</summary>
internal static class ErrorBodies
{
    public static JsonObject For(ApiFamily family, int status, string message) => family switch
    {
        ApiFamily.ConfluenceV2 => ConfluenceV2(status, message),
        ApiFamily.JiraV3 => Jira(message),
        _ => ConfluenceV1(status, message),
    };

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
    public static JsonObject ConfluenceV1(int status, string message) => new()
    {
        ["statusCode"] = status,
        ["data"] = new JsonObject
        {
            ["authorized"] = status is not (401 or 403),
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
