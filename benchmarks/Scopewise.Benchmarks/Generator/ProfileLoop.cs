using System.Diagnostics;

namespace Scopewise.Benchmarks.Generator;

/// <summary>
/// Runs one generator benchmark method in a loop, for a profiler to watch (for example
/// <c>dotnet-trace collect -- dotnet Scopewise.Benchmarks.dll profile ScopewiseCold jira-v3 20</c>). Not a measurement.
/// </summary>
internal static class ProfileLoop
{
    public static void Run(string method, string spec, int rounds)
    {
        var bench = new GeneratorBenchmarks { Spec = spec };
        bench.Setup();
        Func<object> action = method switch
        {
            nameof(GeneratorBenchmarks.NSwagParse) => () => bench.NSwagParse(),
            nameof(GeneratorBenchmarks.ScopewiseParse) => () => bench.ScopewiseParse(),
            nameof(GeneratorBenchmarks.ResolveAndEmit) => () => bench.ResolveAndEmit(),
            nameof(GeneratorBenchmarks.ScopewiseCold) => () => bench.ScopewiseCold(),
            _ => throw new ArgumentException($"unknown method '{method}'", nameof(method)),
        };

        object result = 0;
        var start = Stopwatch.GetTimestamp();
        for (var round = 0; round < rounds; round++)
        {
            result = action();
        }

        Console.WriteLine($"{method} {spec}: {Stopwatch.GetElapsedTime(start).TotalMilliseconds / rounds:F1} ms per round over {rounds} rounds, result {result}");
    }
}
