// Scopewise benchmarks. Never run by CI. Pick benchmarks with BenchmarkDotNet's usual arguments, for example
//   dotnet run -c Release --project benchmarks/Scopewise.Benchmarks -- --filter '*Generator*'
// or `-- cold-ratio [rounds]` for the interleaved cold-generation ratio, `-- runtime-ratio [rounds]` for the runtime's, `-- adf-ratio [rounds]` for ADF's, or `-- profile <method> <spec> [rounds]` to loop one
// generator phase under a profiler. Commands and results: benchmarks/RESULTS.md.
using System.Globalization;
using BenchmarkDotNet.Running;
using Scopewise.Benchmarks;
using Scopewise.Benchmarks.Generator;

if (args.Length > 0 && args[0] == "cold-ratio")
{
    ColdRatioProbe.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15);
    return;
}

if (args.Length > 0 && args[0] == "runtime-ratio")
{
    Scopewise.Benchmarks.Runtime.RuntimeRatioProbe.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100);
    return;
}

if (args.Length > 0 && args[0] == "adf-ratio")
{
    Scopewise.Benchmarks.Adf.AdfRatioProbe.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40);
    return;
}

if (args.Length > 2 && args[0] == "profile")
{
    ProfileLoop.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ShortRunConfig).Assembly).Run(args, new ShortRunConfig());
