using BenchmarkDotNet.Running;
using InterviewPrep.Benchmarks;

if (args is ["stages", var folder])
{
    PipelineStages.Run(folder);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ScoringBenchmarks).Assembly).Run(args);
