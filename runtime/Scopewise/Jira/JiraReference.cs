using System.Text.Json;

namespace Scopewise;

/// <summary>
/// A reference to a Jira object in an issue's fields, the way Jira's REST API writes it: by id, key or name
/// (<c>{"key": "DEMO"}</c> for a project, <c>{"name": "Task"}</c> for an issue type, <c>{"id": "10004"}</c> for a
/// priority). Read back, it holds whichever of the three Jira sent (usually all that apply).
/// </summary>
public readonly record struct JiraReference
{
    private JiraReference(string? id, string? key, string? name)
    {
        Id = id;
        Key = key;
        Name = name;
    }

    /// <summary>The object's id (<c>"10000"</c>), or null.</summary>
    public string? Id { get; }

    /// <summary>The object's key (<c>"DEMO"</c>, <c>"DEMO-12"</c>), or null.</summary>
    public string? Key { get; }

    /// <summary>The object's name (<c>"Task"</c>, <c>"High"</c>, <c>"1.0"</c>), or null.</summary>
    public string? Name { get; }

    /// <summary>Refers by id: <c>{"id": "10000"}</c>.</summary>
    /// <param name="id">The id Jira gave the object.</param>
    public static JiraReference ById(string id) => new(Required(id, nameof(id)), null, null);

    /// <summary>Refers by key: <c>{"key": "DEMO"}</c> (projects and issues).</summary>
    /// <param name="key">The project or issue key.</param>
    public static JiraReference ByKey(string key) => new(null, Required(key, nameof(key)), null);

    /// <summary>Refers by name: <c>{"name": "Task"}</c> (issue types, priorities, components, versions).</summary>
    /// <param name="name">The name as shown in Jira.</param>
    public static JiraReference ByName(string name) => new(null, null, Required(name, nameof(name)));

    /// <inheritdoc />
    public override string ToString() => Key ?? Name ?? Id ?? string.Empty;

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Id is not null)
        {
            writer.WriteString("id", Id);
        }

        if (Key is not null)
        {
            writer.WriteString("key", Key);
        }

        if (Name is not null)
        {
            writer.WriteString("name", Name);
        }

        writer.WriteEndObject();
    }

    internal static JiraReference Read(JsonElement element, string fieldId)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw JiraFieldValues.WrongKind(fieldId, element, "an object with id, key or name");
        }

        return new JiraReference(Text(element, "id"), Text(element, "key"), Text(element, "name"));
    }

    // Jira writes ids as strings; a number is accepted as well, for Data Center and hand-made JSON.
    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static string Required(string value, string parameter) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("Give a non-empty value.", parameter) : value;
}
