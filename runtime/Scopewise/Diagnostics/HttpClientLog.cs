using Microsoft.Extensions.Logging;

namespace Scopewise;

/// <summary>
/// The HttpClientFactory's default log events for the Scopewise client, with the same event ids, names and messages,
/// written by <see cref="RedactedHttpClientLogger"/> in place of the factory's own loggers.
/// </summary>
internal static partial class HttpClientLog
{
    public static readonly EventId PipelineRequestHeader = new(102, "RequestPipelineRequestHeader");
    public static readonly EventId PipelineResponseHeader = new(103, "RequestPipelineResponseHeader");
    public static readonly EventId RequestHeader = new(102, "RequestHeader");
    public static readonly EventId ResponseHeader = new(103, "ResponseHeader");

    [LoggerMessage(EventId = 100, EventName = "RequestPipelineStart", Level = LogLevel.Information, Message = "Start processing HTTP request {HttpMethod} {Uri}")]
    public static partial void PipelineStart(ILogger logger, HttpMethod httpMethod, string uri);

    [LoggerMessage(EventId = 101, EventName = "RequestPipelineEnd", Level = LogLevel.Information, Message = "End processing HTTP request after {ElapsedMilliseconds}ms - {StatusCode}")]
    public static partial void PipelineEnd(ILogger logger, double elapsedMilliseconds, int statusCode);

    [LoggerMessage(EventId = 104, EventName = "RequestPipelineFailed", Level = LogLevel.Information, Message = "HTTP request failed after {ElapsedMilliseconds}ms")]
    public static partial void PipelineFailed(ILogger logger, double elapsedMilliseconds, Exception exception);

    [LoggerMessage(EventId = 100, EventName = "RequestStart", Level = LogLevel.Information, Message = "Sending HTTP request {HttpMethod} {Uri}")]
    public static partial void RequestStart(ILogger logger, HttpMethod httpMethod, string uri);

    [LoggerMessage(EventId = 101, EventName = "RequestEnd", Level = LogLevel.Information, Message = "Received HTTP response headers after {ElapsedMilliseconds}ms - {StatusCode}")]
    public static partial void RequestEnd(ILogger logger, double elapsedMilliseconds, int statusCode);

    [LoggerMessage(EventId = 104, EventName = "RequestFailed", Level = LogLevel.Information, Message = "HTTP request failed after {ElapsedMilliseconds}ms")]
    public static partial void RequestFailed(ILogger logger, double elapsedMilliseconds, Exception exception);

    private static readonly Func<ILogger, HttpMethod, string, IDisposable?> PipelineScope =
        LoggerMessage.DefineScope<HttpMethod, string>("HTTP {HttpMethod} {Uri}");

    public static IDisposable? BeginPipelineScope(ILogger logger, HttpMethod httpMethod, string uri) => PipelineScope(logger, httpMethod, uri);
}
