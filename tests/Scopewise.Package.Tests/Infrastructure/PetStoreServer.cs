using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Scopewise.Package.Tests.Infrastructure;

/// <summary>The smallest server petstore.yaml describes: GET /api/pets on 127.0.0.1, a free port.</summary>
public sealed class PetStoreServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PetStoreServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The host root: generated paths already carry the spec's server path (`/api/pets`).</summary>
    public Uri BaseAddress { get; }

    public List<string> RequestedPaths { get; } = [];

    public static async Task<PetStoreServer> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        PetStoreServer? server = null;
        app.UseRouting();
        app.MapGet("/api/pets", (HttpContext context) =>
        {
            server!.RequestedPaths.Add(context.Request.Path + context.Request.QueryString);
            return Results.Text("""[{"id":1,"name":"Rex","tag":"dog"},{"id":2,"name":"Tom"}]""", "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new PetStoreServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
