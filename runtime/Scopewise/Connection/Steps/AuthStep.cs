using System.Runtime.CompilerServices;

namespace Scopewise;

/// <summary>
/// Gets the credential's header for each attempt (refreshing a token ahead of expiry), and when the configured origin
/// refuses it in a way a fresh token may cure (the credential decides), tries once more with a fresh one.
/// </summary>
internal sealed class AuthStep(CredentialContext context) : RequestStep
{
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<HttpResponseMessage> SendAsync(CallState call)
    {
        var credential = call.Route.Credential;
        string? rejectedToken = null;
        while (true)
        {
            call.Header = await credential.GetHeaderAsync(context, rejectedToken, call.CancellationToken).ConfigureAwait(false);
            var response = await Next.SendAsync(call).ConfigureAwait(false);
            if (response.IsSuccessStatusCode || call.Header is not { } sent || call.RefreshedAfterRefusal || !call.Request.IsContentRepeatable
                || response.RequestMessage?.RequestUri is not { } answeredBy || !UriPaths.SameOrigin(answeredBy, call.Route.BaseAddress)
                || !credential.MayBeCuredByFreshToken(response, sent, context.TimeProvider))
            {
                return response;
            }

            // The token may have expired early (clocks differ) or been revoked: refresh once (shared with concurrent
            // calls) and send again.
            response.Dispose();
            call.RefreshedAfterRefusal = true;
            rejectedToken = sent.Token;
        }
    }
}
