using Microsoft.AspNetCore.Http;

namespace Scopewise.Package.Tests.Infrastructure;

/// <summary>The smallest server petstore.yaml describes: GET /api/pets on 127.0.0.1, a free port.</summary>
public sealed class PetStoreServer : IAsyncDisposable
{
    private readonly LocalServer _server;

    private PetStoreServer(LocalServer server) => _server = server;

    /// <summary>The host root: generated paths already carry the spec's server path (`/api/pets`).</summary>
    public Uri BaseAddress => _server.Address;

    public List<string> RequestedPaths { get; } = [];

    public static async Task<PetStoreServer> StartAsync()
    {
        PetStoreServer? server = null;
        var local = await LocalServer.StartAsync(async context =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) || context.Request.Path != "/api/pets")
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            server!.RequestedPaths.Add(context.Request.Path + context.Request.QueryString);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""[{"id":1,"name":"Rex","tag":"dog"},{"id":2,"name":"Tom"}]""");
        });
        server = new PetStoreServer(local);
        return server;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
