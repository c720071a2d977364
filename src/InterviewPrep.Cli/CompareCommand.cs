using InterviewPrep.Core;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Facts;
using InterviewPrep.Core.Scoring;
using InterviewPrep.Core.Stories;

namespace InterviewPrep.Cli;

/// <summary>
/// <c>interviewprep compare ORIGINAL.md VARIANT.md [--format json|text] [--content DIR]</c>: the facts
/// of two tellings of one story side by side. Exit 0 when no fact changed, 1 when one did (a number,
/// name or date differs, or who did what), 2 for an unreadable file, one without STAR sections or
/// content that cannot be loaded.
/// </summary>
internal static class CompareCommand
{
    public const int Changed = 1;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Dictionary<string, string>();
        var positional = new List<string>();
        if (!CliApp.TryParseOptions(args, ["--format", "--content"], options, positional, stderr))
        {
            return CliApp.Usage;
        }

        if (positional.Count != 2)
        {
            return CliApp.UsageError(positional.Count < 2 ? "compare needs two story files: ORIGINAL.md VARIANT.md" : $"unexpected argument '{positional[2]}'", stderr);
        }

        var format = options.GetValueOrDefault("--format") ?? "text";
        if (format is not ("json" or "text"))
        {
            return CliApp.UsageError($"--format must be json or text, not '{format}'", stderr);
        }

        var root = options.GetValueOrDefault("--content") ?? ContentPaths.FindDefault();
        var content = ContentLoader.Load(root);
        if (!content.Ok || content.Catalog!.Facts is null)
        {
            foreach (var error in content.Errors)
            {
                stderr.WriteLine(error.ToString());
            }

            stderr.WriteLine(content.Ok
                ? $"interviewprep: cannot compare: {ContentLoader.Display(root)} has no {FactRules.FileName}"
                : $"interviewprep: cannot compare: {content.Errors.Count} problem(s) in {ContentLoader.Display(root)}");
            return CliApp.Usage;
        }

        var original = Read(positional[0], stderr);
        var variant = Read(positional[1], stderr);
        if (original is null || variant is null)
        {
            return CliApp.Usage;
        }

        var comparer = new FactComparer(new FactExtractor(content.Catalog.Facts));
        var result = comparer.Compare(original.Story, variant.Story);
        if (format == "json")
        {
            stdout.WriteLine(FactComparisonJson.Serialize(original.File, variant.File, result));
        }
        else
        {
            WriteText(original, variant, result, stdout);
        }

        return result.AnyChanged ? Changed : CliApp.Ok;
    }

    private static StoryDocument? Read(string file, TextWriter stderr)
    {
        string? text;
        string? problem;
        try
        {
            (text, problem) = StoryFileText.Decode(File.ReadAllBytes(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"interviewprep: cannot read '{file}': {(ex is FileNotFoundException or DirectoryNotFoundException ? "no such file" : ex.Message)}");
            return null;
        }

        if (text is null)
        {
            stderr.WriteLine($"{file}: {Path.GetFileName(file)} {problem}");
            return null;
        }

        var parsed = StoryMarkdown.Parse(text, file);
        if (!parsed.Ok)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine(error.ToString());
            }

            return null;
        }

        return parsed.Document;
    }

    private static void WriteText(StoryDocument original, StoryDocument variant, FactComparison result, TextWriter o)
    {
        o.WriteLine($"{variant.File} against {original.File}: {result.Changed.Count} changed, {result.Added.Count} new, {result.Omitted.Count} not mentioned, {result.Same.Count} the same");
        if (result.Changed.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("changed:");
            foreach (var c in result.Changed)
            {
                var (line, column) = variant.Locate(c.Variant.Section, c.Variant.Start);
                var (oline, ocolumn) = original.Locate(c.Original.Section, c.Original.Start);
                o.WriteLine($"  {variant.File}:{line}:{column}: {c.Rule} ({c.Variant.Section.Id()}): “{c.Variant.Text}”");
                o.WriteLine($"    original {original.File}:{oline}:{ocolumn} ({c.Original.Section.Id()}): “{c.Original.Text}”");
                o.WriteLine($"    {c.Finding.Message}");
            }
        }

        WriteFacts("new in the variant:", result.Added, variant, o);
        WriteFacts("not mentioned in the variant (fine):", result.Omitted, original, o);
    }

    private static void WriteFacts(string title, IReadOnlyList<Fact> facts, StoryDocument doc, TextWriter o)
    {
        if (facts.Count == 0)
        {
            return;
        }

        o.WriteLine();
        o.WriteLine(title);
        foreach (var f in facts)
        {
            var (line, column) = doc.Locate(f.Section, f.Start);
            o.WriteLine($"  {doc.File}:{line}:{column}: {f.KindId} ({f.Section.Id()}): “{f.Text}”{(f.Key.Length > 0 ? $" [{f.Key}]" : "")}");
        }
    }
}
