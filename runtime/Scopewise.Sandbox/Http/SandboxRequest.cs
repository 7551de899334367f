namespace Scopewise.Sandbox;

/// <summary>One request as the sandbox received it, for assertions in tests.</summary>
public sealed class SandboxRequest
{
    internal SandboxRequest(string method, string host, string path, string queryString, IReadOnlyDictionary<string, string> headers, string requestId, DateTimeOffset receivedAt)
    {
        Method = method;
        Host = host;
        Path = path;
        QueryString = queryString;
        Headers = headers;
        RequestId = requestId;
        ReceivedAt = receivedAt;
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The Host header as sent (<c>127.0.0.1:PORT</c>).</summary>
    public string Host { get; }

    /// <summary>The path as received, for example <c>/ex/confluence/{cloudId}/wiki/api/v2/pages</c>.</summary>
    public string Path { get; }

    /// <summary>The query string including <c>?</c>, or empty.</summary>
    public string QueryString { get; }

    /// <summary>Every request header (names case-insensitive; repeated headers joined with <c>, </c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The <c>Authorization</c> header as received, or null. Tests use it to check which credential went where.</summary>
    public string? Authorization => Headers.GetValueOrDefault("Authorization");

    /// <summary>The <c>X-Request-Id</c> the sandbox answered with.</summary>
    public string RequestId { get; }

    /// <summary>When it arrived, by the sandbox's clock.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The spec operation it matched (<c>getPages</c>), if any.</summary>
    public string? OperationId { get; internal set; }

    /// <summary>The status code answered (0 until the response started).</summary>
    public int StatusCode { get; internal set; }

    /// <summary>The method, path and status; never the Authorization header.</summary>
    public override string ToString() => $"{Method} {Path}{QueryString} -> {StatusCode}";
}
