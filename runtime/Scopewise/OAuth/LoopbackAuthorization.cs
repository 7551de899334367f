using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Scopewise;

/// <summary>
/// The OAuth 2.0 (3LO) flow for command-line tools: listens on a loopback port, opens the browser at the authorize URL
/// (and prints it), waits for the callback, checks <c>state</c>, exchanges the code and saves the tokens.
/// </summary>
public static class LoopbackAuthorization
{
    private const int MaxRequestBytes = 16 * 1024;

    /// <summary>
    /// Runs the flow for the scopes the application declares with <c>[assembly: GrantedScopes(...)]</c> and returns the
    /// tokens (also saved to <paramref name="tokenStore"/> when given).
    /// </summary>
    /// <param name="app">The OAuth app.</param>
    /// <param name="tokenStore">Where to save the tokens; null to only return them.</param>
    /// <param name="options">Port, browser and output settings.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="InvalidOperationException">The entry assembly declares no granted scopes.</exception>
    /// <exception cref="OAuthException">The user declined, <c>state</c> did not match, or the exchange failed.</exception>
    public static Task<OAuthTokens> AuthorizeAsync(AtlassianOAuthApp app, ITokenStore? tokenStore = null, LoopbackAuthorizationOptions? options = null, CancellationToken cancellationToken = default)
        => AuthorizeAsync(app, DeclaredScopes.OfEntryAssembly(), tokenStore, options, cancellationToken);

    /// <summary>Runs the flow and returns the tokens (also saved to <paramref name="tokenStore"/> when given).</summary>
    /// <param name="app">The OAuth app.</param>
    /// <param name="scopes">The scopes to ask for; include <c>offline_access</c> for a refresh token.</param>
    /// <param name="tokenStore">Where to save the tokens; null to only return them.</param>
    /// <param name="options">Port, browser and output settings.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="OAuthException">The user declined, <c>state</c> did not match, or the exchange failed.</exception>
    public static async Task<OAuthTokens> AuthorizeAsync(AtlassianOAuthApp app, IEnumerable<string> scopes, ITokenStore? tokenStore = null, LoopbackAuthorizationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(scopes);
        options ??= new LoopbackAuthorizationOptions();
        var path = options.CallbackPath.StartsWith('/') ? options.CallbackPath : "/" + options.CallbackPath;
        var output = options.Output ?? Console.Error;

        var listener = new TcpListener(IPAddress.Loopback, options.Port);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var redirectUri = new Uri($"http://{options.RedirectHost}:{port}{path}");
            var request = app.CreateAuthorizationRequest(scopes, redirectUri);
            await output.WriteLineAsync($"Open this URL in a browser to authorize {app.ClientId}:{Environment.NewLine}{request.Url}").ConfigureAwait(false);
            await (options.OpenBrowser ?? OpenSystemBrowserAsync)(request.Url, cancellationToken).ConfigureAwait(false);

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            string code;
            try
            {
                code = await WaitForCodeAsync(listener, path, request.State, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new OAuthException($"No answer reached {redirectUri} within {options.Timeout.TotalMinutes:0.#} minutes. Run the authorization again.", null, null, null);
            }

            var tokens = await app.ExchangeCodeAsync(code, redirectUri, options.HttpClient, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            if (tokenStore is not null)
            {
                await tokenStore.SaveAsync(tokens, cancellationToken).ConfigureAwait(false);
            }

            await output.WriteLineAsync("Authorized.").ConfigureAwait(false);
            return tokens;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static async Task<string> WaitForCodeAsync(TcpListener listener, string callbackPath, string expectedState, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var client = await listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            var stream = client.GetStream();
            var target = await ReadRequestTargetAsync(stream, cancellationToken).ConfigureAwait(false);
            if (target is null || !Uri.TryCreate(new Uri("http://localhost"), target, out var uri) || uri.AbsolutePath != callbackPath)
            {
                // Browsers also ask for /favicon.ico and the like; answer and keep waiting.
                await RespondAsync(stream, 404, "Not the Scopewise callback.", cancellationToken).ConfigureAwait(false);
                continue;
            }

            var query = ParseQuery(uri.Query);
            if (!query.TryGetValue("state", out var state) || !string.Equals(state, expectedState, StringComparison.Ordinal))
            {
                await RespondAsync(stream, 400, "The state did not match; this answer was not started by this program. Authorization stopped.", cancellationToken).ConfigureAwait(false);
                throw new OAuthException("The callback's state did not match the one sent (a possible cross-site request forgery); the code was not used. Run the authorization again.", "state_mismatch", null, null);
            }

            if (query.TryGetValue("error", out var error))
            {
                query.TryGetValue("error_description", out var description);
                await RespondAsync(stream, 400, "Authorization was not granted. You can close this window.", cancellationToken).ConfigureAwait(false);
                var what = error == "access_denied" ? "The user declined consent" : $"Atlassian answered {error}";
                throw new OAuthException($"{what}{(description is null ? string.Empty : $" ({description})")}. Run the authorization again and accept the consent screen.", error, description, null);
            }

            if (!query.TryGetValue("code", out var code) || string.IsNullOrEmpty(code))
            {
                await RespondAsync(stream, 400, "The callback carried no code.", cancellationToken).ConfigureAwait(false);
                throw new OAuthException("The callback carried neither a code nor an error. Run the authorization again.", null, null, null);
            }

            await RespondAsync(stream, 200, "Scopewise is authorized. You can close this window.", cancellationToken).ConfigureAwait(false);
            return code;
        }
    }

    private static async Task<string?> ReadRequestTargetAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxRequestBytes];
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
            if (buffer.AsSpan(0, total).IndexOf("\r\n\r\n"u8) >= 0)
            {
                break;
            }
        }

        var head = Encoding.ASCII.GetString(buffer, 0, total);
        var firstLine = head.Split("\r\n", 2)[0].Split(' ');
        return firstLine.Length >= 2 && firstLine[0] == "GET" ? firstLine[1] : null;
    }

    private static async Task RespondAsync(NetworkStream stream, int status, string text, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes($"<!doctype html><html><body><p>{WebUtility.HtmlEncode(text)}</p></body></html>");
        var reason = status switch { 200 => "OK", 400 => "Bad Request", _ => "Not Found" };
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(head, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var name = Uri.UnescapeDataString(parts[0].Replace('+', ' '));
            result[name] = parts.Length == 2 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : string.Empty;
        }

        return result;
    }

    private static Task OpenSystemBrowserAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true }
                : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open", url.AbsoluteUri)
                : new ProcessStartInfo("xdg-open", url.AbsoluteUri);
            start.RedirectStandardError = !OperatingSystem.IsWindows();
            start.RedirectStandardOutput = !OperatingSystem.IsWindows();
            using var process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No browser launcher (a server or container): the printed URL is the way.
        }

        return Task.CompletedTask;
    }
}
