namespace Scopewise;

/// <summary>
/// Finds out whether an <see cref="IHttpClientFactory"/> client retries by itself, so that a call is not retried by
/// both the client and the connection (4 × 4 attempts where 4 were meant, and twice the wait).
/// </summary>
internal static class RetryingHandlers
{
    // By name, not by type: Scopewise does not depend on these packages. Both run whole resilience pipelines (retries
    // included, as in AddStandardResilienceHandler) around the rest of the client's handlers.
    private static readonly string[] Known =
    [
        "Microsoft.Extensions.Http.Resilience.ResilienceHandler", // Microsoft.Extensions.Http.Resilience (Polly 8)
        "Microsoft.Extensions.Http.PolicyHttpMessageHandler", // Microsoft.Extensions.Http.Polly (Polly 7)
    ];

    /// <summary>Whether a handler in the chain starting at <paramref name="handler"/> is one of the known retrying handlers.</summary>
    public static bool AnyIn(HttpMessageHandler handler)
    {
        for (HttpMessageHandler? current = handler; current is not null; current = (current as DelegatingHandler)?.InnerHandler)
        {
            if (Array.IndexOf(Known, current.GetType().FullName) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
