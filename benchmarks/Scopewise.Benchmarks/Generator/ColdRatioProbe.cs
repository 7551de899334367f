using System.Diagnostics;

namespace Scopewise.Benchmarks.Generator;

/// <summary>
/// The cold-generation ratio on a shared, loaded machine: NSwag's parse and the generator's cold work run
/// interleaved, and the minimum of each is compared. Load only ever adds time, so minima taken side by side are a
/// steadier ratio than two means measured minutes apart. Run: <c>dotnet run -c Release -- cold-ratio [rounds]</c>.
/// </summary>
internal static class ColdRatioProbe
{
    public static void Run(int rounds)
    {
        Console.WriteLine($"cold generation vs NSwag parse, minimum of {rounds} interleaved rounds (load {File.ReadAllText("/proc/loadavg").Trim()})");
        Console.WriteLine("| spec | NSwag parse ms | Scopewise parse ms | resolve+emit ms | cold total ms | cold / NSwag |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var name in BundledSpecs.Names[..^1])
        {
            var bench = new GeneratorBenchmarks { Spec = name };
            bench.Setup();
            double nswag = double.MaxValue, parse = double.MaxValue, emit = double.MaxValue, cold = double.MaxValue;
            for (var round = 0; round < rounds; round++)
            {
                nswag = Math.Min(nswag, Time(() => bench.NSwagParse()));
                parse = Math.Min(parse, Time(() => bench.ScopewiseParse()));
                emit = Math.Min(emit, Time(() => bench.ResolveAndEmit()));
                cold = Math.Min(cold, Time(() => bench.ScopewiseCold()));
            }

            Console.WriteLine($"| {name} | {nswag:F1} | {parse:F1} | {emit:F1} | {cold:F1} | {cold / nswag:F2} |");
        }
    }

    private static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
