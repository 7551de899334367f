using System.Diagnostics;
using System.Globalization;

namespace Scopewise.Benchmarks.Runtime;

/// <summary>
/// The runtime time ratio on a shared, loaded machine. Rounds of a block of calls of each client run interleaved (the
/// order alternates between rounds), and for each client the fastest block is kept: load only ever adds time, so minima
/// taken side by side are steadier than two means measured a minute apart. Alongside wall time it reports the process's
/// CPU time per call (client, in-process server, thread pool and GC together), which other processes' load inflates
/// far less than wall time, and the bytes allocated per call. The paired ratio is the median, over rounds, of the two
/// clients' blocks of the same round: neighbours in time share the load of the moment, so their ratio varies less.
/// Run: <c>Scopewise.Benchmarks.dll runtime-ratio [rounds]</c>.
/// </summary>
internal static class RuntimeRatioProbe
{
    private sealed record Case(string Name, int CallsPerBlock, Func<Task> Call, int WarmupCalls = 2000)
    {
        public List<Block> Blocks { get; } = [];
    }

    private readonly record struct Block(double WallMicroseconds, double CpuMicroseconds, double AllocatedBytes);

    public static void Run(int rounds) => RunAsync(rounds).GetAwaiter().GetResult();

    private static async Task RunAsync(int rounds)
    {
        var bench = new RuntimeBenchmarks();
        bench.Setup();
        try
        {
            // Blocks of ~10 ms each: long enough to average out timer and scheduler granularity, short enough that a
            // burst of load from another process spoils only a few of them and quiet moments are caught.
            Case[][] pairs =
            [
                [new("HandWritten_GetPageById", 200, bench.HandWritten_GetPageById), new("Scopewise_GetPageById", 200, bench.Scopewise_GetPageById)],
                [new("HandWritten_List100", 40, bench.HandWritten_List100), new("Scopewise_List100", 40, bench.Scopewise_List100)],

                // Throughput under contention: one "call" is 16 callers each making 8 single-page calls at once, so a
                // block is 2 × 128 requests; throughput ratio = 1 / wall ratio.
                [new("HandWritten_Concurrent16", 2, () => Concurrently(bench.HandWritten_GetPageById), WarmupCalls: 20), new("Scopewise_Concurrent16", 2, () => Concurrently(bench.Scopewise_GetPageById), WarmupCalls: 20)],
            ];

            foreach (var @case in pairs.SelectMany(p => p))
            {
                await MeasureBlockAsync(@case, @case.WarmupCalls); // JIT tiering, connection pool and JSON metadata warm
            }

            Console.WriteLine($"runtime calls, {rounds} interleaved rounds (load before: {LoadAverage()})");
            for (var round = 0; round < rounds; round++)
            {
                foreach (var pair in pairs)
                {
                    var order = round % 2 == 0 ? pair : [pair[1], pair[0]];
                    foreach (var @case in order)
                    {
                        @case.Blocks.Add(await MeasureBlockAsync(@case, @case.CallsPerBlock));
                    }
                }
            }

            Console.WriteLine($"(load after: {LoadAverage()})");
            Console.WriteLine();
            Console.WriteLine("| call | wall min µs | wall median µs | CPU min µs | CPU median µs | allocated B/call |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var @case in pairs.SelectMany(p => p))
            {
                var b = @case.Blocks;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {@case.Name} | {b.Min(x => x.WallMicroseconds):F1} | {Median(b, x => x.WallMicroseconds):F1} | {b.Min(x => x.CpuMicroseconds):F1} | {Median(b, x => x.CpuMicroseconds):F1} | {Median(b, x => x.AllocatedBytes):F0} |"));
            }

            Console.WriteLine();
            Console.WriteLine("| call | wall min ratio | wall median ratio | wall paired ratio | CPU min ratio | CPU paired ratio | alloc ratio |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var pair in pairs)
            {
                var (hand, scopewise) = (pair[0].Blocks, pair[1].Blocks);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {pair[1].Name} / {pair[0].Name} | {scopewise.Min(x => x.WallMicroseconds) / hand.Min(x => x.WallMicroseconds):F3} | {Median(scopewise, x => x.WallMicroseconds) / Median(hand, x => x.WallMicroseconds):F3} | {PairedRatio(hand, scopewise, x => x.WallMicroseconds):F3} | {scopewise.Min(x => x.CpuMicroseconds) / hand.Min(x => x.CpuMicroseconds):F3} | {PairedRatio(hand, scopewise, x => x.CpuMicroseconds):F3} | {Median(scopewise, x => x.AllocatedBytes) / Median(hand, x => x.AllocatedBytes):F3} |"));
            }
        }
        finally
        {
            bench.Cleanup();
        }
    }

    private const int ConcurrentCallers = 16;
    private const int CallsPerCaller = 8;

    /// <summary>16 callers at once, each awaiting 8 calls one after another, as 16 request handlers of a web app would.</summary>
    private static Task Concurrently(Func<Task> call)
    {
        var callers = new Task[ConcurrentCallers];
        for (var i = 0; i < callers.Length; i++)
        {
            callers[i] = Task.Run(async () =>
            {
                for (var j = 0; j < CallsPerCaller; j++)
                {
                    await call();
                }
            });
        }

        return Task.WhenAll(callers);
    }

    /// <summary>Runs <paramref name="calls"/> calls one after another, as an application awaiting each would.</summary>
    private static async Task<Block> MeasureBlockAsync(Case @case, int calls)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Environment.CpuUsage.TotalTime; // getrusage: microsecond resolution, unlike Process.TotalProcessorTime's clock ticks
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < calls; i++)
        {
            await @case.Call();
        }

        var wall = Stopwatch.GetElapsedTime(started);
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new Block(wall.TotalMicroseconds / calls, cpu.TotalMicroseconds / calls, (double)allocated / calls);
    }

    private static double Median(List<Block> blocks, Func<Block, double> value) => Median(blocks.Select(value));

    /// <summary>The median of the per-round ratios: round i's Scopewise block over round i's hand-written block.</summary>
    private static double PairedRatio(List<Block> hand, List<Block> scopewise, Func<Block, double> value)
        => Median(hand.Zip(scopewise, (h, s) => value(s) / value(h)));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
}
