using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Scopewise.Benchmarks.Runtime;

/// <summary>
/// What a careful developer writes without Scopewise: one HttpClient, a fixed Authorization header, and
/// System.Text.Json source-generated models with the same fields the generated client reads.
/// </summary>
internal sealed class HandWrittenClient(Uri baseAddress, AuthenticationHeaderValue authorization) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        BaseAddress = baseAddress,
        DefaultRequestHeaders = { Authorization = authorization, Accept = { new MediaTypeWithQualityHeaderValue("application/json") } },
    };

    public async Task<HandPage> GetPageByIdAsync(long id, CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync($"/wiki/api/v2/pages/{id}", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(HandJsonContext.Default.HandPage, cancellationToken))!;
    }

    public async Task<HandPageList> GetPagesAsync(int limit, CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync($"/wiki/api/v2/pages?limit={limit}", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(HandJsonContext.Default.HandPageList, cancellationToken))!;
    }

    public void Dispose() => _http.Dispose();
}

public sealed class HandPage
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("spaceId")] public string? SpaceId { get; set; }
    [JsonPropertyName("parentId")] public string? ParentId { get; set; }
    [JsonPropertyName("parentType")] public string? ParentType { get; set; }
    [JsonPropertyName("position")] public int? Position { get; set; }
    [JsonPropertyName("authorId")] public string? AuthorId { get; set; }
    [JsonPropertyName("ownerId")] public string? OwnerId { get; set; }
    [JsonPropertyName("lastOwnerId")] public string? LastOwnerId { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("version")] public HandVersion? Version { get; set; }
    [JsonPropertyName("body")] public HandBody? Body { get; set; }
    [JsonPropertyName("_links")] public HandPageLinks? Links { get; set; }
}

public sealed class HandVersion
{
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("number")] public int? Number { get; set; }
    [JsonPropertyName("minorEdit")] public bool? MinorEdit { get; set; }
    [JsonPropertyName("authorId")] public string? AuthorId { get; set; }
}

public sealed class HandBody
{
    [JsonPropertyName("storage")] public HandBodyValue? Storage { get; set; }
    [JsonPropertyName("atlas_doc_format")] public HandBodyValue? AtlasDocFormat { get; set; }
    [JsonPropertyName("view")] public HandBodyValue? View { get; set; }
}

public sealed class HandBodyValue
{
    [JsonPropertyName("representation")] public string? Representation { get; set; }
    [JsonPropertyName("value")] public string? Value { get; set; }
}

public sealed class HandPageLinks
{
    [JsonPropertyName("webui")] public string? Webui { get; set; }
    [JsonPropertyName("editui")] public string? Editui { get; set; }
    [JsonPropertyName("tinyui")] public string? Tinyui { get; set; }
}

public sealed class HandPageList
{
    [JsonPropertyName("results")] public List<HandPage>? Results { get; set; }
    [JsonPropertyName("_links")] public HandListLinks? Links { get; set; }
}

public sealed class HandListLinks
{
    [JsonPropertyName("next")] public string? Next { get; set; }
    [JsonPropertyName("base")] public string? Base { get; set; }
}

[JsonSerializable(typeof(HandPage))]
[JsonSerializable(typeof(HandPageList))]
internal sealed partial class HandJsonContext : JsonSerializerContext;
