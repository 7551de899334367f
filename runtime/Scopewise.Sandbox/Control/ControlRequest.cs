using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Scopewise.Sandbox;

/// <summary>
/// A control request's JSON body, read field by field; a field of the wrong type, or one the route does not know, is
/// a 400 that names it — a misspelt switch must never be ignored silently.
/// </summary>
internal sealed class ControlRequest
{
    private readonly JsonObject _body;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public ControlRequest(JsonObject body)
    {
        _body = body;
    }

    public static async Task<ControlRequest> ReadAsync(HttpContext http)
    {
        if (http.Request.ContentLength is 0 || (http.Request.ContentLength is null && !http.Request.Headers.TransferEncoding.Any()))
        {
            return new ControlRequest(new JsonObject());
        }

        try
        {
            var node = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
            return node is JsonObject body ? new ControlRequest(body) : throw new ControlError(400, "The body must be a JSON object.");
        }
        catch (JsonException exception)
        {
            throw new ControlError(400, "The body is not valid JSON: " + exception.Message);
        }
    }

    public long? Long(string name, bool required) => Value<long>(name, required, "an integer");

    public int? Int(string name, bool required)
    {
        var value = Value<long>(name, required, "an integer");
        return value is null ? null : value is >= 0 and <= int.MaxValue ? (int)value : throw new ControlError(400, $"'{name}' must be between 0 and {int.MaxValue}; got {value}.");
    }

    public bool? Bool(string name) => Value<bool>(name, required: false, "true or false");

    public string? Text(string name, bool required)
    {
        _read.Add(name);
        return _body[name] switch
        {
            null when required => throw new ControlError(400, $"The body needs '{name}'."),
            null => null,
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            _ => throw new ControlError(400, $"'{name}' must be a string."),
        };
    }

    /// <summary>Refuses the fields no getter asked for, naming them.</summary>
    public void RejectOthers()
    {
        var unknown = _body.Select(p => p.Key).Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ControlError(400, $"Unknown field(s) {string.Join(", ", unknown.Select(u => "'" + u + "'"))}; this route takes {(_read.Count == 0 ? "no fields" : string.Join(", ", _read.Select(r => "'" + r + "'")))}.");
        }
    }

    private T? Value<T>(string name, bool required, string what)
        where T : struct
    {
        _read.Add(name);
        return _body[name] switch
        {
            null when required => throw new ControlError(400, $"The body needs '{name}' ({what})."),
            null => null,
            JsonValue value when value.TryGetValue<T>(out var parsed) => parsed,
            _ => throw new ControlError(400, $"'{name}' must be {what}."),
        };
    }
}

/// <summary>A control request the sandbox refuses, with the status and the reason.</summary>
internal sealed class ControlError(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
