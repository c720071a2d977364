using System.Globalization;
using InterviewPrep.Core.Scoring;
using Xunit.Abstractions;

namespace InterviewPrep.Core.Tests.Scoring;

/// <summary>
/// Measures the engine on the labelled stories in Fixtures/: precision and recall per rule (a rule
/// counts as fired when it has any finding in the story) and verdict accuracy, printed as a table
/// and held to floors so a rule change that trades quality away fails the build.
/// </summary>
public class FixtureCorpusTests
{
    private const double Floor = 0.9;
    private static readonly string[] Keys = ["verdict", "expect", "ignore"];
    private readonly ITestOutputHelper _output;

    public FixtureCorpusTests(ITestOutputHelper output) => _output = output;

    internal static string Folder => Path.Combine(TestPaths.RepoRoot, "tests", "InterviewPrep.Core.Tests", "Fixtures");

    internal sealed record Labelled(string Name, StarStory Story, string Verdict, IReadOnlySet<string> Expect, IReadOnlySet<string> Ignore);

    internal static List<Labelled> Load()
    {
        var result = new List<Labelled>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.md").Where(p => Path.GetFileName(p) != "README.md").Order(StringComparer.Ordinal))
        {
            var parsed = StoryMarkdown.Parse(File.ReadAllText(path), Path.GetFileName(path), Keys);
            parsed.Errors.Should().BeEmpty();
            var doc = parsed.Document!;
            string[] Get(string key) => doc.Extra.TryGetValue(key, out var v) ? [.. v] : [];
            result.Add(new Labelled(Path.GetFileNameWithoutExtension(path), doc.Story, Get("verdict").Single(), Get("expect").ToHashSet(), Get("ignore").ToHashSet()));
        }

        return result;
    }

    [Fact]
    public void Corpus_HasAtLeastFortyLabelledStoriesOfEachKind()
    {
        var stories = Load();

        stories.Should().HaveCountGreaterThanOrEqualTo(40);
        stories.Select(s => s.Verdict).Should().Contain(["strong", "mixed", "weak"]);
        var known = TestRules.Set.RuleIds.ToHashSet();
        stories.SelectMany(s => s.Expect.Concat(s.Ignore)).Should().OnlyContain(r => known.Contains(r), "labels must name real rules");
    }

    [Fact]
    public void Corpus_Scored_MeetsPrecisionAndRecallFloorsPerRule()
    {
        var stories = Load();
        var counts = TestRules.Set.RuleIds.ToDictionary(r => r, _ => (Tp: 0, Fp: 0, Fn: 0));
        var misses = new List<string>();
        var verdictHits = 0;

        foreach (var s in stories)
        {
            var report = TestRules.Scorer.Score(s.Story);
            var fired = report.Findings.Select(f => f.Rule).ToHashSet();
            foreach (var rule in counts.Keys.ToList())
            {
                if (s.Ignore.Contains(rule))
                {
                    continue;
                }

                var (tp, fp, fn) = counts[rule];
                var expected = s.Expect.Contains(rule);
                if (expected && fired.Contains(rule))
                {
                    tp++;
                }
                else if (expected)
                {
                    fn++;
                    misses.Add($"{s.Name}: missed {rule}");
                }
                else if (fired.Contains(rule))
                {
                    fp++;
                    misses.Add($"{s.Name}: false {rule}: {string.Join(" | ", report.FindingsOf(rule).Select(f => $"{f.Section.Id()} \"{f.Text}\""))}");
                }

                counts[rule] = (tp, fp, fn);
            }

            if (report.VerdictId == s.Verdict)
            {
                verdictHits++;
            }
            else
            {
                misses.Add($"{s.Name}: verdict {report.VerdictId} ({report.Score}), labelled {s.Verdict}; {report.Explanation}");
            }
        }

        _output.WriteLine($"{stories.Count} labelled stories");
        _output.WriteLine($"{"rule",-24} {"TP",4} {"FP",4} {"FN",4} {"precision",10} {"recall",8}");
        foreach (var (rule, (tp, fp, fn)) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            _output.WriteLine($"{rule,-24} {tp,4} {fp,4} {fn,4} {Ratio(tp, tp + fp),10} {Ratio(tp, tp + fn),8}");
        }

        var accuracy = (double)verdictHits / stories.Count;
        _output.WriteLine($"verdict accuracy: {verdictHits}/{stories.Count} = {accuracy.ToString("0.00", CultureInfo.InvariantCulture)}");
        foreach (var m in misses)
        {
            _output.WriteLine("  " + m);
        }

        foreach (var (rule, (tp, fp, fn)) in counts)
        {
            tp.Should().BeGreaterThan(0, $"the corpus must exercise {rule}");
            ((double)tp / (tp + fp)).Should().BeGreaterThanOrEqualTo(Floor, $"precision of {rule}");
            ((double)tp / (tp + fn)).Should().BeGreaterThanOrEqualTo(Floor, $"recall of {rule}");
        }

        accuracy.Should().BeGreaterThanOrEqualTo(Floor, "verdict accuracy");
    }

    private static string Ratio(int a, int b) => b == 0 ? "-" : ((double)a / b).ToString("0.00", CultureInfo.InvariantCulture);
}
