using InterviewPrep.Core.Content;
using InterviewPrep.Core.Scoring;
using Xunit.Abstractions;

namespace InterviewPrep.Core.Tests.Scoring;

/// <summary>
/// Issue 5: what the site shows as strong must score strong, and what it shows as weak must score
/// weak, or the editor would contradict the samples next to it. Loads the real content/ folder.
/// </summary>
public class ShippedContentTests
{
    private static readonly string[] MustNotFire = ["we-language", "missing-metric", "missing-scope-boundary"];
    private readonly ITestOutputHelper _output;

    public ShippedContentTests(ITestOutputHelper output) => _output = output;

    private static ContentCatalog Catalog()
    {
        var result = ContentLoader.Load(TestPaths.Content);
        result.Errors.Should().BeEmpty();
        return result.Catalog!;
    }

    [Fact]
    public void Content_Loads_WithTheScoringRules()
    {
        var catalog = Catalog();

        catalog.Scoring.Rules.Should().NotBeEmpty();
        catalog.Scoring.RuleIds.Should().Contain("we-language");
    }

    [Fact]
    public void Content_StrongSamplesAndExamples_ScoreStrongWithoutCoreFindings()
    {
        var catalog = Catalog();
        var scorer = new StarScorer(catalog.Scoring);
        var items = catalog.Themes
            .SelectMany(t => t.Samples.Where(s => s.Strength == SampleStrength.Strong)
                .Select(s => ($"{t.SourceFile}:{s.Line} sample \"{s.Title}\"", new StarStory { Title = s.Title, Level = s.Level ?? Level.Sde2, Sections = s.Sections })))
            .Concat(catalog.Walkthroughs.Select(w => ($"{w.SourceFile} strong examples", new StarStory
            {
                Title = w.Question,
                Sections = w.Sections.ToDictionary(s => s.Section, s => s.Example),
            })))
            .ToList();

        var failures = new List<string>();
        foreach (var (where, story) in items)
        {
            var report = scorer.Score(story);
            var core = report.Findings.Where(f => MustNotFire.Contains(f.Rule)).ToList();
            if (report.Verdict != Verdict.Strong || core.Count > 0)
            {
                failures.Add(Describe(where, report));
            }
        }

        Report(items.Count, failures, "strong");
        failures.Should().BeEmpty();
    }

    [Fact]
    public void Content_WeakSamplesAndAnswers_ScoreWeak()
    {
        var catalog = Catalog();
        var scorer = new StarScorer(catalog.Scoring);
        var items = catalog.Themes
            .SelectMany(t => t.Samples.Where(s => s.Strength == SampleStrength.Weak)
                .Select(s => ($"{t.SourceFile}:{s.Line} sample \"{s.Title}\"", new StarStory { Title = s.Title, Level = s.Level ?? Level.Sde2, Sections = s.Sections })))
            .Concat(catalog.Walkthroughs.Select(w => ($"{w.SourceFile} weakAnswer", new StarStory { Title = w.Question, Sections = w.WeakAnswer.Sections })))
            .ToList();

        var failures = new List<string>();
        foreach (var (where, story) in items)
        {
            var report = scorer.Score(story);
            if (report.Verdict != Verdict.Weak)
            {
                failures.Add(Describe(where, report));
            }
        }

        Report(items.Count, failures, "weak");
        failures.Should().BeEmpty();
    }

    private void Report(int total, List<string> failures, string expected)
    {
        _output.WriteLine($"{total} item(s) expected {expected}; {failures.Count} failing");
        failures.ForEach(_output.WriteLine);
    }

    private static string Describe(string where, ScoreReport report) =>
        $"{where}: {report.VerdictId} {report.Score} ({report.Explanation})"
        + string.Concat(report.Findings.Where(f => f.Severity != Severity.Hint || report.Verdict != Verdict.Strong)
            .Select(f => $"{Environment.NewLine}    {f.Section.Id()} {f.Rule} ({f.Severity.ToString().ToLowerInvariant()}): \"{Short(f.Text)}\""));

    private static string Short(string s) => s.Length > 90 ? s[..87] + "..." : s;
}
