using System.Text.Json;

namespace Scopewise;

/// <summary>Reads Atlassian's three error body shapes.</summary>
internal static class AtlassianErrorBody
{
    public static IReadOnlyList<string> Parse(string body)
    {
        var messages = new List<string>();
        if (string.IsNullOrWhiteSpace(body))
        {
            return messages;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return messages;
            }

            // Confluence v2: {"errors":[{"status":404,"code":"NOT_FOUND","title":"Not Found","detail":null}]}
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in errors.EnumerateArray())
                {
                    var title = Text(error, "title");
                    var detail = Text(error, "detail");
                    var combined = title is not null && detail is not null ? $"{title}: {detail}" : title ?? detail ?? Text(error, "code");
                    if (combined is not null)
                    {
                        messages.Add(combined);
                    }
                }
            }

            // Jira: {"errorMessages":["..."],"errors":{"field":"..."}}
            if (root.TryGetProperty("errorMessages", out var errorMessages) && errorMessages.ValueKind == JsonValueKind.Array)
            {
                messages.AddRange(errorMessages.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
            }

            if (errors.ValueKind == JsonValueKind.Object)
            {
                messages.AddRange(errors.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => $"{p.Name}: {p.Value.GetString()}"));
            }

            // Confluence v1: {"statusCode":404,"data":{...},"message":"..."}; also the gateway's {"code":401,"message":"..."}
            if (messages.Count == 0 && Text(root, "message") is { } message)
            {
                messages.Add(message);
            }
        }
        catch (JsonException)
        {
            // Not JSON (an HTML 429 page, for example): no structured messages.
        }

        return messages;
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
