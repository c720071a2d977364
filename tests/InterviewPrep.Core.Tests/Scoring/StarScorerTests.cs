using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Tests.Scoring;

public class StarScorerTests
{
    private const string Situation = "Checkout failed for 2% of users after a deploy.";
    private const string Task = "The deploy belonged to the payments team, not my team, and no ticket existed.";
    private const string Action = "I bisected the deploy, I found the bad config flag, I wrote the fix and I tested it on staging.";
    private const string Result = "Failures fell from 2% to zero within an hour, saving about $12K of orders.";
    private const string Reflection = "I now diff config flags in every deploy review, because this one slipped through unreviewed.";

    private static ScoreReport Score(string? s = Situation, string? t = Task, string? a = Action, string? r = Result, string? f = Reflection, Level level = Level.Sde2) =>
        TestRules.Scorer.Score(StarStory.Create(s, t, a, r, f, level));

    [Fact]
    public void Score_StrongStory_IsStrongWithNoFindingsAndAllSectionsTimed()
    {
        var report = Score();

        report.Verdict.Should().Be(Verdict.Strong);
        report.Score.Should().Be(100);
        report.Findings.Should().BeEmpty();
        report.Deductions.Should().BeEmpty();
        report.Sections.Select(s => s.Section).Should().Equal(StarNames.Sections);
        report.Section(StarSection.Action).TargetSeconds.Should().Be(90);
        report.Section(StarSection.Action).Words.Should().Be(20);
        report.Section(StarSection.Action).Seconds.Should().Be(8.0);
    }

    [Fact]
    public void Score_WeInAction_FlagsWeLanguageAtTheWordAndExplainsTheVerdict()
    {
        var action = "We figured out the root cause together over two days of reading logs and we shipped a patch to production.";

        var report = Score(a: action);

        var findings = report.FindingsOf("we-language").ToList();
        findings.Should().HaveCount(2);
        findings[0].Should().Match<Finding>(f => f.Section == StarSection.Action && f.Start == 0 && f.Length == 2 && f.Text == "We" && f.Severity == Severity.Error);
        findings[1].Start.Should().Be(action.IndexOf("we shipped", StringComparison.Ordinal));
        findings[0].Message.Should().Contain("\"We\"").And.Contain("I");
        report.Verdict.Should().Be(Verdict.Mixed);
        report.Explanation.Should().Contain("we-language");
        report.Deductions.Should().ContainSingle().Which.Should().Match<Deduction>(d => d.Rule == "we-language" && d.Section == StarSection.Action && d.Points == 40 && d.Count == 2);
    }

    [Theory]
    [InlineData("I said \"we ship Thursday\" and I wrote the cap.")]
    [InlineData("The numbers were off on the web dashboard, so I checked the weekly export.")]
    [InlineData("I proposed we roll back, I ran the rollback and I wrote the fix.")]
    [InlineData("I pulled the logs, I traced the race, I wrote the patch, and we rolled it out.")]
    public void Score_NotWeLanguage_StaysClean(string action)
    {
        var report = Score(a: action);

        report.FindingsOf("we-language").Should().BeEmpty();
    }

    [Fact]
    public void Score_Findings_AreSortedBySectionThenStartThenRule()
    {
        var report = Score(t: "We needed it fixed.", a: "I think we basically fixed it.", r: "It improved and the team was happy.");

        report.Findings.Should().BeInAscendingOrder(f => f.Section).And.HaveCountGreaterThan(4);
        foreach (var group in report.Findings.GroupBy(f => f.Section))
        {
            group.Select(f => (f.Start, f.Rule)).Should().BeInAscendingOrder(Comparer<(int, string)>.Create((x, y) => x.Item1 != y.Item1 ? x.Item1.CompareTo(y.Item1) : string.CompareOrdinal(x.Item2, y.Item2)));
        }
    }

    [Fact]
    public void Score_AbsenceFindings_SpanTheWholeSectionOrNothingWhenEmpty()
    {
        var report = Score(r: "Everyone was relieved.", f: null);

        var metric = report.FindingsOf("missing-metric").Single();
        metric.Should().Match<Finding>(f => f.Section == StarSection.Result && f.Start == 0 && f.Length == "Everyone was relieved.".Length);
        var missing = report.FindingsOf("missing-section").Single();
        missing.Should().Match<Finding>(f => f.Section == StarSection.Reflection && f.Start == 0 && f.Length == 0 && f.Severity == Severity.Warning);
    }

    [Fact]
    public void Score_MissingScopeBoundary_IsReportedAtTheTask()
    {
        var report = Score(t: "I wanted to fix it.");

        var finding = report.FindingsOf("missing-scope-boundary").Single();
        finding.Section.Should().Be(StarSection.Task);
        finding.Severity.Should().Be(Severity.Warning, "a missing boundary costs the Task's points but does not cap a good story at mixed");
        report.Score.Should().BeLessThan(100);
    }

