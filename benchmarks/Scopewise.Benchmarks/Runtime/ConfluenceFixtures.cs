using System.Globalization;
using System.Text;

namespace Scopewise.Benchmarks.Runtime;

/// <summary>
/// Fixed response bodies shaped like Confluence Cloud v2's: one page with a storage-format body (GET /pages/{id})
/// and a list of 100 pages without bodies (GET /pages?limit=100), the sizes and fields Atlassian sends.
/// </summary>
internal static class ConfluenceFixtures
{
    public const long PageId = 65601;

    public static readonly byte[] SinglePage = Encoding.UTF8.GetBytes(Page(PageId, withBody: true));

    public static readonly byte[] HundredPages = Encoding.UTF8.GetBytes(
        "{\"results\":[" + string.Join(",", Enumerable.Range(0, 100).Select(i => Page(PageId + i, withBody: false))) +
        "],\"_links\":{\"base\":\"https://acme.atlassian.net/wiki\"}}");

    private static string Page(long id, bool withBody)
    {
        var n = id.ToString(CultureInfo.InvariantCulture);
        var body = withBody
            ? ",\"body\":{\"storage\":{\"representation\":\"storage\",\"value\":\"" + StorageBody() + "\"}}"
            : ",\"body\":{}";
        return "{\"id\":\"" + n + "\",\"status\":\"current\",\"title\":\"Release checklist " + n + "\",\"spaceId\":\"98306\"," +
            "\"parentId\":\"65540\",\"parentType\":\"page\",\"position\":" + (id % 1000).ToString(CultureInfo.InvariantCulture) + "," +
            "\"authorId\":\"557058:f5c6e7a1-3b2d-4c8e-9f10-2a3b4c5d6e7f\",\"ownerId\":\"557058:f5c6e7a1-3b2d-4c8e-9f10-2a3b4c5d6e7f\"," +
            "\"lastOwnerId\":null,\"createdAt\":\"2026-10-14T08:31:27.412Z\"," +
            "\"version\":{\"createdAt\":\"2026-11-02T16:05:44.018Z\",\"message\":\"Updated the rollback steps\",\"number\":7," +
            "\"minorEdit\":false,\"authorId\":\"557058:0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9\"}" + body +
            ",\"_links\":{\"editui\":\"/pages/resumedraft.action?draftId=" + n + "\",\"webui\":\"/spaces/ENG/pages/" + n +
            "/Release+checklist\",\"tinyui\":\"/x/QQAB\"}}";
    }

    private static string StorageBody()
    {
        var html = new StringBuilder("<h2>Before the release</h2><ul>");
        for (var i = 1; i <= 20; i++)
        {
            html.Append("<li><p>Step ").Append(i).Append(": check the <ac:link><ri:page ri:content-title=\\\"Runbook\\\" /></ac:link> and tick it off &amp; note the time</p></li>");
        }

        return html.Append("</ul>").ToString();
    }
}
