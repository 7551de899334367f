using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Scopewise.Sandbox.Tests;

/// <summary>
/// Scopewise.Sandbox.Host started as its own process, as a user (or a test in another language) runs it: the values it
/// prints at start, and raw HTTP to it. Nothing here uses the sandbox's types.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Dictionary<string, string> _printed;

    private HostProcess(Process process, Dictionary<string, string> printed)
    {
        _process = process;
        _printed = printed;
        Site = new Uri(printed["site"]);
    }

    public Uri Site { get; }

    public string AdminKey => _printed["admin key"];

    public string CloudId => _printed["cloud id"];

    public string Email => _printed["user"];

    public string ApiToken => First("API token");

    public string ScopedToken => First("scoped token");

    public string AccessToken => First("access token");

    public string RefreshToken => First("refresh token");

    public string ClientId => First("OAuth client");

    public string ClientSecret => _printed["OAuth client"].Split(" / ")[1].Trim();

    public static async Task<HostProcess> StartAsync(params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "runtime", "Scopewise.Sandbox.Host", "bin", BuildConfiguration, "net8.0", "Scopewise.Sandbox.Host.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.GetFullPath(dll));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the sandbox host.");
        var printed = new Dictionary<string, string>(StringComparer.Ordinal);
        var output = new StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            output.AppendLine(line);
            if (line.StartsWith("Press Ctrl+C", StringComparison.Ordinal))
            {
                return new HostProcess(process, printed);
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.StartsWith("  ", StringComparison.Ordinal) && colon > 0)
            {
                printed[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var errors = await process.StandardError.ReadToEndAsync(timeout.Token);
        throw new InvalidOperationException($"The sandbox host exited before it was ready (exit {(process.HasExited ? process.ExitCode : -1)}):\n{output}\n{errors}");
    }

    /// <summary>A URL on the host: <c>http://127.0.0.1:PORT{path}</c>.</summary>
    public Uri Url(string path) => new(Site, path);

    /// <summary>A request to the control endpoint with the printed key.</summary>
    public async Task<(int Status, JsonNode? Body)> ControlAsync(HttpMethod method, string route, string? json = null, string? key = null)
    {
        using var request = new HttpRequestMessage(method, Url("/_sandbox/" + route));
        request.Headers.TryAddWithoutValidation("X-Sandbox-Admin-Key", key ?? AdminKey);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        using var response = await SandboxHttp.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private string First(string name) => _printed[name].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif
}
