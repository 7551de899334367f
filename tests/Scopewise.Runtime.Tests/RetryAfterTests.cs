using System.Net;

namespace Scopewise.Runtime.Tests;

public class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Seconds_are_read_as_a_delay()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "2");

        Assert.Equal(TimeSpan.FromSeconds(2), ResponseHeaders.RetryAfter(response, Now));
    }

    [Fact]
    public void An_http_date_is_read_relative_to_the_connections_clock()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.TryAddWithoutValidation("Retry-After", "Mon, 02 Mar 2026 09:00:45 GMT");

        Assert.Equal(TimeSpan.FromSeconds(45), ResponseHeaders.RetryAfter(response, Now));
    }

    [Fact]
    public void A_date_in_the_past_means_no_wait_and_garbage_means_back_off()
    {
        using var past = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        past.Headers.TryAddWithoutValidation("Retry-After", "Mon, 02 Mar 2026 08:00:00 GMT");
        using var garbage = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        garbage.Headers.TryAddWithoutValidation("Retry-After", "soon");

        Assert.Equal(TimeSpan.Zero, ResponseHeaders.RetryAfter(past, Now));
        Assert.Null(ResponseHeaders.RetryAfter(garbage, Now));
    }

    [Fact]
    public void Rate_limit_headers_are_collected_for_the_exception()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "0");
        response.Headers.TryAddWithoutValidation("RateLimit-Reason", "jira-burst-based");
        response.Headers.TryAddWithoutValidation("Beta-RateLimit", "\"global-app-quota\";r=0;t=120");
        response.Headers.TryAddWithoutValidation("X-Request-Id", "abc");

        var headers = ResponseHeaders.RateLimitHeaders(response);

        Assert.Equal(["Beta-RateLimit", "RateLimit-Reason", "X-RateLimit-Remaining"], headers.Keys.Order(StringComparer.Ordinal));
    }
}
