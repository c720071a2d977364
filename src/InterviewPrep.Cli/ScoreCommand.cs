using System.Globalization;
using InterviewPrep.Core;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Scoring;
using InterviewPrep.Core.Stories;

namespace InterviewPrep.Cli;

/// <summary>
/// <c>interviewprep score PATH [--format json|text] [--content DIR]</c>: scores one story file or
/// every <c>*.md</c> in a folder (sorted by name). Exit 0 when everything was scored, 1 when the
/// rules cannot be loaded, 2 for an unreadable file or one without STAR sections.
/// </summary>
internal static class ScoreCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Dictionary<string, string>();
        var positional = new List<string>();
        if (!CliApp.TryParseOptions(args, ["--format", "--content"], options, positional, stderr))
        {
            return CliApp.Usage;
        }

        if (positional.Count != 1)
        {
            return CliApp.UsageError(positional.Count == 0 ? "score needs a story file or a folder" : $"unexpected argument '{positional[1]}'", stderr);
        }

        var format = options.GetValueOrDefault("--format") ?? "text";
        if (format is not ("json" or "text"))
        {
            return CliApp.UsageError($"--format must be json or text, not '{format}'", stderr);
        }

        var root = options.GetValueOrDefault("--content") ?? ContentPaths.FindDefault();
        var content = ContentLoader.Load(root);
        if (!content.Ok)
        {
            foreach (var error in content.Errors)
            {
                stderr.WriteLine(error.ToString());
            }

            stderr.WriteLine($"interviewprep: cannot score: {content.Errors.Count} problem(s) in {ContentLoader.Display(root)}");
            return CliApp.Invalid;
        }

        var path = positional[0];
        var isFolder = Directory.Exists(path);
        string[] files;
        if (isFolder)
        {
            files = [.. Directory.EnumerateFiles(path, "*.md").Select(f => Path.Combine(path, Path.GetFileName(f))).Order(StringComparer.Ordinal)];

            // A folder of stories often carries a README that explains it; it is not a story.
            var readmes = files.Where(f => Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase)).ToList();
            foreach (var readme in readmes)
            {
                stderr.WriteLine($"interviewprep: skipping '{readme}': a README is not a story");
            }

            files = [.. files.Except(readmes)];
            if (files.Length == 0)
            {
                stderr.WriteLine($"interviewprep: no *.md story files in folder '{path}'");
                return CliApp.Usage;
            }
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            stderr.WriteLine($"interviewprep: cannot read '{path}': no such file or folder");
            return CliApp.Usage;
        }

        // Files are read, parsed and scored on every core (the scorer keeps no per-call state), then
        // reported in file order, so the output does not depend on the number of cores.
        var scorer = new StarScorer(content.Catalog!.Scoring);
        var results = new FileResult[files.Length];
        Parallel.For(0, files.Length, i => results[i] = ScoreFile(files[i], scorer));
        foreach (var r in results)
        {
            foreach (var line in r.Errors)
            {
                stderr.WriteLine(line);
            }
        }

        var scored = results.Where(r => r.Report is not null).ToList();
        var failed = scored.Count < results.Length;
        if (format == "json")
        {
            if (isFolder)
            {
                ScoreReportJson.Write(scored.Select(s => (s.Doc!.File, s.Report!)), stdout);
                stdout.WriteLine();
            }
            else
            {
                stdout.WriteLine(scored.Count == 1 ? ScoreReportJson.Serialize(scored[0].Doc!.File, scored[0].Report!) : "");
            }
        }
        else
        {
            foreach (var r in scored)
            {
                WriteText(r.Doc!, r.Report!, stdout);
            }
        }

        return failed ? CliApp.Usage : CliApp.Ok;
    }

    /// <summary>The human format: a summary, the timing table, then each finding under its line with a caret.</summary>
    /// <summary>One file's outcome: a report, or the messages saying why there is none.</summary>
    private sealed record FileResult(StoryDocument? Doc, ScoreReport? Report, IReadOnlyList<string> Errors);

    private static FileResult ScoreFile(string file, StarScorer scorer)
    {
        string? text;
        string? problem;
        try
        {
            (text, problem) = StoryFileText.Decode(File.ReadAllBytes(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileResult(null, null, [$"interviewprep: cannot read '{file}': {ex.Message}"]);
        }

        if (text is null)
        {
            return new FileResult(null, null, [$"{file}: {Path.GetFileName(file)} {problem}"]);
        }

        var parsed = StoryMarkdown.Parse(text, file);
        if (!parsed.Ok)
        {
            return new FileResult(null, null, [.. parsed.Errors.Select(e => e.ToString())]);
        }

        return new FileResult(parsed.Document, scorer.Score(parsed.Document!.Story), []);
    }

    private static void WriteText(StoryDocument doc, ScoreReport report, TextWriter o)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine($"{doc.File}: {report.Score}/100 {report.VerdictId} ({report.Level.Display()})");
        o.WriteLine($"  {report.Explanation} (rule: {report.VerdictReason})");
        o.WriteLine($"  score = {report.Formula}");
        o.WriteLine();
        o.WriteLine("  section      words   time  target  score  weight  deducted");
        foreach (var s in report.Sections)
        {
            var why = string.Join(", ", s.Deductions.Select(d => $"{d.Rule} -{d.Points}"));
            o.WriteLine(string.Format(c, "  {0,-10} {1,7} {2,5:0} s {3,5} s {4,6} {5,7:0.##} {6,9}{7}", s.Section.Id(), s.Words, s.Seconds, s.TargetSeconds, s.Score, s.Weight, s.Deducted, why.Length > 0 ? "  " + why : ""));
        }

        foreach (var f in report.Findings)
        {
            o.WriteLine();
            var (line, column) = doc.Locate(f.Section, f.Start);
            var severity = f.Severity.ToString().ToLowerInvariant();
            var where = line > 0 ? $"{doc.File}:{line}:{column}" : doc.File;
            o.WriteLine($"{where}: {severity} {f.Rule} ({f.Section.Id()}): {f.Message}");
            if (line > 0 && f.Length > 0)
            {
                // Tabs would shift the caret; show them as single spaces so the columns line up.
                var source = doc.Line(line).Replace('\t', ' ');
                var gutter = line.ToString(c);
                var width = Math.Max(1, Math.Min(f.Length, source.Length - (column - 1)));
                o.WriteLine($"  {gutter} | {source}");
                o.WriteLine($"  {new string(' ', gutter.Length)} | {new string(' ', column - 1)}{new string('^', width)}");
            }

            if (f.Suggestion is not null)
            {
                o.WriteLine($"  fix: {f.Suggestion}");
            }
        }

        if (report.Deductions.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("  deductions: " + string.Join(", ", report.Deductions.Select(d => d.ToString() + string.Format(CultureInfo.InvariantCulture, " = -{0:0.#} overall", d.OverallPoints))));
        }

        o.WriteLine();
    }
}