    [Fact]
    public void Score_LevelChangesTheBar()
    {
        var technical = "I learned to reproduce race conditions locally before writing a fix.";

        Score(f: technical, level: Level.Sde2).FindingsOf("generic-reflection").Should().BeEmpty();
        var senior = Score(f: technical, level: Level.Senior);
        senior.FindingsOf("generic-reflection").Single().Message.Should().Contain("Senior");
        senior.Score.Should().BeLessThan(Score(f: technical, level: Level.Sde2).Score);
        Score(t: "I wanted to fix it.", level: Level.Sde1).FindingsOf("missing-scope-boundary").Single().Severity.Should().Be(Severity.Warning);
    }

    [Fact]
    public void Score_LongSection_FlagsOverTimeFromTheFirstWordPastTheBudget()
    {
        var words = Enumerable.Range(0, 120).Select(i => i == 75 ? "BUDGET" : "word").ToList();
        var situation = string.Join(' ', words) + ".";

        var finding = Score(s: situation).FindingsOf("over-time").Single();

        finding.Start.Should().Be(situation.IndexOf("BUDGET", StringComparison.Ordinal), "75 words is the 30 s budget at 150 words/min");
        finding.End.Should().Be(situation.Length);
        finding.Message.Should().Contain("48 s").And.Contain("30 s");
    }

    [Fact]
    public void Score_NoActionOrResult_IsWeakWhateverTheScore()
    {
        var report = Score(r: null);

        report.Verdict.Should().Be(Verdict.Weak);
        report.Explanation.Should().Contain("no Result");
    }

    [Fact]
    public void Score_HandoffNegatedOrWithFix_IsNotAFinding()
    {
        Score(a: "I didn't just escalate - I brought a tested fix.").FindingsOf("handoff").Should().BeEmpty();
        Score(a: "I escalated it to their lead with a ready-to-merge patch.").FindingsOf("handoff").Should().BeEmpty();
        Score(a: "I escalated it and moved on.").FindingsOf("handoff").Should().HaveCount(2);
    }

    [Fact]
    public void Score_SameStoryManyThreads_GivesIdenticalReports()
    {
        var story = StarStory.Create(Situation, "We needed it fixed.", "We fixed it, I think.", "It improved.", null);
        var expected = TestRules.Scorer.Score(story);

        var reports = Enumerable.Range(0, 64).AsParallel().Select(_ => TestRules.Scorer.Score(story)).ToList();

        reports.Should().OnlyContain(r => r.Score == expected.Score && r.Findings.SequenceEqual(expected.Findings));
    }

    [Fact]
    public void Score_EmptyRuleSet_ScoresPresentSectionsFully()
    {
        var report = new StarScorer(ScoringRuleSet.Empty).Score(StarStory.Create("a", "b", "c", "d", "e"));

        report.Score.Should().Be(100);
        report.Findings.Should().BeEmpty();
    }
}

public class StarScorerGamingTests
{
    private const string StrongAction = "I compared batch ids on both sides for two weeks of traffic and found that every gap lined up with a loader pause. I replaced the discard with a bounded on-disk buffer, added a lag metric, and wrote a load test that paused the loader for ten minutes. I reviewed the design with the data platform lead, then I rolled it out region by region.";

    private static StarStory Story(string? s, string? t, string? a, string? r, string? f) =>
        StarStory.Create(s, t, a, r, f) with { Principles = ["ownership"] };

    [Fact]
    public void Score_OneStrongActionPastedIntoEverySection_IsNeverStrong()
    {
        var report = TestRules.Scorer.Score(Story(StrongAction, StrongAction, StrongAction, StrongAction, StrongAction));

        report.Verdict.Should().NotBe(Verdict.Strong);
        report.FindingsOf("duplicate-sections").Should().NotBeEmpty();
    }

    [Fact]
    public void Score_NoTask_IsNeverStrong()
    {
        var report = TestRules.Scorer.Score(Story("Analysts found gaps in the reports twice a week.", null, StrongAction, "Lost batches went from about 40 a week to zero.", "Each side measured only its own success rate, so I now add an end-to-end count to every pipeline I own."));

        report.Verdict.Should().NotBe(Verdict.Strong);
        report.VerdictReason.Should().NotBeEmpty();
    }

    [Fact]
    public void Score_TenTimesItsTimeBudget_IsNeverStrong()
    {
        string Ten(string text) => string.Join(' ', Enumerable.Repeat(text, 10));
        var report = TestRules.Scorer.Score(Story(Ten("Analysts found gaps in the morning reports about twice a week."), Ten("The loader belonged to the data platform team, not mine."), Ten(StrongAction), Ten("Lost batches went from about 40 a week to zero."), Ten("I now add an end-to-end count to every pipeline that crosses a team boundary.")));

        report.Verdict.Should().NotBe(Verdict.Strong);
        report.FindingsOf("over-time").Should().Contain(f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Score_Report_ShowsItsArithmetic()
    {
        var report = TestRules.Scorer.Score(Story("Analysts found gaps in the reports twice a week.", null, StrongAction, "Lost batches went from about 40 a week to zero.", "I now add an end-to-end count to every pipeline I own."));

        report.Formula.Should().EndWith($"= {report.Score}");
        report.Section(StarSection.Task).Deducted.Should().Be(100);
        report.Section(StarSection.Task).Deductions.Should().Contain(d => d.Rule == "missing-section");
        report.Deductions.Should().OnlyContain(d => d.OverallPoints > 0);
    }
}
