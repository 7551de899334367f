using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace Scopewise;

/// <summary>
/// Logs the Scopewise HTTP client's requests as the HttpClientFactory's default loggers do (same categories, events and
/// messages), but without credentials: header values the redaction rule names are <c>*</c> in the message and in the
/// structured values alike, and URIs lose their query (as the factory's own logging does from version 9).
/// </summary>
internal sealed class RedactedHttpClientLogger : IHttpClientLogger
{
    private readonly ILogger _logger;
    private readonly bool _pipeline;
    private readonly Func<string, bool> _shouldRedact;

    private RedactedHttpClientLogger(ILogger logger, bool pipeline, Func<string, bool> shouldRedact)
    {
        _logger = logger;
        _pipeline = pipeline;
        _shouldRedact = shouldRedact;
    }

    /// <summary>The outer logger, around the whole handler pipeline (category <c>System.Net.Http.HttpClient.{name}.LogicalHandler</c>).</summary>
    public static RedactedHttpClientLogger ForPipeline(ILoggerFactory loggers, string clientName, Func<string, bool> shouldRedact)
        => new(loggers.CreateLogger($"System.Net.Http.HttpClient.{clientName}.LogicalHandler"), pipeline: true, shouldRedact);

    /// <summary>The inner logger, next to the primary handler (category <c>System.Net.Http.HttpClient.{name}.ClientHandler</c>).</summary>
    public static RedactedHttpClientLogger ForClient(ILoggerFactory loggers, string clientName, Func<string, bool> shouldRedact)
        => new(loggers.CreateLogger($"System.Net.Http.HttpClient.{clientName}.ClientHandler"), pipeline: false, shouldRedact);

    public object? LogRequestStart(HttpRequestMessage request)
    {
        var uri = ScrubbedUri(request.RequestUri);
        IDisposable? scope = null;
        if (_pipeline)
        {
            scope = HttpClientLog.BeginPipelineScope(_logger, request.Method, uri);
            HttpClientLog.PipelineStart(_logger, request.Method, uri);
        }
        else
        {
            HttpClientLog.RequestStart(_logger, request.Method, uri);
        }

        LogHeaders(_pipeline ? HttpClientLog.PipelineRequestHeader : HttpClientLog.RequestHeader, "Request Headers:", request.Headers, request.Content?.Headers);
        return scope;
    }

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        if (_pipeline)
        {
            HttpClientLog.PipelineEnd(_logger, elapsed.TotalMilliseconds, (int)response.StatusCode);
        }
        else
        {
            HttpClientLog.RequestEnd(_logger, elapsed.TotalMilliseconds, (int)response.StatusCode);
        }

        LogHeaders(_pipeline ? HttpClientLog.PipelineResponseHeader : HttpClientLog.ResponseHeader, "Response Headers:", response.Headers, response.Content?.Headers);
        (context as IDisposable)?.Dispose();
    }

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed)
    {
        if (_pipeline)
        {
            HttpClientLog.PipelineFailed(_logger, elapsed.TotalMilliseconds, exception);
        }
        else
        {
            HttpClientLog.RequestFailed(_logger, elapsed.TotalMilliseconds, exception);
        }

        (context as IDisposable)?.Dispose();
    }

    private void LogHeaders(EventId eventId, string title, HttpHeaders headers, HttpHeaders? contentHeaders)
    {
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            var state = new RedactedHeadersLogValue(title, headers, contentHeaders, _shouldRedact);
            _logger.Log(LogLevel.Trace, eventId, state, null, static (s, _) => s.ToString());
        }
    }

    /// <summary>Scheme, host, port and path; a query becomes <c>?*</c> (it can carry CQL/JQL text or paging cursors), user info and fragment go.</summary>
    private static string ScrubbedUri(Uri? uri)
    {
        if (uri is null)
        {
            return string.Empty;
        }

        if (!uri.IsAbsoluteUri)
        {
            var text = uri.OriginalString;
            var query = text.IndexOf('?', StringComparison.Ordinal);
            return query < 0 ? text : text[..query] + "?*";
        }

        var path = uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        return uri.Query.Length > 0 ? path + "?*" : path;
    }
}
