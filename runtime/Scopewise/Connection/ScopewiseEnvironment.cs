namespace Scopewise;

/// <summary>
/// Builds <see cref="ScopewiseOptions"/> from environment variables, for CLIs and CI jobs:
/// <list type="table">
/// <item><term><c>SCOPEWISE_SITE</c></term><description>Required. The site: <c>acme.atlassian.net</c> or a Data Center URL.</description></item>
/// <item><term><c>SCOPEWISE_DEPLOYMENT</c></term><description><c>cloud</c> or <c>datacenter</c>, when the host does not tell.</description></item>
/// <item><term><c>SCOPEWISE_EMAIL</c> + <c>SCOPEWISE_API_TOKEN</c></term><description>An API token (Cloud).</description></item>
/// <item><term><c>SCOPEWISE_API_TOKEN_SCOPED</c></term><description><c>true</c> when the API token is scoped (sent to the gateway).</description></item>
/// <item><term><c>SCOPEWISE_PAT</c></term><description>A Data Center personal access token.</description></item>
/// <item><term><c>SCOPEWISE_USERNAME</c> + <c>SCOPEWISE_PASSWORD</c></term><description>Data Center Basic auth.</description></item>
/// <item><term><c>SCOPEWISE_OAUTH_CLIENT_ID</c> + <c>SCOPEWISE_OAUTH_CLIENT_SECRET</c> + <c>SCOPEWISE_OAUTH_TOKEN_STORE</c></term><description>OAuth 2.0: the app and the path of the token file.</description></item>
/// <item><term><c>SCOPEWISE_SERVICE_ACCOUNT_CLIENT_ID</c> + <c>SCOPEWISE_SERVICE_ACCOUNT_CLIENT_SECRET</c></term><description>A Cloud service account's OAuth 2.0 credential (client credentials).</description></item>
/// <item><term><c>SCOPEWISE_ANONYMOUS</c></term><description><c>true</c> to connect without a credential on purpose.</description></item>
/// <item><term><c>SCOPEWISE_CLOUD_ID</c>, <c>SCOPEWISE_GATEWAY_URL</c>, <c>SCOPEWISE_AUTH_URL</c></term><description>Optional: a known cloud id; stand-ins for api.atlassian.com and auth.atlassian.com.</description></item>
/// </list>
/// Exactly one credential must be given (or <c>SCOPEWISE_ANONYMOUS=true</c>); errors name the missing variable.
/// </summary>
public static class ScopewiseEnvironment
{
    /// <summary>The variable holding the site.</summary>
    public const string Site = "SCOPEWISE_SITE";

    /// <summary>The variable holding <c>cloud</c> or <c>datacenter</c>.</summary>
    public const string Deployment = "SCOPEWISE_DEPLOYMENT";

    /// <summary>The variable holding the account email for API tokens.</summary>
    public const string Email = "SCOPEWISE_EMAIL";

    /// <summary>The variable holding an API token.</summary>
    public const string ApiToken = "SCOPEWISE_API_TOKEN";

    /// <summary>The variable that says the API token is scoped.</summary>
    public const string ApiTokenScoped = "SCOPEWISE_API_TOKEN_SCOPED";

    /// <summary>The variable holding a Data Center personal access token.</summary>
    public const string PersonalAccessToken = "SCOPEWISE_PAT";

    /// <summary>The variable holding a Data Center user name.</summary>
    public const string Username = "SCOPEWISE_USERNAME";

    /// <summary>The variable holding a Data Center password.</summary>
    public const string Password = "SCOPEWISE_PASSWORD";

    /// <summary>The variable holding the OAuth client id.</summary>
    public const string OAuthClientId = "SCOPEWISE_OAUTH_CLIENT_ID";

    /// <summary>The variable holding the OAuth client secret.</summary>
    public const string OAuthClientSecret = "SCOPEWISE_OAUTH_CLIENT_SECRET";

    /// <summary>The variable holding the path of the OAuth token file.</summary>
    public const string OAuthTokenStore = "SCOPEWISE_OAUTH_TOKEN_STORE";

    /// <summary>The variable holding a service account's OAuth 2.0 client id.</summary>
    public const string ServiceAccountClientId = "SCOPEWISE_SERVICE_ACCOUNT_CLIENT_ID";

    /// <summary>The variable holding a service account's OAuth 2.0 client secret.</summary>
    public const string ServiceAccountClientSecret = "SCOPEWISE_SERVICE_ACCOUNT_CLIENT_SECRET";

    /// <summary>The variable that allows an anonymous connection.</summary>
    public const string Anonymous = "SCOPEWISE_ANONYMOUS";

    /// <summary>The variable holding a known cloud id.</summary>
    public const string CloudId = "SCOPEWISE_CLOUD_ID";

