namespace Scopewise.Demo.Infrastructure;

/// <summary>What every command gets: its arguments, where to write, the environment and cancellation.</summary>
/// <param name="Arguments">The parsed command line, command words included.</param>
/// <param name="Output">Results (tables, pages); safe to pipe.</param>
/// <param name="Status">Progress, the sandbox notice and errors.</param>
/// <param name="Environment">Reads SCOPEWISE_* variables.</param>
/// <param name="CancellationToken">Ctrl+C.</param>
public sealed record CommandContext(
    CommandLine Arguments,
    TextWriter Output,
    TextWriter Status,
    Func<string, string?> Environment,
    CancellationToken CancellationToken);
