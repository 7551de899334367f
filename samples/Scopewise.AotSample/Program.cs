// Reads one Confluence page through the generated v2 client, published as a native AOT executable.
// Usage: Scopewise.AotSample <base-url> <page-id> [email api-token]
//   e.g. Scopewise.AotSample http://127.0.0.1:5000 65601 dev@example.com secret   (a Scopewise sandbox)
using System.Net.Http.Headers;
using System.Text;
using Scopewise;
using Scopewise.Confluence.V2;

if (args.Length is not (2 or 4) || !Uri.TryCreate(args[0], UriKind.Absolute, out var site) || !long.TryParse(args[1], out var pageId))
{
    Console.Error.WriteLine("usage: Scopewise.AotSample <base-url> <page-id> [email api-token]");
    Console.Error.WriteLine("  base-url: the site root, e.g. https://acme.atlassian.net or a sandbox on http://127.0.0.1:PORT");
    return 2;
}

var authorization = args.Length == 4
    ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(args[2] + ":" + args[3])))
    : null;

using var connection = new ApiConnection(site, authorization);
var confluence = new ConfluenceV2Client(connection);
try
{
    var page = await confluence.Pages.GetPageByIdAsync(pageId);
    Console.WriteLine($"page {page.Id}: {page.Title}");
    return 0;
}
catch (ApiException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}
