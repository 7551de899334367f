using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Scopewise.Benchmarks.Runtime;

/// <summary>
/// Kestrel on 127.0.0.1 (random port) answering the two measured calls with fixed bytes. Fixed bytes keep the
/// server's cost equal for both clients, so the difference measured is the client's.
/// </summary>
internal sealed class FixedConfluenceServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FixedConfluenceServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The site root, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; }

    public static async Task<FixedConfluenceServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/wiki/api/v2/pages/{id}", (HttpContext context) => Json(context, ConfluenceFixtures.SinglePage));
        app.MapGet("/wiki/api/v2/pages", (HttpContext context) => Json(context, ConfluenceFixtures.HundredPages));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new FixedConfluenceServer(app, new Uri(address));
    }

    private static Task Json(HttpContext context, byte[] body)
    {
        if (context.Request.Headers.Authorization.Count == 0)
        {
            // Both clients must send the credential; a missing header would make one of them do less work.
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        context.Response.ContentType = "application/json;charset=UTF-8";
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, 0, body.Length);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
