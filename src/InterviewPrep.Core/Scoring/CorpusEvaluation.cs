using System.Globalization;
using System.Text;
using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Scoring;

/// <summary>One finding a labeller expects: a rule and the section it belongs to.</summary>
public sealed record ExpectedFinding(string Rule, StarSection? Section);

/// <summary>
/// A story with a coach's labels (see the blind corpus's LABELING.md): the verdict, the findings a
/// coach would raise, and the rules where either call is defensible. Every other rule must be quiet.
/// </summary>
public sealed record LabelledStory
{
    public required string Name { get; init; }

    public required StarStory Story { get; init; }

    public required Verdict Verdict { get; init; }

    public required IReadOnlyList<ExpectedFinding> Expect { get; init; }

    public required IReadOnlySet<string> Either { get; init; }
}

/// <summary>Counts for one rule over a corpus.</summary>
public sealed record RuleFigures(string Rule, int TruePositives, int FalsePositives, int FalseNegatives, int Quiet)
{
    /// <summary>Share of the engine's firings a coach expected (null when it never fired).</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of expected findings the engine raised (null when none were expected).</summary>
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);
}

/// <summary>What an evaluation found: the headline figures, per-rule counts and every disagreement.</summary>
public sealed record CorpusFigures
{
    public required int Stories { get; init; }

    /// <summary>Share of expected (story, rule) findings the engine raised.</summary>
    public required double Recall { get; init; }

    /// <summary>Share of (story, rule) pairs labelled "must be quiet" where the engine was quiet; <c>either</c> rules excluded.</summary>
    public required double Quiet { get; init; }

    /// <summary>Share of stories whose verdict matches the label.</summary>
    public required double VerdictAgreement { get; init; }

    public required IReadOnlyList<RuleFigures> Rules { get; init; }

    /// <summary>One line per disagreement, for a coach to read.</summary>
    public required IReadOnlyList<string> Misses { get; init; }

    /// <summary>The figures as a plain-text table.</summary>
    public string ToText(bool withMisses = false)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(c, $"{Stories} labelled stories");
        b.AppendLine(c, $"recall of expected findings {Pct(Recall)}, quiet where a finding would be wrong {Pct(Quiet)}, verdict agreement {Pct(VerdictAgreement)}");
        b.AppendLine();
        b.AppendLine(c, $"{"rule",-24} {"TP",4} {"FP",4} {"FN",4} {"quiet",6} {"precision",10} {"recall",7}");
        foreach (var r in Rules)
        {
            b.AppendLine(c, $"{r.Rule,-24} {r.TruePositives,4} {r.FalsePositives,4} {r.FalseNegatives,4} {r.Quiet,6} {Num(r.Precision),10} {Num(r.Recall),7}");
        }

        if (withMisses && Misses.Count > 0)
        {
            b.AppendLine();
            foreach (var m in Misses)
            {
                b.AppendLine("  " + m);
            }
        }

        return b.ToString();
    }

    private static string Pct(double v) => v.ToString("0.0%", CultureInfo.InvariantCulture);

    private static string Num(double? v) => v is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}

/// <summary>
/// Reads a labelled corpus (stories <c>*.md</c> plus <c>labels/&lt;name&gt;.yaml</c>) and measures a
/// scorer on it, so a rule change is judged on stories it was not tuned on.
/// </summary>
public static class CorpusEvaluation
{
    /// <summary>The rule ids labellers use; a rule the engine lacks simply counts as quiet.</summary>
    public static readonly IReadOnlyList<string> LabelRules =
    [
        "we-language", "missing-metric", "missing-scope-boundary", "hedging", "handoff", "manager-prompted",
        "generic-reflection", "vague-result", "over-time", "missing-section", "thin-action", "duplicate-sections",
        "no-first-person",
    ];

    /// <summary>Loads every story of <paramref name="folder"/> that has a label; problems are returned, not thrown.</summary>
    public static IReadOnlyList<LabelledStory> Load(string folder, List<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var result = new List<LabelledStory>();
        var labels = Path.Combine(folder, "labels");
        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.Equals("README", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var labelPath = new[] { ".yaml", ".yml" }.Select(e => Path.Combine(labels, name + e)).FirstOrDefault(File.Exists);
            if (labelPath is null)
            {
                errors.Add(new ContentError(ContentLoader.Display(path), 0, $"no label file labels/{name}.yaml"));
                continue;
            }

            var parsed = StoryMarkdown.Parse(File.ReadAllText(path), Path.GetFileName(path), LenientKeys);
            if (!parsed.Ok)
            {
                errors.AddRange(parsed.Errors);
                continue;
            }

            if (ReadLabel(labelPath, name, parsed.Document!.Story, errors) is { } story)
            {
                result.Add(story);
            }
        }

        return result;
    }

