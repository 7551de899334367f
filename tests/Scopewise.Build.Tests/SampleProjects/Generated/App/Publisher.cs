using Scopewise.Confluence.V1;
using Scopewise.Confluence.V2;

namespace App;

/// <summary>Three Confluence v2 operations and one v1 operation, called through the generated clients.</summary>
public sealed class Publisher(ConfluenceV2Client v2, ConfluenceV1Client v1)
{
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
