namespace Scopewise.Sandbox;

/// <summary>Ends a request with an Atlassian-shaped error body for the operation's API.</summary>
internal sealed class SandboxHttpError : Exception
{
    public SandboxHttpError(int statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    public int StatusCode { get; }

    /// <summary>Extra response headers (for example <c>X-Seraph-LoginReason</c>).</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);
}
