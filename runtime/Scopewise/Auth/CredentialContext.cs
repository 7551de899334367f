namespace Scopewise;

/// <summary>What a credential may need from the connection: an HTTP client for token calls, the clock.</summary>
internal sealed class CredentialContext(Func<HttpClient> httpClient, TimeProvider timeProvider, ScopewiseDiagnostics diagnostics)
{
    public Func<HttpClient> HttpClient { get; } = httpClient;

    public TimeProvider TimeProvider { get; } = timeProvider;

    public ScopewiseDiagnostics Diagnostics { get; } = diagnostics;
}
