using System.Diagnostics;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Benchmarks;

/// <summary>
/// What the CLI does per story, stage by stage, in CPU time: parse, score, write JSON, over every
/// story file of a folder, twelve rounds, best round reported. CPU time of the best round is what
/// survives a shared, busy machine best (wall-clock figures there swing tenfold); compare two builds
/// by running both in the same minute. Run:
/// <c>dotnet run -c Release --project bench/InterviewPrep.Benchmarks -- stages tests/corpus/blind/dev</c>
/// </summary>
internal static class PipelineStages
{
    public static void Run(string folder)
    {
        var content = ContentLoader.Load(ContentPaths.FindDefault());
        if (!content.Ok)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, content.Errors));
        }

        var scorer = new StarScorer(content.Catalog!.Scoring);
        var files = Directory.GetFiles(folder, "*.md").Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToArray();
        var texts = files.Select(File.ReadAllText).ToArray();
        double parse = double.MaxValue, score = double.MaxValue, json = double.MaxValue;
        long allocated = 0;
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < 12; round++)
        {
            process.Refresh();
            var t0 = process.TotalProcessorTime;
            var docs = texts.Select((t, i) => StoryMarkdown.Parse(t, files[i]).Document).ToArray();
            process.Refresh();
            var t1 = process.TotalProcessorTime;
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var reports = docs.Select(d => d is null ? null : scorer.Score(d.Story)).ToArray();
            allocated = (GC.GetAllocatedBytesForCurrentThread() - a0) / files.Length;
            process.Refresh();
            var t2 = process.TotalProcessorTime;
            ScoreReportJson.Write(reports.Select((r, i) => (files[i], r)).Where(p => p.r is not null).Select(p => (p.Item1, p.r!)), TextWriter.Null);
            process.Refresh();
            var t3 = process.TotalProcessorTime;
            parse = Math.Min(parse, (t1 - t0).TotalMicroseconds / files.Length);
            score = Math.Min(score, (t2 - t1).TotalMicroseconds / files.Length);
            json = Math.Min(json, (t3 - t2).TotalMicroseconds / files.Length);
        }

        Console.WriteLine($"{files.Length} stories, best of 12 rounds, CPU time per story: parse {parse:F0} µs, score {score:F0} µs, json {json:F0} µs; score allocates {allocated / 1024.0:F1} KB");
    }
}
