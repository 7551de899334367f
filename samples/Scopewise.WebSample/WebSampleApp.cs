using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Scopewise.Confluence.V2;

namespace Scopewise.WebSample;

/// <summary>
/// The sample's endpoints: <c>/login</c> sends the browser to Atlassian's consent with a fresh <c>state</c> (kept in an
/// HttpOnly cookie), <c>/callback</c> checks the state, signs the user in by Atlassian account id (a cookie of ASP.NET
/// Core's cookie authentication), and <c>/</c> lists the spaces the signed-in user can see, with that user's tokens.
/// </summary>
public static class WebSampleApp
{
    private const string StateCookie = "scopewise-oauth-state";
    private const string AccountClaim = "atlassian_account_id";
    private static readonly string[] Scopes = ["read:space:confluence", "read:me", "offline_access"];

    /// <summary>Adds the sample's services to <paramref name="builder"/>, builds the app and maps its endpoints.</summary>
    /// <param name="builder">A web application builder (its address and logging are the caller's).</param>
    /// <param name="settings">The site, the OAuth app and the public address.</param>
    /// <param name="accountTokens">Where each user's tokens live; in memory when null (users sign in again after a restart).</param>
    public static WebApplication Build(WebApplicationBuilder builder, WebSampleSettings settings, IAccountTokenStore? accountTokens = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        var endpoints = settings.Endpoints ?? AtlassianEndpoints.Default;
        var accounts = new OAuthAccounts(new AtlassianOAuthApp(settings.ClientId, settings.ClientSecret, endpoints.AuthorizationServer), accountTokens ?? new InMemoryAccountTokenStore(), endpoints);
        var connections = new ConcurrentDictionary<string, ApiConnection>(StringComparer.Ordinal);
        builder.Services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.LoginPath = "/login";
            });
        var app = builder.Build();
        app.UseAuthentication();

        app.MapGet("/login", (HttpContext http) =>
        {
            var request = accounts.App.CreateAuthorizationRequest(Scopes, settings.Callback);
            http.Response.Cookies.Append(StateCookie, request.State, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax, // sent on Atlassian's redirect back to /callback, a top-level GET
                Secure = settings.Callback.Scheme == Uri.UriSchemeHttps,
                MaxAge = TimeSpan.FromMinutes(10),
            });
            return Results.Redirect(request.Url.AbsoluteUri);
        });

        app.MapGet("/callback", async (HttpContext http, string? code, string? state, string? error) =>
        {
            var expected = http.Request.Cookies[StateCookie];
            http.Response.Cookies.Delete(StateCookie);
            if (error is not null)
            {
                return Page(400, "Sign-in was not completed", $"Atlassian answered {error}. <a href=\"/login\">Try again</a>.");
            }

            if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(state) || expected is null
                || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(state), Encoding.UTF8.GetBytes(expected)))
            {
                // A callback this browser did not start (or a replayed one): never exchange its code.
                return Page(400, "Sign-in was not completed", "The sign-in response does not belong to this browser's sign-in. <a href=\"/login\">Sign in again</a>.");
            }

            var accountId = await accounts.CompleteSignInAsync(code, settings.Callback, cancellationToken: http.RequestAborted);
            var identity = new ClaimsIdentity([new Claim(AccountClaim, accountId)], CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(new ClaimsPrincipal(identity));
            return Results.Redirect("/");
        });

        app.MapGet("/", async (HttpContext http) =>
        {
            if (http.User.FindFirstValue(AccountClaim) is not { } accountId)
            {
                return Page(200, "Scopewise web sample", "<a href=\"/login\">Sign in with Atlassian</a> to see your Confluence spaces.");
            }

            var connection = connections.GetOrAdd(accountId, id => new ApiConnection(new ScopewiseOptions
            {
                Site = settings.Site,
                Deployment = settings.Deployment,
                Credential = accounts.GetCredential(id),
                Endpoints = endpoints,
            }));
            var list = new StringBuilder("<ul id=\"spaces\">");
            await foreach (var space in new ConfluenceV2Client(connection).Spaces.GetSpacesAllAsync(limit: 25, cancellationToken: http.RequestAborted))
            {
                list.Append("<li>").Append(HtmlEncoder.Default.Encode(space.Key ?? string.Empty)).Append(": ")
                    .Append(HtmlEncoder.Default.Encode(space.Name ?? string.Empty)).Append("</li>");
            }

            list.Append("</ul>");
            return Page(200, "Your Confluence spaces", $"<p id=\"account\">{HtmlEncoder.Default.Encode(accountId)}</p>{list}");
        });

        return app;
    }

    // Every text that came from outside is encoded by the caller; titles and markup here are the sample's own.
    private static IResult Page(int status, string title, string body)
        => Results.Content($"<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>", "text/html; charset=utf-8", Encoding.UTF8, status);
}
