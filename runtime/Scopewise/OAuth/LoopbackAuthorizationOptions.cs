namespace Scopewise;

/// <summary>Settings of <see cref="LoopbackAuthorization"/>.</summary>
public sealed class LoopbackAuthorizationOptions
{
    /// <summary>The port to listen on; it must match the callback URL registered for the app. 0 picks a free port (tests).</summary>
    public int Port { get; set; } = 13131;

    /// <summary>The callback path registered for the app.</summary>
    public string CallbackPath { get; set; } = "/callback";

    /// <summary>The host name in the redirect URI (<c>localhost</c> or <c>127.0.0.1</c>, as registered). The listener binds 127.0.0.1.</summary>
    public string RedirectHost { get; set; } = "localhost";

    /// <summary>
    /// Opens the authorize URL. When null the system browser is started (and the URL is printed in any case, so that a
    /// user on a machine without a browser can open it elsewhere).
    /// </summary>
    public Func<Uri, CancellationToken, Task>? OpenBrowser { get; set; }

    /// <summary>Where the URL and progress are printed; standard error when null.</summary>
    public TextWriter? Output { get; set; }

    /// <summary>How long to wait for the user to finish in the browser.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Lends its <see cref="System.Net.Http.HttpClient.Timeout"/> to the code exchange (100 seconds when null). The
    /// exchange itself goes through the app's own handler, which never follows redirects; see <see cref="AtlassianOAuthApp"/>.
    /// </summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>The clock for the token expiry; the system clock when null.</summary>
    public TimeProvider? TimeProvider { get; set; }
}
