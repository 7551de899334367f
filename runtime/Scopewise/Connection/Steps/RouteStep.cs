using System.Runtime.CompilerServices;

namespace Scopewise;

/// <summary>
/// Picks where the call goes (site, gateway with the cloud id, or a product's own base address) and, when the
/// credential's scopes are known, refuses before sending a call they cannot satisfy.
/// </summary>
internal sealed class RouteStep(RouteTable routes, CredentialContext context) : RequestStep
{
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<HttpResponseMessage> SendAsync(CallState call)
    {
        var request = call.Request;
        var route = await routes.ResolveAsync(request.Operation.Product, context, call.CancellationToken).ConfigureAwait(false);
        call.Activity?.SetTag("server.address", route.BaseAddress.Host);
        call.Route = route;
        await CheckScopesAsync(call).ConfigureAwait(false);
        call.Uri = route.BuildUri(request);
        return await Next.SendAsync(call).ConfigureAwait(false);
    }

    private async ValueTask CheckScopesAsync(CallState call)
    {
        var operation = call.Request.Operation;
        var credential = call.Route.Credential;
        if (operation.Scopes.IsEmpty || !credential.UsesGateway)
        {
            return;
        }

        var granted = await credential.GetKnownScopesAsync(context, call.CancellationToken).ConfigureAwait(false);
        if (granted is not null && !operation.Scopes.IsSatisfiedBy(granted))
        {
            throw new InsufficientScopeException(RefusalDetails.For(operation, call.Route, granted));
        }
    }
}
