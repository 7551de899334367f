using System.Text.Json.Serialization;

namespace Scopewise.Runtime.Tests.Support;

internal sealed class V2Page
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }
}

internal sealed class V2PageList
{
    [JsonPropertyName("results")]
    public List<V2Page>? Results { get; set; }
}

internal sealed class V1Content
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }
}

internal sealed class V1ContentList
{
    [JsonPropertyName("results")]
    public List<V1Content>? Results { get; set; }
}

internal sealed class V1User
{
    [JsonPropertyName("accountId")]
    public string? AccountId { get; set; }

    [JsonPropertyName("username")]
    public string? UserName { get; set; }
}

internal sealed class JiraUser
{
    [JsonPropertyName("accountId")]
    public string? AccountId { get; set; }
}

internal sealed class JiraIssue
{
    [JsonPropertyName("key")]
    public string? Key { get; set; }
}

internal sealed class JiraSearchPage
{
    [JsonPropertyName("issues")]
    public List<JiraIssue>? Issues { get; set; }
}

internal sealed class JiraSearchRequest
{
    [JsonPropertyName("jql")]
    public string? Jql { get; set; }

    [JsonPropertyName("maxResults")]
    public int MaxResults { get; set; }
}

internal sealed class JiraProject
{
    [JsonPropertyName("key")]
    public string? Key { get; set; }
}

internal sealed class JiraProjectPage
{
    [JsonPropertyName("values")]
    public List<JiraProject>? Values { get; set; }
}

[JsonSerializable(typeof(V2PageList))]
[JsonSerializable(typeof(V2Page))]
[JsonSerializable(typeof(V1ContentList))]
[JsonSerializable(typeof(V1User))]
[JsonSerializable(typeof(JiraUser))]
[JsonSerializable(typeof(JiraSearchPage))]
[JsonSerializable(typeof(JiraSearchRequest))]
[JsonSerializable(typeof(JiraProjectPage))]
internal sealed partial class TestJson : JsonSerializerContext
{
}
