using System.Diagnostics;

namespace Scopewise;

/// <summary>Names for tracing: listen to <see cref="ActivitySourceName"/> (OpenTelemetry: <c>AddSource("Scopewise")</c>).</summary>
public static class ScopewiseTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> that starts one activity per API call.</summary>
    public const string ActivitySourceName = "Scopewise";

    /// <summary>The name of the logger category the runtime writes to.</summary>
    public const string LoggerCategory = "Scopewise.ApiConnection";

    internal static readonly ActivitySource Source = new(ActivitySourceName, typeof(ScopewiseTelemetry).Assembly.GetName().Version?.ToString());
}
