using Scopewise;
using Scopewise.Confluence.V2;

namespace Lib;

/// <summary>Reads a page's title; the scope it needs belongs in the manifest of every app that calls it.</summary>
public static class PageTitles
{
    public static async System.Threading.Tasks.Task<string?> ReadAsync(ApiConnection connection, long id) =>
        (await new ConfluenceV2Client(connection).Pages.GetPageByIdAsync(id)).Title;
}
