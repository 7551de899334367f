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

        object result = action();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var pause = GC.GetTotalPauseDuration();
        var start = Stopwatch.GetTimestamp();
        for (var round = 0; round < rounds; round++)
        {
            result = action();
        }

        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        Console.WriteLine($"{method} {spec}: {elapsed / rounds:F1} ms per round over {rounds} rounds (after one warm-up), " +
            $"of which GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / rounds:F1} ms; " +
            $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6 / rounds:F1} MB allocated; " +
            $"GCs gen0/1/2 {GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]}; result {result}");
    }
}
