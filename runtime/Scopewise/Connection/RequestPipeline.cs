namespace Scopewise;

/// <summary>
/// Sends one <see cref="ApiRequest"/> through the connection's steps, outermost first: telemetry, error mapping, route
/// and scope pre-flight, retry, pacing near a rate limit, auth and refresh, then redirects and the transport guard around the HTTP client.
/// Built once per connection; each call is one <see cref="CallState"/> passed down the chain.
/// </summary>
internal sealed class RequestPipeline
{
    private readonly RequestStep _first;

    public RequestPipeline(RouteTable routes, CredentialContext context, RetryOptions retry, int maxRedirects, Func<double> random, bool retriesLeftToClient)
    {
        Routes = routes;
        Context = context;
        RequestStep[] steps =
        [
            new TelemetryStep(context),
            new ErrorMappingStep(context, retry),
            new RouteStep(routes, context),
            new RetryStep(context, retry, random, retriesLeftToClient),
            new PacingStep(context, retry),
            new AuthStep(context),
            new RedirectStep(context, maxRedirects),
        ];
        for (var i = 0; i < steps.Length - 1; i++)
        {
            steps[i].Next = steps[i + 1];
        }

        _first = steps[0];
    }

    public RouteTable Routes { get; }

    public CredentialContext Context { get; }

    /// <summary>Sends the request and returns the successful response; the caller disposes it and awaits the result once.</summary>
    public ValueTask<HttpResponseMessage> SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _first.SendAsync(new CallState(request, cancellationToken));
    }
}
