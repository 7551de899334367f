namespace Scopewise.Sandbox;

/// <summary>Rate limiting, 503s and redirects that tests switch on. Thread-safe; consulted once per API request.</summary>
internal sealed class FaultSwitches
{
    private readonly object _gate = new();
    private readonly List<Redirect> _redirects = [];
    private int? _allowedBeforeRateLimit;
    private Fault? _rateLimitAfterFault;
    private int _rateLimitNext;
    private Fault? _rateLimitNextFault;
    private int _unavailableNext;
    private Fault? _unavailableFault;

    public void RateLimitAfter(int allowed, TimeSpan? retryAfter, string? reason = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(allowed);
        lock (_gate)
        {
            _allowedBeforeRateLimit = allowed;
            _rateLimitAfterFault = new Fault(429, retryAfter, reason);
        }
    }

    public void RateLimitNext(int count, TimeSpan? retryAfter, string? reason = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            _rateLimitNext = count;
            _rateLimitNextFault = new Fault(429, retryAfter, reason);
        }
    }

    public void ServiceUnavailableNext(int count, TimeSpan? retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            _unavailableNext = count;
            _unavailableFault = new Fault(503, retryAfter);
        }
    }

    public void AddRedirect(string method, string path, Uri location, int statusCode)
    {
        lock (_gate)
        {
            _redirects.Add(new Redirect(method.ToUpperInvariant(), path, location, statusCode));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _allowedBeforeRateLimit = null;
            _rateLimitNext = _unavailableNext = 0;
            _redirects.Clear();
        }
    }

    /// <summary>The fault to answer this request with, counting it against the switches; null to serve it.</summary>
    public Fault? Next()
    {
        lock (_gate)
        {
            if (_rateLimitNext > 0)
            {
                _rateLimitNext--;
                return _rateLimitNextFault;
            }

            if (_unavailableNext > 0)
            {
                _unavailableNext--;
                return _unavailableFault;
            }

            if (_allowedBeforeRateLimit is { } allowed)
            {
                if (allowed == 0)
                {
                    return _rateLimitAfterFault;
                }

                _allowedBeforeRateLimit = allowed - 1;
            }

            return null;
        }
    }

    public Redirect? FindRedirect(string method, string path)
    {
        lock (_gate)
        {
            return _redirects.FirstOrDefault(r => (r.Method == "*" || r.Method == method) && string.Equals(r.Path, path, StringComparison.Ordinal));
        }
    }

    /// <summary>A 429 or 503; <see cref="RetryAfter"/> null means the response carries no Retry-After header.</summary>
    /// <param name="StatusCode">429 or 503.</param>
    /// <param name="RetryAfter">The Retry-After to send, or null for none.</param>
    /// <param name="Reason">The limiter a 429 names in <c>RateLimit-Reason</c>; the product's tenant quota when null.</param>
    internal sealed record Fault(int StatusCode, TimeSpan? RetryAfter, string? Reason = null);

    internal sealed record Redirect(string Method, string Path, Uri Location, int StatusCode);
}