    // Writers add provenance keys to front matter; the evaluator reads the story, not the bookkeeping.
    private static readonly string[] LenientKeys = ["source", "author", "writer", "style", "collection", "notes", "note", "date", "tags", "id"];

    private static LabelledStory? ReadLabel(string path, string name, StarStory story, List<ContentError> errors)
    {
        var before = errors.Count;
        var y = YamlReader.Open(File.ReadAllText(path), ContentLoader.Display(path), errors);
        if (y is null)
        {
            return null;
        }

        var verdictText = y.Text("verdict");
        if (!Enum.TryParse<Verdict>(verdictText, ignoreCase: true, out var verdict))
        {
            y.Error($"'verdict' must be strong, mixed or weak, not '{verdictText}'");
        }

        var expect = new List<ExpectedFinding>();
        foreach (var e in y.MapList("expect"))
        {
            var rule = e.Text("rule");
            StarSection? section = null;
            if (e.OptionalText("section") is { } s)
            {
                if (StarNames.TryParseSection(s, out var parsedSection))
                {
                    section = parsedSection;
                }
                else
                {
                    e.Error($"'{s}' is not a section");
                }
            }

            e.RejectUnknownKeys();
            expect.Add(new ExpectedFinding(rule, section));
        }

        var either = y.Has("either") ? y.TextItems("either").Select(t => t.Text).ToHashSet(StringComparer.Ordinal) : [];
        _ = y.OptionalText("note");
        y.RejectUnknownKeys();
        foreach (var rule in expect.Select(e => e.Rule).Concat(either).Where(r => !LabelRules.Contains(r)))
        {
            errors.Add(new ContentError(y.File, 0, $"unknown rule id '{rule}'"));
        }

        return errors.Count == before ? new LabelledStory { Name = name, Story = story, Verdict = verdict, Expect = expect, Either = either } : null;
    }

    /// <summary>Scores every story and compares the engine's findings and verdicts with the labels.</summary>
    public static CorpusFigures Evaluate(StarScorer scorer, IReadOnlyList<LabelledStory> stories)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(stories);
        var counts = LabelRules.ToDictionary(r => r, _ => new int[4], StringComparer.Ordinal);
        var misses = new List<string>();
        int expected = 0, found = 0, mustBeQuiet = 0, quiet = 0, verdicts = 0;
        foreach (var s in stories)
        {
            var report = scorer.Score(s.Story);
            var fired = report.Findings.Select(f => f.Rule).ToHashSet(StringComparer.Ordinal);
            var expectedRules = s.Expect.Select(e => e.Rule).ToHashSet(StringComparer.Ordinal);
            foreach (var rule in LabelRules)
            {
                var c = counts[rule];
                if (expectedRules.Contains(rule))
                {
                    expected++;
                    if (fired.Contains(rule))
                    {
                        found++;
                        c[0]++;
                    }
                    else
                    {
                        c[2]++;
                        misses.Add($"{s.Name}: missed {rule}");
                    }
                }
                else if (!s.Either.Contains(rule))
                {
                    mustBeQuiet++;
                    if (fired.Contains(rule))
                    {
                        c[1]++;
                        misses.Add($"{s.Name}: false {rule}: {string.Join(" | ", report.FindingsOf(rule).Select(f => $"{f.Section.Id()} \"{Short(f.Text)}\""))}");
                    }
                    else
                    {
                        quiet++;
                        c[3]++;
                    }
                }
            }

            if (report.Verdict == s.Verdict)
            {
                verdicts++;
            }
            else
            {
                misses.Add($"{s.Name}: verdict {report.VerdictId} ({report.Score}), labelled {s.Verdict.ToString().ToLowerInvariant()}; {report.Explanation}");
            }
        }

        return new CorpusFigures
        {
            Stories = stories.Count,
            Recall = expected == 0 ? 1 : (double)found / expected,
            Quiet = mustBeQuiet == 0 ? 1 : (double)quiet / mustBeQuiet,
            VerdictAgreement = stories.Count == 0 ? 1 : (double)verdicts / stories.Count,
            Rules = [.. counts.Select(kv => new RuleFigures(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3]))],
            Misses = misses,
        };
    }

    private static string Short(string text) => text.Length > 50 ? text[..47].ReplaceLineEndings(" ") + "..." : text.ReplaceLineEndings(" ");
}
