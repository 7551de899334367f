using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Scopewise;

/// <summary>The connection's logger, in one place so that every event goes through <see cref="ScopewiseLog"/>.</summary>
internal sealed class ScopewiseDiagnostics(ILogger? logger)
{
    public ILogger Logger { get; } = logger ?? NullLogger.Instance;

    public void TokenRefreshed(DateTimeOffset expiresAt) => ScopewiseLog.TokenRefreshed(Logger, expiresAt);
}
