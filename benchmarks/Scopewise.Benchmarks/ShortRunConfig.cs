using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Scopewise.Benchmarks;

/// <summary>
/// Few iterations, so a full run fits in minutes on a shared two-core machine; memory per operation and ratios
/// against the baseline method of each group are what the targets are checked with. In-process: the project
/// references the generator and runtime projects, and an out-of-process rebuild of them would race other builds.
/// </summary>
public sealed class ShortRunConfig : ManualConfig
{
    /// <summary>Short in-process job, memory diagnoser, ratio columns, one group per category and parameter.</summary>
    public ShortRunConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(7).WithLaunchCount(1).WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Value);
        Options |= ConfigOptions.DisableLogFile;
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams);
    }
}
