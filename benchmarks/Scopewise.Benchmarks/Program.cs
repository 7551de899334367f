// Scopewise benchmarks. Never run by CI. Pick benchmarks with BenchmarkDotNet's usual arguments, for example
//   dotnet run -c Release --project benchmarks/Scopewise.Benchmarks -- --filter '*Generator*'
// Results and the exact commands used for benchmarks/RESULTS.md are recorded there.
using BenchmarkDotNet.Running;
using Scopewise.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(ShortRunConfig).Assembly).Run(args, new ShortRunConfig());
