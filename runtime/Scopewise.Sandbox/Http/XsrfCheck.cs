using Microsoft.AspNetCore.Http;

namespace Scopewise.Sandbox;

/// <summary>
/// Atlassian's guard on multipart uploads (Confluence and Jira attachments): the request must carry
/// <c>X-Atlassian-Token: no-check</c> (the older <c>nocheck</c> still passes, deprecated), or it is answered
/// <c>403 XSRF check failed</c> in plain text.
/// </summary>
internal static class XsrfCheck
{
    /// <summary>True after answering 403 because the header is missing or wrong.</summary>
    public static async Task<bool> RejectedAsync(RequestContext context)
    {
        var token = context.Http.Request.Headers["X-Atlassian-Token"].ToString();
        if (string.Equals(token, "no-check", StringComparison.OrdinalIgnoreCase) || string.Equals(token, "nocheck", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        context.Http.Response.StatusCode = 403;
        context.Http.Response.ContentType = "text/plain;charset=UTF-8";
        await context.Http.Response.WriteAsync("XSRF check failed", context.Http.RequestAborted).ConfigureAwait(false);
        return true;
    }
}
