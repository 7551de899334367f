using System.Diagnostics;
using System.Globalization;

namespace Scopewise.Benchmarks.Adf;

/// <summary>
/// The ADF time and allocation ratios on a shared, loaded machine, measured as <c>runtime-ratio</c> does: rounds of a
/// block of calls of each side run interleaved (the order alternating), and for each side the fastest block and the
/// median block are kept; allocations are this thread's bytes per call. Run:
/// <c>Scopewise.Benchmarks.dll adf-ratio [rounds]</c>.
/// </summary>
internal static class AdfRatioProbe
{
    private sealed record Case(string Name, int CallsPerBlock, Func<string> Call)
    {
        public List<(double Microseconds, double Bytes)> Blocks { get; } = [];
    }

    public static void Run(int rounds)
    {
        var bench = new AdfBenchmarks();
        bench.Setup();
        Case[][] pairs =
        [
            [new("HandWritten_BuildAndSerialize", 10, bench.HandWritten_BuildAndSerialize), new("Scopewise_BuildAndSerialize", 10, bench.Scopewise_BuildAndSerialize)],
            [new("HandWritten_MarkdownToAdf", 3, bench.HandWritten_MarkdownToAdf), new("Scopewise_MarkdownToAdf", 3, bench.Scopewise_MarkdownToAdf)],
        ];

        foreach (var @case in pairs.SelectMany(p => p))
        {
            Measure(@case, 30); // JIT tiering
        }

        for (var round = 0; round < rounds; round++)
        {
            foreach (var pair in pairs)
            {
                foreach (var @case in round % 2 == 0 ? pair : [pair[1], pair[0]])
                {
                    @case.Blocks.Add(Measure(@case, @case.CallsPerBlock));
                }
            }
        }

        Console.WriteLine($"ADF, {rounds} interleaved rounds");
        Console.WriteLine("| call | min µs | median µs | allocated B/call |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var @case in pairs.SelectMany(p => p))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {@case.Name} | {@case.Blocks.Min(b => b.Microseconds):F0} | {Median(@case.Blocks.Select(b => b.Microseconds)):F0} | {Median(@case.Blocks.Select(b => b.Bytes)):F0} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| comparison | min ratio | median ratio | alloc ratio |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var pair in pairs)
        {
            var (hand, scopewise) = (pair[0].Blocks, pair[1].Blocks);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {pair[1].Name} / {pair[0].Name} | {scopewise.Min(b => b.Microseconds) / hand.Min(b => b.Microseconds):F3} | {Median(scopewise.Select(b => b.Microseconds)) / Median(hand.Select(b => b.Microseconds)):F3} | {Median(scopewise.Select(b => b.Bytes)) / Median(hand.Select(b => b.Bytes)):F3} |"));
        }
    }

    private static (double Microseconds, double Bytes) Measure(Case @case, int calls)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            GC.KeepAlive(@case.Call());
        }

        watch.Stop();
        return (watch.Elapsed.TotalMicroseconds / calls, (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)calls);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
