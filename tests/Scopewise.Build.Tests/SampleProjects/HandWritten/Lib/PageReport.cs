namespace Lib;

/// <summary>Library code that calls operations: an app using it needs what the parts it calls need, and no more.</summary>
public sealed class PageReport
{
    private readonly PagesApi _api = new();

    // Async: the call sits in the state machine's MoveNext, which SummarizeAsync reaches only through an attribute.
    public async Task<string> SummarizeAsync(string id)
    {
        var labels = await _api.GetLabelsAsync(id);
        return string.Join(",", labels);
    }

    // Never called by the app: updateSpace must not appear in the app's manifest (it does in the library's own).
    public Task RenameSpaceAsync(long id) => _api.UpdateSpaceAsync(id);
}
