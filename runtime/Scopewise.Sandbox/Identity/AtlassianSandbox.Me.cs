using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Scopewise.Sandbox;

/// <summary>The identity endpoint of api.atlassian.com, <c>GET /me</c>: whose a 3LO access token is (needs <c>read:me</c>).</summary>
public sealed partial class AtlassianSandbox
{
    private const string ReadMe = "read:me";

    internal async Task MeAsync(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var principal = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? _oauth.CheckAccessToken(header["Bearer ".Length..].Trim()).Principal
            : null;
        if (principal?.User is not { } user)
        {
            await SandboxPipeline.WriteJsonAsync(http, 401, ErrorBodies.Gateway(401, "Unauthorized")).ConfigureAwait(false);
            return;
        }

        if (principal.Scopes is { } scopes && !scopes.Contains(ReadMe))
        {
            http.Response.Headers["X-Failure-Category"] = "FAILURE_CLIENT_SCOPE_CHECK";
            await SandboxPipeline.WriteJsonAsync(http, 401, ErrorBodies.Gateway(401, "Unauthorized; scope does not match")).ConfigureAwait(false);
            return;
        }

        await SandboxPipeline.WriteJsonAsync(http, 200, new JsonObject
        {
            ["account_id"] = user.AccountId,
            ["email"] = user.Email,
            ["name"] = user.DisplayName,
            ["nickname"] = user.DisplayName,
            ["account_type"] = "atlassian",
            ["account_status"] = "active",
        }).ConfigureAwait(false);
    }
}
