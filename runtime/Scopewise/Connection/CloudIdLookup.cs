using System.Net;
using System.Text.Json;

namespace Scopewise;

/// <summary>The two places a Cloud site's cloud id can be read: the site's <c>/_edge/tenant_info</c> and a token's accessible resources.</summary>
internal sealed class CloudIdLookup(AtlassianSite? site, AtlassianEndpoints endpoints)
{
    /// <summary><c>GET {site}/_edge/tenant_info</c>: needs no credential (API tokens, scoped tokens).</summary>
    public async Task<string> FromTenantInfoAsync(CredentialContext context)
    {
        var uri = UriPaths.Append(site!.BaseAddress, "/_edge/tenant_info");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await context.HttpClient().SendAsync(request, CancellationToken.None).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(CancellationToken.None).ConfigureAwait(false);
        TenantInfoBody? body = null;
        if (response.IsSuccessStatusCode)
        {
            try
            {
                body = JsonSerializer.Deserialize(bytes, ScopewiseJsonContext.Default.TenantInfoBody);
            }
            catch (JsonException)
            {
                body = null;
            }
        }

        if (string.IsNullOrWhiteSpace(body?.CloudId))
        {
            throw new ScopewiseException(
                $"Could not read the cloud id of {site.Root} from {uri} ({(int)response.StatusCode} {response.ReasonPhrase}). Check that the site is an Atlassian Cloud site, or set ScopewiseOptions.CloudId.");
        }

        return body.CloudId;
    }

    /// <summary>
    /// <c>GET {gateway}/oauth/token/accessible-resources</c> with the Bearer token: the entry whose URL is the site
    /// (OAuth grants and service accounts, whose tokens may cover several sites).
    /// </summary>
    public async Task<string> FromAccessibleResourcesAsync(AtlassianCredential credential, CredentialContext context)
    {
        var uri = UriPaths.Append(endpoints.Gateway, "/oauth/token/accessible-resources");
        string? rejected = null;
        for (var attempt = 0; ; attempt++)
        {
            var header = await credential.GetHeaderAsync(context, rejected, CancellationToken.None).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.ParseAdd("application/json");
            request.Headers.Authorization = header?.Value;
            using var response = await context.HttpClient().SendAsync(request, CancellationToken.None).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0 && header is not null)
            {
                // The access token may have been revoked early; refresh once and ask again.
                rejected = header.Token;
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new ScopewiseException(
                    $"Could not list the sites of the OAuth grant at {uri}: {(int)response.StatusCode} {response.ReasonPhrase}. Authorize again, or set ScopewiseOptions.CloudId.");
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(CancellationToken.None).ConfigureAwait(false);
            List<AccessibleResourceBody>? resources;
            try
            {
                resources = JsonSerializer.Deserialize(bytes, ScopewiseJsonContext.Default.ListAccessibleResourceBody);
            }
            catch (JsonException ex)
            {
                throw new ScopewiseException($"The accessible-resources answer from {uri} is not the expected JSON array ({ex.Message}).", ex);
            }

            resources ??= [];
            var match = resources.FirstOrDefault(r => r.Id is not null && SameSite(r.Url));
            if (match is null)
            {
                var reachable = resources.Count == 0 ? "no sites" : string.Join(", ", resources.Select(r => r.Url ?? r.Name ?? r.Id));
                throw new ScopewiseException(
                    $"The OAuth grant does not cover {site!.Root}; it covers {reachable}. Authorize again and choose {site.Host} on the consent screen, or set Site to a covered site.");
            }

            return match.Id!;
        }
    }

    private bool SameSite(string? url)
        => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && site is not null
            && string.Equals(uri.IdnHost, site.BaseAddress.IdnHost, StringComparison.OrdinalIgnoreCase)
            && uri.Port == site.BaseAddress.Port;
}
