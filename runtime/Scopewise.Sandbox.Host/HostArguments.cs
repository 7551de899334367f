using System.Globalization;

namespace Scopewise.Sandbox.Host;

/// <summary>The command line: <c>[--port N] [--data-center] [--context-path /confluence]</c>.</summary>
internal sealed record HostArguments(int Port, bool DataCenter, string ContextPath)
{
    public const string Usage = "usage: dotnet run --project runtime/Scopewise.Sandbox.Host -- [--port N] [--data-center [--context-path /confluence]]";

    public static HostArguments Parse(string[] args)
    {
        var port = 0;
        var dataCenter = false;
        var contextPath = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed <= 65535:
                    port = parsed;
                    i++;
                    break;
                case "--data-center":
                    dataCenter = true;
                    break;
                case "--context-path" when i + 1 < args.Length:
                    contextPath = args[++i];
                    break;
                default:
                    throw new ArgumentException($"Unknown or incomplete argument '{args[i]}'.\n{Usage}");
            }
        }

        if (contextPath.Length > 0 && !dataCenter)
        {
            throw new ArgumentException($"--context-path applies to --data-center only.\n{Usage}");
        }

        return new HostArguments(port, dataCenter, contextPath);
    }
}
