using System.Diagnostics;

namespace Scopewise.Benchmarks.Generator;

/// <summary>
/// The cold-generation ratio on a shared, loaded machine: NSwag's parse and the generator's phases run interleaved,
/// each from a freshly collected heap, and the minimum of each is compared. Load only ever adds time, so minima taken
/// side by side are steadier than two means measured minutes apart; allocations are exact. Minima from a clean heap
/// undercount garbage collection, which BenchmarkDotNet's means include: this is a cross-check, not the verdict. Run
/// under the compiler's GC: <c>DOTNET_gcServer=1 dotnet Scopewise.Benchmarks.dll cold-ratio [rounds]</c>.
/// </summary>
internal static class ColdRatioProbe
{
    public static void Run(int rounds)
    {
        Console.WriteLine($"cold generation vs NSwag parse, minimum of {rounds} interleaved rounds (load {File.ReadAllText("/proc/loadavg").Trim()}, GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")})");
        Console.WriteLine("| spec | clock | NSwag parse | Scopewise parse | resolve+emit | cold total | cold / NSwag |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var name in BundledSpecs.Names[..^1])
        {
            var bench = new GeneratorBenchmarks { Spec = name };
            bench.Setup();
            var nswag = new Phase(() => bench.NSwagParse());
            var parse = new Phase(() => bench.ScopewiseParse());
            var emit = new Phase(() => bench.ResolveAndEmit());
            var cold = new Phase(() => bench.ScopewiseCold());
            Phase[] phases = [nswag, parse, emit, cold];
            for (var round = 0; round < rounds; round++)
            {
                foreach (var phase in phases)
                {
                    phase.Measure();
                }
            }

            Console.WriteLine($"| {name} | wall ms | {nswag.Wall:F1} | {parse.Wall:F1} | {emit.Wall:F1} | {cold.Wall:F1} | {cold.Wall / nswag.Wall:F2} |");
            Console.WriteLine($"| {name} | allocated MB | {nswag.Megabytes:F1} | {parse.Megabytes:F1} | {emit.Megabytes:F1} | {cold.Megabytes:F1} | {cold.Megabytes / nswag.Megabytes:F2} |");
            Console.WriteLine($"| {name} | GCs gen0/1/2 | {nswag.Collections} | {parse.Collections} | {emit.Collections} | {cold.Collections} | |");
        }
    }

    private sealed class Phase(Action action)
    {
        public double Wall { get; private set; } = double.MaxValue;

        public double Megabytes { get; private set; }

        /// <summary>Collections during the last run, by generation.</summary>
        public string Collections { get; private set; } = string.Empty;

        public void Measure()
        {
            // Start from a collected heap, so one phase never pays for the garbage the previous one left.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            action();
            Wall = Math.Min(Wall, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            Megabytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1_000_000.0;
            Collections = $"{GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]}";
        }
    }
}
