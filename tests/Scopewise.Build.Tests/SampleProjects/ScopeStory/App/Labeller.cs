using Scopewise.Confluence.V1;

namespace App;

/// <summary>The one call of the sample.</summary>
public sealed class Labeller(ConfluenceV1Client confluence)
{
    public Task LabelAsync(string pageId, AddLabelsToContentRequest labels) => confluence.ContentLabels.AddLabelsToContentAsync(pageId, labels);
}