    /// <summary>The variable holding a stand-in for https://api.atlassian.com.</summary>
    public const string GatewayUrl = "SCOPEWISE_GATEWAY_URL";

    /// <summary>The variable holding a stand-in for https://auth.atlassian.com.</summary>
    public const string AuthUrl = "SCOPEWISE_AUTH_URL";

    /// <summary>Reads the options from the environment.</summary>
    /// <param name="getVariable">Reads a variable; <see cref="Environment.GetEnvironmentVariable(string)"/> when null.</param>
    /// <exception cref="ArgumentException">A needed variable is missing or invalid; the message names it.</exception>
    public static ScopewiseOptions ReadOptions(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        string? Get(string name) => getVariable(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        string Require(string name, string why) => Get(name) ?? throw new ArgumentException($"Set the environment variable {name}: {why}.");

        var options = new ScopewiseOptions
        {
            Site = Require(Site, "the Atlassian site, for example acme.atlassian.net or https://confluence.example.com/confluence"),
            CloudId = Get(CloudId),
        };

        options.Deployment = Get(Deployment)?.ToLowerInvariant() switch
        {
            null => null,
            "cloud" => SiteDeployment.Cloud,
            "datacenter" or "data-center" or "dc" or "server" => SiteDeployment.DataCenter,
            var other => throw new ArgumentException($"{Deployment} is '{other}'; use cloud or datacenter."),
        };

        var gateway = Get(GatewayUrl);
        var auth = Get(AuthUrl);
        if (gateway is not null || auth is not null)
        {
            options.Endpoints = new AtlassianEndpoints(
                ParseUrl(gateway, GatewayUrl) ?? AtlassianEndpoints.Default.Gateway,
                ParseUrl(auth, AuthUrl) ?? AtlassianEndpoints.Default.AuthorizationServer);
        }

        var given = new List<string>();
        if (Get(ApiToken) is { } apiToken)
        {
            given.Add(ApiToken);
            var email = Require(Email, $"the Atlassian account email that goes with {ApiToken}");
            options.Credential = IsTrue(Get(ApiTokenScoped), ApiTokenScoped)
                ? AtlassianCredential.ScopedApiToken(email, apiToken)
                : AtlassianCredential.ApiToken(email, apiToken);
        }

        if (Get(PersonalAccessToken) is { } pat)
        {
            given.Add(PersonalAccessToken);
            options.Credential = AtlassianCredential.PersonalAccessToken(pat);
        }

        if (Get(Password) is { } password)
        {
            given.Add(Password);
            options.Credential = AtlassianCredential.Password(Require(Username, $"the Data Center user name that goes with {Password}"), password);
        }

        if (Get(OAuthClientId) is { } clientId)
        {
            given.Add(OAuthClientId);
            var app = new AtlassianOAuthApp(clientId, Require(OAuthClientSecret, $"the OAuth client secret that goes with {OAuthClientId}"), ParseUrl(auth, AuthUrl));
            var store = new FileTokenStore(Require(OAuthTokenStore, "the path of the OAuth token file (written by the authorize step)"));
            options.Credential = AtlassianCredential.OAuth(app, store);
        }

        if (Get(ServiceAccountClientId) is { } serviceAccountId)
        {
            given.Add(ServiceAccountClientId);
            options.Credential = AtlassianCredential.ServiceAccount(
                serviceAccountId, Require(ServiceAccountClientSecret, $"the service account's client secret that goes with {ServiceAccountClientId}"), ParseUrl(auth, AuthUrl));
        }

        if (given.Count > 1)
        {
            throw new ArgumentException($"Several credentials are set ({string.Join(", ", given)}); keep exactly one.");
        }

        if (given.Count == 0 && !IsTrue(Get(Anonymous), Anonymous))
        {
            throw new ArgumentException(
                $"No credential is set. Set {Email} and {ApiToken} (Cloud), {PersonalAccessToken} (Data Center), {Username} and {Password}, {OAuthClientId}, {OAuthClientSecret} and {OAuthTokenStore}, or {ServiceAccountClientId} and {ServiceAccountClientSecret}; or {Anonymous}=true to connect anonymously.");
        }

        return options;
    }

    private static bool IsTrue(string? value, string name) => value?.ToLowerInvariant() switch
    {
        null or "false" or "0" or "no" => false,
        "true" or "1" or "yes" => true,
        _ => throw new ArgumentException($"{name} is '{value}'; use true or false."),
    };

    private static Uri? ParseUrl(string? value, string name)
        => value is null ? null
            : Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri
            : throw new ArgumentException($"{name} is '{value}', which is not an absolute http(s) URL.");
}
