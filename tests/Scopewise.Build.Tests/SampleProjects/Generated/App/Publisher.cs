using Scopewise.Confluence.V1;
using Scopewise.Confluence.V2;

namespace App;

/// <summary>Three Confluence v2 operations and one v1 operation, called through the generated clients.</summary>
public sealed class Publisher(ConfluenceV2Client v2, ConfluenceV1Client v1)
{
    /// <summary>An API-token connection: it reaches runtime code that knows OAuth, yet the app does not use OAuth.</summary>
    public static Publisher Create(string email, string token)
    {
        var connection = new Scopewise.ApiConnection(new Scopewise.ScopewiseOptions
        {
            Site = "acme.atlassian.net",
            Credential = Scopewise.AtlassianCredential.ApiToken(email, token),
        });
        return new Publisher(new ConfluenceV2Client(connection), new ConfluenceV1Client(connection));
    }

    public async Task<string?> PublishAsync(CreatePageRequest page, AddLabelsToContentRequest labels)
    {
        var spaces = await v2.Spaces.GetSpacesAsync(limit: 1);
        Func<Task<CreatePageResult>> create = () => v2.Pages.CreatePageAsync(page);
        var created = await create();
        var reread = await v2.Pages.GetPageByIdAsync(1);
        await v1.ContentLabels.AddLabelsToContentAsync("1", labels);
        return spaces + " " + created + " " + reread;
    }
}
