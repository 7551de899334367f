// A local Atlassian stand-in for demos and manual testing. It prints the credentials it issues: they are the
// sandbox's own throw-away secrets, valid only against this process, never real Atlassian credentials.
using System.Runtime.InteropServices;
using Scopewise.Sandbox;
using Scopewise.Sandbox.Host;

HostArguments arguments;
try
{
    arguments = HostArguments.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

var options = new SandboxOptions
{
    Port = arguments.Port,
    Deployment = arguments.DataCenter ? SandboxDeployment.DataCenter : SandboxDeployment.Cloud,
    ContextPath = arguments.ContextPath,
    SeedDemoData = true,
    RateLimits = arguments.RateLimits,

    // A fresh key per run: whoever can read this process's output may steer it; nobody else on the machine can.
    AdminKey = arguments.Control ? arguments.AdminKey ?? Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant() : null,
};
arguments.Configure(options);
AtlassianSandbox sandbox;
try
{
    sandbox = await AtlassianSandbox.StartAsync(options);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

await using var started = sandbox;
var user = sandbox.DemoUser!;
sandbox.DeclineConsent = arguments.DeclineConsent;
if (arguments.RateLimitAfter is { } allowed)
{
    sandbox.RateLimitAfter(allowed, arguments.RetryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null);
}

if (arguments.ServiceUnavailableNext is { } unavailable)
{
    sandbox.ServiceUnavailableNext(unavailable, arguments.RetryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null);
}

Console.WriteLine("Scopewise sandbox: a local stand-in for Atlassian. Passing here is no proof of behaviour against Atlassian.");
Console.WriteLine($"  site:            {sandbox.BaseAddress}");
if (arguments.DataCenter)
{
    var pat = sandbox.IssuePersonalAccessToken(user);
    Console.WriteLine($"  user:            {user.UserName} / password {DemoData.UserPassword}");
    Console.WriteLine($"  PAT (Bearer):    {pat.Token}");
    Console.WriteLine($"  try:             curl -H 'Authorization: {pat.BearerAuthorization}' {sandbox.BaseAddress.AbsoluteUri.TrimEnd('/')}/rest/api/content?spaceKey=DEMO");
}
else
{
    var classic = sandbox.IssueApiToken(user);
    string[] readScopes = ["read:page:confluence", "read:space:confluence", "read:content-details:confluence", "read:confluence-user", "read:jira-work", "read:jira-user"];
    var scoped = sandbox.IssueScopedApiToken(user, readScopes);
    var client = sandbox.RegisterOAuthClient("Sandbox demo app");
    var oauth = sandbox.IssueOAuthTokens(user, client, [.. readScopes, "offline_access"]);
    Console.WriteLine($"  gateway:         {sandbox.ConfluenceGatewayAddress}  and  {sandbox.JiraGatewayAddress}");
    Console.WriteLine($"  auth server:     {sandbox.AuthorizationServerAddress}authorize  and  {sandbox.AuthorizationServerAddress}oauth/token");
    Console.WriteLine($"  cloud id:        {sandbox.CloudId}");
    Console.WriteLine($"  user:            {user.Email}");
    Console.WriteLine($"  API token:       {classic.Token}   (Basic, site only)");
    Console.WriteLine($"  scoped token:    {scoped.Token}   (Basic, gateway only: {string.Join(' ', readScopes)})");
    Console.WriteLine($"  OAuth client:    {client.ClientId} / {client.ClientSecret}");
    Console.WriteLine($"  access token:    {oauth.AccessToken}   (Bearer, gateway only, expires {oauth.ExpiresAt:u})");
    Console.WriteLine($"  refresh token:   {oauth.RefreshToken}");
    Console.WriteLine($"  try:             curl -u '{user.Email}:{classic.Token}' {sandbox.BaseAddress.AbsoluteUri.TrimEnd('/')}/wiki/api/v2/pages");
}

if (options.AdminKey is not null)
{
    Console.WriteLine($"  control:         {sandbox.GatewayBaseAddress}_sandbox/state   (header X-Sandbox-Admin-Key; see the sandbox README)");
    Console.WriteLine($"  admin key:       {options.AdminKey}");
}

if (options.RateLimits is { } limits)
{
    Console.WriteLine($"  rate limits:     {limits.HourlyQuotaPoints} points/hour (OAuth apps), burst {limits.BurstGetPostPerSecond}/{limits.BurstPutDeletePerSecond} per second, {limits.PerIssueWrites} writes per issue per {limits.PerIssueWriteWindow.TotalSeconds:0} s");
}

Console.WriteLine("Press Ctrl+C to stop.");
var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

// Ctrl+C, `kill` and a container stop all end the wait, so the server is disposed and the port released. Handling
// the signals directly (not Console.CancelKeyPress) also works when no terminal is attached, as under `nohup ... &`.
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stopped.TrySetResult();
}

using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var onQuit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop);
await stopped.Task;
Console.WriteLine("Scopewise sandbox stopped.");
return 0;
