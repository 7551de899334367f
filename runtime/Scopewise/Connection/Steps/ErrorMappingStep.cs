using System.Runtime.CompilerServices;

namespace Scopewise;

/// <summary>Turns the final error answer (after retries and refresh) into the exception that says what happened and what to do.</summary>
internal sealed class ErrorMappingStep(CredentialContext context, RetryOptions retry) : RequestStep
{
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<HttpResponseMessage> SendAsync(CallState call)
    {
        var response = await Next.SendAsync(call).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        call.Activity?.SetTag("http.response.status_code", (int)response.StatusCode);
        throw await ErrorMapper.CreateAsync(call, response, context, retry, call.CancellationToken).ConfigureAwait(false);
    }
}
