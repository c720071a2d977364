using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(InterviewPrep.Benchmarks.ScoringBenchmarks).Assembly).Run(args);
