namespace Scopewise;

/// <summary>
/// One job of sending a call, in the style of Azure.Core's pipeline policies: a step does its part around
/// <see cref="Next"/>, which sends the rest of the way. <see cref="RequestPipeline"/> chains them once per connection.
/// </summary>
internal abstract class RequestStep
{
    /// <summary>The step after this one; the last step sends through the HTTP client and has none.</summary>
    public RequestStep Next { get; set; } = null!;

    /// <summary>Sends <paramref name="call"/> (its request and what earlier steps found) and returns the response.</summary>
    public abstract ValueTask<HttpResponseMessage> SendAsync(CallState call);
}
