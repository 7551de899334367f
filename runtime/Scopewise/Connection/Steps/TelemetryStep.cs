using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace Scopewise;

/// <summary>The outermost step: one activity and one log event per call, with its status, duration and retries, never secrets.</summary>
internal sealed class TelemetryStep(CredentialContext context) : RequestStep
{
    private ILogger Logger => context.Diagnostics.Logger;

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<HttpResponseMessage> SendAsync(CallState call)
    {
        var operation = call.Request.Operation;
        var method = operation.Method.Method;
        using var activity = ScopewiseTelemetry.Source.StartActivity(operation.OperationId, ActivityKind.Client);
        activity?.SetTag("http.request.method", method);
        activity?.SetTag("url.template", operation.PathTemplate);
        activity?.SetTag("scopewise.operation_id", operation.OperationId);
        activity?.SetTag("scopewise.product", operation.Product);
        call.Activity = activity;
        var time = context.TimeProvider;
        var started = time.GetTimestamp();
        try
        {
            var response = await Next.SendAsync(call).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            activity?.SetTag("http.response.status_code", status);
            activity?.SetTag("scopewise.retry_count", call.Retries);
            ScopewiseLog.CallCompleted(Logger, method, operation.PathTemplate, status, time.GetElapsedTime(started).TotalMilliseconds, call.Retries);
            return response;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            activity?.SetTag("error.type", ex.GetType().FullName);
            activity?.SetTag("scopewise.retry_count", call.Retries);
            ScopewiseLog.CallFailed(Logger, method, operation.PathTemplate, time.GetElapsedTime(started).TotalMilliseconds, call.Retries, ex.GetType().Name);
            throw;
        }
    }
}
