using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Scopewise.Sandbox.Tests;

/// <summary>Sends real HTTP requests to a sandbox, with an Authorization header exactly as given.</summary>
internal static class SandboxHttp
{
    /// <summary>One client for all tests; redirects are not followed so tests see them.</summary>
    public static readonly HttpClient Client = new(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1) });

    public static async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, string? authorization = null, JsonNode? json = null, HttpContent? content = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, url);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Content = content ?? (json is null ? null : new StringContent(json.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")));
        return await Client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> GetAsync(Uri url, string? authorization = null) => SendAsync(HttpMethod.Get, url, authorization);

    public static Task<HttpResponseMessage> GetAsync(AtlassianSandbox sandbox, string siteRelative, string? authorization = null)
        => GetAsync(Site(sandbox, siteRelative), authorization);

    /// <summary>A URL on the site: <c>{BaseAddress}{path}</c>.</summary>
    public static Uri Site(AtlassianSandbox sandbox, string path) => new(sandbox.BaseAddress.AbsoluteUri.TrimEnd('/') + path);

    /// <summary>A URL on the Confluence gateway: <c>{gateway}/ex/confluence/{cloudId}{path}</c>.</summary>
    public static Uri Confluence(AtlassianSandbox sandbox, string path) => new(sandbox.ConfluenceGatewayAddress.AbsoluteUri.TrimEnd('/') + path);

    /// <summary>A URL on the Jira gateway.</summary>
    public static Uri Jira(AtlassianSandbox sandbox, string path) => new(sandbox.JiraGatewayAddress.AbsoluteUri.TrimEnd('/') + path);

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response)
        => JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty JSON body.");

    public static string? Header(this HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
