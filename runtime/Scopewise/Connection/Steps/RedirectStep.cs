using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace Scopewise;

/// <summary>
/// The last step: builds the HTTP message, sends it through the HTTP client and follows redirects itself. The
/// credential goes only over https (or to loopback) and only to the origin the connection was configured for; an
/// https to http redirect is refused.
/// </summary>
internal sealed class RedirectStep(CredentialContext context, int maxRedirects) : RequestStep
{
    private ILogger Logger => context.Diagnostics.Logger;

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<HttpResponseMessage> SendAsync(CallState call)
    {
        var request = call.Request;
        var route = call.Route;
        var current = call.Uri;
        var method = request.Method;
        var withBody = request.ContentFactory is not null;
        var header = call.Header;
        for (var hop = 0; ; hop++)
        {
            // Request messages are not disposed: that would dispose a caller's repeatable content before a retry.
            var message = new HttpRequestMessage(method, current);
            AddHeaders(request, message);
            if (withBody)
            {
                message.Content = request.ContentFactory!();
                AddXsrfOptOut(message);
            }

            if (header is not null)
            {
                TransportGuard.RequireSecureForSecrets(current, "the API host");
                message.Headers.TryAddWithoutValidation("Authorization", header.Text);
            }

            var response = await context.HttpClient().SendAsync(message, HttpCompletionOption.ResponseHeadersRead, call.CancellationToken).ConfigureAwait(false);
            if (!ResponseHeaders.IsRedirect(response.StatusCode) || response.Headers.Location is null)
            {
                return response;
            }

            var target = new Uri(current, response.Headers.Location);
            response.Dispose();
            if (hop >= maxRedirects)
            {
                throw new ScopewiseException($"{request.Operation} was redirected more than {maxRedirects} times; stopped at {target.GetLeftPart(UriPartial.Path)}.");
            }

            if (current.Scheme == Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttps)
            {
                throw new InsecureTransportException($"{request.Operation} was redirected from https to {target.GetLeftPart(UriPartial.Authority)}; the redirect was not followed.");
            }

            // Credentials stay with the origin the connection was configured for; another host gets the request without them.
            if (!UriPaths.SameOrigin(target, route.BaseAddress))
            {
                header = null;
            }

            if (response.StatusCode == HttpStatusCode.SeeOther
                || (response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found && method == HttpMethod.Post))
            {
                method = HttpMethod.Get;
                withBody = false;
            }

            if (withBody && !request.IsContentRepeatable)
            {
                throw new ScopewiseException($"{request.Operation} was redirected to {target.GetLeftPart(UriPartial.Path)}, but its body is a one-time stream and cannot be sent again. Make the content repeatable.");
            }

            ScopewiseLog.RedirectFollowed(Logger, request.Method.Method, request.Operation.PathTemplate, target.Host, header is not null);
            current = target;
        }
    }

    private static void AddHeaders(ApiRequest request, HttpRequestMessage message)
    {
        var callerAccepts = false;
        if (request.HeaderList is { } extraHeaders)
        {
            foreach (var header in extraHeaders)
            {
                if (!string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase))
                {
                    message.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    callerAccepts |= string.Equals(header.Key, "Accept", StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        // Unparsed headers are written as they are; typed ones would be parsed here and formatted again on send.
        if (!callerAccepts)
        {
            message.Headers.TryAddWithoutValidation("Accept", "application/json");
        }
    }

    /// <summary>
    /// Atlassian refuses multipart uploads (attachments) with <c>403 XSRF check failed</c> unless they carry
    /// <c>X-Atlassian-Token: no-check</c>; specs only mention it in prose, so the runtime adds it when the caller did not.
    /// The check guards browser sessions, not API credentials, so opting out costs nothing.
    /// </summary>
    private static void AddXsrfOptOut(HttpRequestMessage message)
    {
        if (message.Content?.Headers.ContentType?.MediaType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true
            && !message.Headers.Contains("X-Atlassian-Token"))
        {
            message.Headers.TryAddWithoutValidation("X-Atlassian-Token", "no-check");
        }
    }
}
