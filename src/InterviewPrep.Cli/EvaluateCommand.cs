using InterviewPrep.Core.Content;
using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Cli;

/// <summary>
/// <c>interviewprep evaluate DIR [--content DIR] [--misses]</c>: scores every labelled story of a
/// corpus folder (stories <c>*.md</c>, labels in <c>labels/</c>) and prints recall, quiet rate,
/// verdict agreement and precision/recall per rule. Exit 0 when evaluated, 1 when the rules cannot
/// be loaded, 2 for a missing folder or unreadable labels.
/// </summary>
internal static class EvaluateCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Dictionary<string, string>();
        var positional = new List<string>();
        var misses = args.Contains("--misses");
        if (!CliApp.TryParseOptions([.. args.Where(a => a != "--misses")], ["--content"], options, positional, stderr))
        {
            return CliApp.Usage;
        }

        if (positional.Count != 1)
        {
            return CliApp.UsageError(positional.Count == 0 ? "evaluate needs a corpus folder" : $"unexpected argument '{positional[1]}'", stderr);
        }

        var folder = positional[0];
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"interviewprep: no such folder '{folder}'");
            return CliApp.Usage;
        }

        var root = options.GetValueOrDefault("--content") ?? ContentPaths.FindDefault();
        var content = ContentLoader.Load(root);
        if (!content.Ok)
        {
            foreach (var error in content.Errors)
            {
                stderr.WriteLine(error.ToString());
            }

            return CliApp.Invalid;
        }

        var errors = new List<ContentError>();
        var stories = CorpusEvaluation.Load(folder, errors);
        foreach (var error in errors)
        {
            stderr.WriteLine(error.ToString());
        }

        if (stories.Count == 0)
        {
            stderr.WriteLine($"interviewprep: no labelled stories in '{folder}'");
            return CliApp.Usage;
        }

        var figures = CorpusEvaluation.Evaluate(new StarScorer(content.Catalog!.Scoring), stories);
        stdout.Write(figures.ToText(misses));
        return errors.Count > 0 ? CliApp.Usage : CliApp.Ok;
    }
}
