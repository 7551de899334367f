using Microsoft.Extensions.Logging;

namespace Scopewise;

/// <summary>The runtime's log events. They carry the path template, never filled paths, query values, headers or tokens.</summary>
internal static partial class ScopewiseLog
{
    [LoggerMessage(EventId = 1, EventName = "ApiCallCompleted", Level = LogLevel.Information,
        Message = "{Method} {PathTemplate} answered {StatusCode} in {DurationMs:0} ms after {RetryCount} retries")]
    public static partial void CallCompleted(ILogger logger, string method, string pathTemplate, int statusCode, double durationMs, int retryCount);

    [LoggerMessage(EventId = 2, EventName = "ApiCallRetrying", Level = LogLevel.Warning,
        Message = "{Method} {PathTemplate} got {Reason}; retry {RetryNumber} in {DelayMs:0} ms")]
    public static partial void Retrying(ILogger logger, string method, string pathTemplate, string reason, int retryNumber, double delayMs);

    [LoggerMessage(EventId = 3, EventName = "ApiCallFailed", Level = LogLevel.Warning,
        Message = "{Method} {PathTemplate} failed after {DurationMs:0} ms and {RetryCount} retries: {Reason}")]
    public static partial void CallFailed(ILogger logger, string method, string pathTemplate, double durationMs, int retryCount, string reason);

    [LoggerMessage(EventId = 4, EventName = "OAuthTokenRefreshed", Level = LogLevel.Information,
        Message = "OAuth access token refreshed; the new one expires at {ExpiresAt:O}")]
    public static partial void TokenRefreshed(ILogger logger, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 5, EventName = "CloudIdResolved", Level = LogLevel.Debug,
        Message = "Cloud id of {SiteHost} is {CloudId}")]
    public static partial void CloudIdResolved(ILogger logger, string siteHost, string cloudId);

    [LoggerMessage(EventId = 6, EventName = "RedirectFollowed", Level = LogLevel.Debug,
        Message = "{Method} {PathTemplate} redirected to {TargetHost}; credentials sent: {WithCredentials}")]
    public static partial void RedirectFollowed(ILogger logger, string method, string pathTemplate, string targetHost, bool withCredentials);
}
