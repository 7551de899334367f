using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Scopewise.Sandbox;

/// <summary>
/// A local stand-in for Atlassian on 127.0.0.1: one port serves the Cloud site, the api.atlassian.com gateway and the
/// auth.atlassian.com OAuth server (or a Confluence Data Center instance). Start one per test, issue credentials,
/// seed data, point the code under test at <see cref="BaseAddress"/> (and <see cref="GatewayBaseAddress"/> /
/// <see cref="AuthorizationServerAddress"/>), and read <see cref="Requests"/> afterwards.
/// </summary>
/// <remarks>It is a test double, not Atlassian: passing tests here are no proof of behaviour against the real service.</remarks>
public sealed partial class AtlassianSandbox : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IdentityRegistry _identities = new();
    private readonly OAuthAuthority _oauth;
    private readonly object _logGate = new();
    private readonly Queue<SandboxRequest> _requests = new();

    private AtlassianSandbox(SandboxOptions options, WebApplication app)
    {
        Options = options;
        Clock = (SandboxClock)options.TimeProvider;
        _app = app;
        CloudId = options.CloudId ?? Guid.NewGuid().ToString("D");
        Store = new SandboxStore(options.TimeProvider);
        _oauth = new OAuthAuthority(options);
        Faults = new FaultSwitches();
        Contract = new Contract.ContractChecker(options.FailOnContractViolation);
        if (options.SeedJiraIssues)
        {
            Store.AddIssue("DEMO", "Set up the sandbox", "Task", "Done");
            Store.AddIssue("DEMO", "Page through search results", "Story", "In Progress");
            Store.AddIssue("DEMO", "Handle 429 with Retry-After", "Bug", "To Do");
        }

        RateLimiter = options.RateLimits is { } limits ? new RateLimiter(limits, Clock) : null;
        DemoUser = options.SeedDemoData ? DemoData.Apply(this) : null;
    }

    /// <summary>
    /// The options the sandbox runs with: a copy of those passed to <see cref="StartAsync"/>, whose
    /// <see cref="SandboxOptions.TimeProvider"/> is <see cref="Clock"/>. The uncertain behaviours on it (for example
    /// <see cref="SandboxOptions.ConfluenceV1AcceptsGranularScopesAlone"/>) may be switched while it runs.
    /// </summary>
    public SandboxOptions Options { get; }

    /// <summary>The sandbox's clock: the configured time provider plus whatever <see cref="SandboxClock.Advance"/> added.</summary>
    public SandboxClock Clock { get; }

    /// <summary>The user <see cref="SandboxOptions.SeedDemoData"/> created (demo@example.com), or null when nothing was seeded.</summary>
    public SandboxUser? DemoUser { get; }

    /// <summary>
    /// The site: <c>http://127.0.0.1:PORT</c> on Cloud (serving <c>/wiki/...</c> and <c>/rest/api/3/...</c>), or
    /// <c>http://127.0.0.1:PORT/context</c> on Data Center.
    /// </summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Stands in for <c>https://api.atlassian.com</c> (Cloud only): the gateway and accessible-resources.</summary>
    public Uri GatewayBaseAddress { get; private set; } = null!;

    /// <summary>Stands in for <c>https://auth.atlassian.com</c> (Cloud only): <c>/authorize</c> and <c>/oauth/token</c>.</summary>
    public Uri AuthorizationServerAddress { get; private set; } = null!;

    /// <summary>The Confluence gateway root: <c>{gateway}/ex/confluence/{cloudId}</c>.</summary>
    public Uri ConfluenceGatewayAddress => new(GatewayBaseAddress, $"ex/confluence/{CloudId}");

    /// <summary>The Jira gateway root: <c>{gateway}/ex/jira/{cloudId}</c>.</summary>
    public Uri JiraGatewayAddress => new(GatewayBaseAddress, $"ex/jira/{CloudId}");

    /// <summary>The site's cloud id, as <c>/_edge/tenant_info</c> reports it.</summary>
    public string CloudId { get; }

    /// <summary>The in-memory Confluence and Jira data; seed it here.</summary>
    public SandboxStore Store { get; }

    /// <summary>Every user created so far.</summary>
    public IReadOnlyList<SandboxUser> Users => _identities.Users.ToArray();

    /// <summary>The user who "logs in and consents" at <c>/authorize</c>; the first user created when null.</summary>
    public SandboxUser? AuthorizingUser { get; set; }

    /// <summary>When true, <c>/authorize</c> redirects back with <c>error=access_denied</c>, as when a user declines consent.</summary>
    public bool DeclineConsent { get; set; }

    /// <summary>The requests received so far, oldest first (a snapshot).</summary>
    public IReadOnlyList<SandboxRequest> Requests
    {
        get { lock (_logGate) { return _requests.ToArray(); } }
    }

    /// <summary>
    /// The answers that did not conform to the bundled specs' response schemas, one line each (operation, status and
    /// the schema rules broken). Filled only with <see cref="SandboxOptions.FailOnContractViolation"/>.
    /// </summary>
    public IReadOnlyList<string> ContractViolations => Contract.Violations;

    internal FaultSwitches Faults { get; }

    internal Contract.ContractChecker Contract { get; }

    internal SandboxUser? FindUserByAccountId(string accountId) => _identities.FindByAccountId(accountId);

    /// <summary>Atlassian's rate limiters when <see cref="SandboxOptions.RateLimits"/> is set; null otherwise.</summary>
    internal RateLimiter? RateLimiter { get; }

    internal OAuthAuthority OAuth => _oauth;

    internal string SiteBaseForHandlers => BaseAddress.AbsoluteUri.TrimEnd('/');

    /// <summary>Starts a sandbox on 127.0.0.1 (a free port unless <see cref="SandboxOptions.Port"/> says otherwise).</summary>
    /// <param name="options">How it behaves; defaults to Cloud with Atlassian's timings.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<AtlassianSandbox> StartAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SandboxOptions();
        Validate(options);
        options = options.WithClock(new SandboxClock(options.TimeProvider));
        // The empty builder reads no appsettings, environment or command line and watches no files: a test suite
        // starts hundreds of sandboxes, and each must behave the same wherever it runs.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.Use(KestrelRejectionTraceId.Middleware));
            kestrel.AddServerHeader = false;

            // The sandbox enforces SandboxOptions.MaxRequestBodyBytes itself, so that a large body gets Atlassian's 413
            // with the trace id rather than Kestrel's exception inside a handler.
            kestrel.Limits.MaxRequestBodySize = null;
        });
        var app = builder.Build();
        var sandbox = new AtlassianSandbox(options, app);
        var authenticator = new Authenticator(sandbox._identities, sandbox._oauth, options);
        var pipeline = new SandboxPipeline(sandbox, options, authenticator, new OAuthEndpoints(sandbox, sandbox._oauth));
        app.Run(pipeline.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        var address = addresses.Addresses.First();
        var root = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        sandbox.GatewayBaseAddress = root;
        sandbox.AuthorizationServerAddress = root;
        sandbox.BaseAddress = options.Deployment == SandboxDeployment.DataCenter && options.ContextPath.Length > 0
            ? new Uri(root, options.ContextPath.Trim('/'))
            : new Uri(root.AbsoluteUri.TrimEnd('/'));
        return sandbox;
    }

    /// <summary>Creates a user.</summary>
    /// <param name="displayName">The display name, for example "Ada Lovelace".</param>
    /// <param name="email">The e-mail (Basic auth user with API tokens); derived from the name when null.</param>
    /// <param name="password">A password for Data Center Basic auth; Cloud refuses passwords like Atlassian does.</param>
    /// <param name="userName">The Data Center user name; derived from the name when null.</param>
    public SandboxUser CreateUser(string displayName, string? email = null, string? password = null, string? userName = null)
        => _identities.CreateUser(displayName, email, userName, password);

    /// <summary>Issues a classic (unscoped) API token: Basic email:token, accepted on the site routes only.</summary>
    /// <param name="user">The token's owner.</param>
    public SandboxApiToken IssueApiToken(SandboxUser user)
    {
        RequireDeployment(SandboxDeployment.Cloud, "API tokens", "IssuePersonalAccessToken or a password");
        return _identities.IssueApiToken(user, null);
    }

    /// <summary>Issues a scoped API token: Basic email:token, accepted on the gateway only, for operations its scopes allow.</summary>
    /// <param name="user">The token's owner.</param>
    /// <param name="scopes">The scopes, for example <c>read:page:confluence</c>.</param>
    public SandboxApiToken IssueScopedApiToken(SandboxUser user, IEnumerable<string> scopes)
    {
        RequireDeployment(SandboxDeployment.Cloud, "Scoped API tokens", "IssuePersonalAccessToken or a password");
        return _identities.IssueApiToken(user, scopes ?? throw new ArgumentNullException(nameof(scopes), "Pass the token's scopes (an empty list makes a token that satisfies no scoped operation)."));
    }

    /// <summary>Revokes an API token; later requests with it get 401.</summary>
    /// <param name="token">The token.</param>
    public bool RevokeApiToken(SandboxApiToken token) => _identities.RevokeApiToken(token ?? throw new ArgumentNullException(nameof(token)));

    /// <summary>Issues a Data Center personal access token (Bearer).</summary>
    /// <param name="user">The token's owner.</param>
    public SandboxPersonalAccessToken IssuePersonalAccessToken(SandboxUser user)
    {
        RequireDeployment(SandboxDeployment.DataCenter, "Personal access tokens", "IssueApiToken, IssueScopedApiToken or IssueOAuthTokens");
        return _identities.IssuePersonalAccessToken(user);
    }

    /// <summary>Registers an OAuth 2.0 (3LO) app.</summary>
    /// <param name="name">The app's name.</param>
    /// <param name="redirectUris">Accepted callback URLs (exact match); none accepts any.</param>
    public SandboxOAuthClient RegisterOAuthClient(string name = "Sandbox app", IEnumerable<string>? redirectUris = null)
        => _oauth.RegisterClient(name, redirectUris);

    /// <summary>Issues an OAuth 2.0 token pair as if <paramref name="user"/> had consented (a refresh token only with <c>offline_access</c>).</summary>
    /// <param name="user">The consenting user.</param>
    /// <param name="client">The app.</param>
    /// <param name="scopes">The granted scopes.</param>
    /// <param name="lifetime">The access token's lifetime; <see cref="SandboxOptions.AccessTokenLifetime"/> when null.</param>
    public SandboxOAuthTokens IssueOAuthTokens(SandboxUser user, SandboxOAuthClient client, IEnumerable<string> scopes, TimeSpan? lifetime = null)
    {
        RequireDeployment(SandboxDeployment.Cloud, "OAuth 2.0 (3LO) tokens", "IssuePersonalAccessToken or a password");
        _identities.EnsureKnown(user);
        _oauth.EnsureKnown(client);
        ArgumentNullException.ThrowIfNull(scopes);
        return _oauth.Issue(user, client, scopes, lifetime);
    }

    /// <summary>Lets the next <paramref name="allowedRequests"/> API requests through, then answers every later one 429 until <see cref="ClearFaults"/>.</summary>
    /// <param name="allowedRequests">How many requests still succeed.</param>
    /// <param name="retryAfter">The Retry-After to send; 1 s when null.</param>
    /// <param name="omitRetryAfter">True to send no Retry-After header at all (Atlassian does not always).</param>
    /// <param name="reason">The limiter named in <c>RateLimit-Reason</c> (for example <c>jira-burst-based</c>); the product's tenant quota when null.</param>
    public void RateLimitAfter(int allowedRequests, TimeSpan? retryAfter = null, bool omitRetryAfter = false, string? reason = null)
        => Faults.RateLimitAfter(allowedRequests, omitRetryAfter ? null : retryAfter ?? DefaultRetryAfter, reason);

    /// <summary>Answers the next <paramref name="count"/> API requests 429 with Retry-After and X-RateLimit-* headers.</summary>
    /// <param name="count">How many requests get 429.</param>
    /// <param name="retryAfter">The Retry-After to send; 1 s when null.</param>
    /// <param name="omitRetryAfter">True to send no Retry-After header at all.</param>
    /// <param name="reason">The limiter named in <c>RateLimit-Reason</c> (for example <c>jira-per-issue-on-write</c>); the product's tenant quota when null.</param>
    public void RateLimitNext(int count, TimeSpan? retryAfter = null, bool omitRetryAfter = false, string? reason = null)
        => Faults.RateLimitNext(count, omitRetryAfter ? null : retryAfter ?? DefaultRetryAfter, reason);

    /// <summary>Answers the next <paramref name="count"/> API requests 503, with Retry-After when given.</summary>
    /// <param name="count">How many requests get 503.</param>
    /// <param name="retryAfter">The Retry-After to send; none when null.</param>
    public void ServiceUnavailableNext(int count, TimeSpan? retryAfter = null) => Faults.ServiceUnavailableNext(count, retryAfter);

    /// <summary>Answers requests for exactly <paramref name="path"/> (as received, without query) with a redirect to <paramref name="location"/>.</summary>
    /// <param name="path">The path, for example <c>/wiki/api/v2/pages</c> or <c>/ex/confluence/{cloudId}/wiki/api/v2/pages</c>.</param>
    /// <param name="location">The absolute URL to redirect to (another host, to test that credentials do not follow).</param>
    /// <param name="statusCode">301, 302, 307 or 308.</param>
    /// <param name="method">The method to redirect, or <c>*</c> for all.</param>
    public void Redirect(string path, Uri location, int statusCode = 302, string method = "*")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(location);
        if (!location.IsAbsoluteUri)
        {
            throw new ArgumentException($"The redirect location must be an absolute URL; got '{location}'.", nameof(location));
        }

        if (statusCode is not (301 or 302 or 303 or 307 or 308))
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "Use a redirect status: 301, 302, 303, 307 or 308.");
        }

        Faults.AddRedirect(method, path, location, statusCode);
    }

    /// <summary>
    /// The next <paramref name="count"/> refreshes at <c>/oauth/token</c> answer without a <c>refresh_token</c>, as
    /// Atlassian occasionally does; the refresh token used stays valid, so a client that keeps it keeps access.
    /// </summary>
    /// <param name="count">How many refresh responses omit the refresh token.</param>
    public void OmitRefreshTokenNext(int count) => _oauth.OmitRefreshTokenNext(count);

    /// <summary>Every OAuth 2.0 grant the sandbox issued, oldest first, with how often each was refreshed.</summary>
    public IReadOnlyList<SandboxGrantReport> OAuthGrants => _oauth.Grants();

    /// <summary>Whether a refresh token was issued here, whether it is spent, and whether a refresh with it would succeed now.</summary>
    /// <param name="refreshToken">The refresh token.</param>
    public SandboxRefreshTokenState DescribeRefreshToken(string refreshToken)
        => _oauth.DescribeRefreshToken(refreshToken ?? throw new ArgumentNullException(nameof(refreshToken)));

    /// <summary>Switches off rate limiting, 503s and redirects.</summary>
    public void ClearFaults() => Faults.Clear();

    /// <summary>Forgets the requests received so far.</summary>
    public void ClearRequests()
    {
        lock (_logGate)
        {
            _requests.Clear();
        }
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    internal SandboxRequest Record(HttpContext http, string requestId)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in http.Request.Headers)
        {
            headers[header.Key] = header.Value.ToString();
        }

        var record = new SandboxRequest(http.Request.Method, http.Request.Host.Value ?? string.Empty, http.Request.PathBase + http.Request.Path, http.Request.QueryString.Value ?? string.Empty, headers, requestId, Options.TimeProvider.GetUtcNow());
        lock (_logGate)
        {
            _requests.Enqueue(record);
            while (_requests.Count > Math.Max(1, Options.MaxRecordedRequests))
            {
                _requests.Dequeue();
            }
        }

        return record;
    }

    private void RequireDeployment(SandboxDeployment deployment, string what, string instead)
    {
        if (Options.Deployment != deployment)
        {
            throw new InvalidOperationException($"{what} exist on {deployment} only, and this sandbox plays {Options.Deployment}; use {instead}, or start the sandbox with SandboxOptions.Deployment = {deployment}.");
        }
    }

    private static void Validate(SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options.TimeProvider));
        if (options.ContextPath.Length > 0 && (options.ContextPath[0] != '/' || options.ContextPath.EndsWith('/')))
        {
            throw new ArgumentException($"SandboxOptions.ContextPath must start with '/' and not end with one, for example \"/confluence\"; got '{options.ContextPath}'.", nameof(options));
        }

        if (options.ContextPath.Length > 0 && options.Deployment != SandboxDeployment.DataCenter)
        {
            throw new ArgumentException("SandboxOptions.ContextPath applies to Data Center only; Cloud sites have no context path.", nameof(options));
        }

        if (options.RefreshTokenReuseInterval < TimeSpan.Zero || options.AccessTokenLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentException("Token lifetimes must be positive and the reuse interval not negative.", nameof(options));
        }

        if (options.RateLimits is { } limits)
        {
            if (options.Deployment != SandboxDeployment.Cloud)
            {
                throw new ArgumentException("SandboxOptions.RateLimits models Atlassian Cloud's limiters; a Data Center sandbox has none. Leave RateLimits null.", nameof(options));
            }

            limits.Validate();
        }

        if (options.MaxRequestBodyBytes <= 0)
        {
            throw new ArgumentException($"SandboxOptions.MaxRequestBodyBytes must be positive; got {options.MaxRequestBodyBytes}.", nameof(options));
        }

        if (options.AdminKey is { Length: < 16 })
        {
            throw new ArgumentException("SandboxOptions.AdminKey must be at least 16 characters (it guards the control endpoint); leave it null to switch the endpoint off.", nameof(options));
        }
    }
}
