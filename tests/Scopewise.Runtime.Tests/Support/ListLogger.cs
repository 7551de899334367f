using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Scopewise.Runtime.Tests.Support;

/// <summary>Keeps every formatted log message and its structured values.</summary>
internal sealed class ListLogger : ILogger, ILoggerProvider
{
    public ConcurrentQueue<(EventId Id, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        Entries.Enqueue((eventId, formatter(state, exception) + (exception is null ? string.Empty : " " + exception), values));
    }

    public ILogger CreateLogger(string categoryName) => this;

    public void Dispose()
    {
    }

    public string AllText => string.Join("\n", Entries.Select(e => e.Message));
}
