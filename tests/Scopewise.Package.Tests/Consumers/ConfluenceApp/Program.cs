// Reads one page through the generated Confluence v2 client. With SCOPEWISE_SITE set it talks to that site (the test
// passes a sandbox it started); with "--own-sandbox" it starts Scopewise.Sandbox from its package and seeds the page.
using Scopewise;
using Scopewise.Confluence.V2;
using Scopewise.Sandbox;
// Confluence v2 has a model named Task; the alias keeps System.Threading.Tasks.Task the default here.

[assembly: GrantedScopes("read:page:confluence")]

if (args is ["--own-sandbox"])
{
    await using var sandbox = await AtlassianSandbox.StartAsync();
    var user = sandbox.CreateUser("Package Consumer");
    var token = sandbox.IssueApiToken(user);
    var page = sandbox.Store.AddPage(sandbox.Store.AddSpace("PKG"), "From the sandbox package");
    using var own = new ApiConnection(new ScopewiseOptions
    {
        Site = sandbox.BaseAddress.AbsoluteUri,
        Deployment = SiteDeployment.Cloud,
        Credential = AtlassianCredential.ApiToken(user.Email, token.Token),
    });
    await PrintPageAsync(new ConfluenceV2Client(own), long.Parse(page.Id));
    return;
}

using var connection = ApiConnection.FromEnvironment();
await PrintPageAsync(new ConfluenceV2Client(connection), long.Parse(args[0]));

static async Task PrintPageAsync(ConfluenceV2Client confluence, long id)
{
    GetPageByIdResult page = await confluence.Pages.GetPageByIdAsync(id);
    Console.WriteLine($"page {page.Id}: {page.Title}");
}

// Never called: it is here so that the build shows SW2001 (write:page:confluence is not granted) and the manifest
// lists the scope this code would need.
static class Publisher
{
    public static Task<CreatePageResult> PublishAsync(ConfluenceV2Client confluence) =>
        confluence.Pages.CreatePageAsync(new CreatePageRequest { SpaceId = "1", Title = "Draft" });
}
