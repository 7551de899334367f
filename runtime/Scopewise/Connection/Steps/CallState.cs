using System.Diagnostics;

namespace Scopewise;

/// <summary>One call on its way through the <see cref="RequestStep"/>s: the request, and what the steps found out so far.</summary>
internal sealed class CallState(ApiRequest request, CancellationToken cancellationToken)
{
    public ApiRequest Request { get; } = request;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The call's trace, when something listens (set by <see cref="TelemetryStep"/>).</summary>
    public Activity? Activity { get; set; }

    /// <summary>Where the call goes and with which credential (set by <see cref="RouteStep"/>).</summary>
    public ResolvedRoute Route { get; set; } = null!;

    /// <summary>The absolute URI of the first hop (set by <see cref="RouteStep"/>).</summary>
    public Uri Uri { get; set; } = null!;

    /// <summary>The Authorization header of the current attempt, or null when none is sent (set by <see cref="AuthStep"/>).</summary>
    public CredentialHeader? Header { get; set; }

    /// <summary>How many times the call was sent again after a 429, 503 or connection failure (counted by <see cref="RetryStep"/>).</summary>
    public int Retries { get; set; }

    /// <summary>Whether the 429 or 503 that ended the call came after the HTTP client's own retries, not the connection's.</summary>
    public bool RetriedByClient { get; set; }

    /// <summary>Whether a fresh token was already tried after a refusal; one try per call.</summary>
    public bool RefreshedAfterRefusal { get; set; }
}
