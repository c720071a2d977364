using InterviewPrep.Core.Content;
using InterviewPrep.Core.Mock;

namespace InterviewPrep.Core.Tests.Mock;

public class MockSettingsTests
{
    private static readonly string[] Rules = ["missing-metric", "we-language"];

    [Fact]
    public void Load_TheRepositorysFile_MapsEveryScoringRuleItNames()
    {
        var catalog = ContentLoader.LoadOrThrow(TestPaths.Content);

        catalog.Mock.ByFinding.Select(f => f.Rule).Should().Contain(["missing-metric", "we-language", "missing-scope-boundary", "handoff"]);
        catalog.Mock.ByFinding.Select(f => f.Rule).Should().BeSubsetOf(catalog.Scoring.RuleIds);
        catalog.Mock.AnswerSecondsFor(Level.Sde1).Should().BeLessThan(catalog.Mock.AnswerSecondsFor(Level.Senior));
    }

    [Fact]
    public void Parse_UnknownRuleKeyAndBadNumber_LocatedErrors()
    {
        const string Text = """
            answerSeconds:
              sde1: 120
              sde2: fast
              senior: 180
            followUpSeconds: 60
            byFinding:
              - rule: missing-metrc
                ask: How did you measure it?
                because: No number.
                tip: Give one.
              - rule: we-language
                ask: What was your part
                because: We.
                tip: I.
                colour: red
            """;
        var errors = new List<ContentError>();

        MockSettingsLoader.Parse(Text, "mock/followups.yaml", Rules, errors);

        errors.Should().Contain(new ContentError("mock/followups.yaml", 3, "'sde2' must be a whole number"));
        errors.Should().Contain(e => e.Line == 7 && e.Message.StartsWith("rule 'missing-metrc' is not a scoring rule id", StringComparison.Ordinal));
        errors.Should().Contain(e => e.Line == 12 && e.Message.StartsWith("'ask' is what the interviewer asks", StringComparison.Ordinal));
        errors.Should().Contain(new ContentError("mock/followups.yaml", 15, "unknown field 'colour'"));
    }

    [Fact]
    public void Parse_DuplicateRule_NamesTheFirstLine()
    {
        const string Text = """
            answerSeconds: {sde1: 120, sde2: 150, senior: 180}
            followUpSeconds: 60
            byFinding:
              - {rule: we-language, ask: What was yours?, because: We., tip: I.}
              - {rule: we-language, ask: Which part?, because: We., tip: I.}
            """;
        var errors = new List<ContentError>();

        MockSettingsLoader.Parse(Text, "f.yaml", Rules, errors);

        errors.Should().ContainSingle().Which.Should().Be(new ContentError("f.yaml", 5, "rule 'we-language' already has a follow-up (line 4)"));
    }
}
