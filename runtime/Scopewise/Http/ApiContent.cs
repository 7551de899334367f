using System.Net.Http.Headers;

namespace Scopewise;

/// <summary>Helpers that build request bodies.</summary>
public static class ApiContent
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    /// <summary>A JSON body from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The serialized JSON.</param>
    public static HttpContent Json(byte[] utf8Json)
    {
        var content = new ByteArrayContent(utf8Json);
        content.Headers.ContentType = JsonMediaType;
        return content;
    }
}
