using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace Scopewise.Benchmarks;

/// <summary>
/// Few iterations, so a full run fits in minutes on a shared two-core machine; memory per operation and ratios
/// against the baseline method of each class are what the targets are checked with.
/// </summary>
public sealed class ShortRunConfig : ManualConfig
{
    /// <summary>Short job, memory diagnoser, ratio columns.</summary>
    public ShortRunConfig()
    {
        AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(5).WithLaunchCount(1));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(BaselineRatioColumn.RatioMean, BaselineAllocationRatioColumn.RatioMean);
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));
        WithOptions(ConfigOptions.DisableLogFile);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams);
    }
}
