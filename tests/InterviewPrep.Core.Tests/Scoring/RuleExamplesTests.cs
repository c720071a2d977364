using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Tests.Scoring;

/// <summary>
/// Runs the bad and good examples that every rule file under content/scoring carries (the way
/// LanguageTool tests its rules): a bad example must fire at its span, a good one must stay quiet.
/// A coach who edits a rule gets this check without writing C#.
/// </summary>
public class RuleExamplesTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var rule in TestRules.Set.Rules)
        {
            for (var i = 0; i < rule.Examples.Count; i++)
            {
                data.Add(Path.GetFileName(rule.SourceFile), i);
            }
        }

        return data;
    }

    [Fact]
    public void RuleFiles_EachRule_CarriesBadAndGoodExamples()
    {
        var rules = TestRules.Set.Rules;

        rules.Should().NotBeEmpty();
        rules.Should().OnlyContain(r => r.Examples.Any(e => e.Bad) && r.Examples.Any(e => !e.Bad));
    }

    [Fact]
    public void RuleFiles_RuleIds_AreExactlyTheSpecifiedOnes()
    {
        TestRules.Set.RuleIds.Should().BeEquivalentTo(
            "we-language", "missing-metric", "missing-scope-boundary", "vague-result", "generic-reflection",
            "handoff", "manager-prompted", "hedging", "over-time", "missing-section", "thin-action", "duplicate-sections",
            "no-first-person");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void RuleExample_Scored_FiresOnlyOnBadExamplesAtTheirSpan(string file, int index)
    {
        var rule = TestRules.Set.Rules.Single(r => Path.GetFileName(r.SourceFile) == file);
        var example = rule.Examples[index];

        var findings = TestRules.Scorer.Run(rule, example.Story);

        var where = $"{rule.SourceFile}:{example.Line}";
        if (!example.Bad)
        {
            findings.Should().BeEmpty($"good example at {where} must not fire, but got: {string.Join("; ", findings.Select(f => $"{f.Section.Id()} [{f.Start},{f.Length}) \"{f.Text}\""))}");
            return;
        }

        var text = example.Story.Text(example.Section);
        var inSection = findings.Where(f => f.Section == example.Section).ToList();
        inSection.Should().NotBeEmpty($"bad example at {where} must fire in {example.Section.Id()}");
        switch (rule.Kind)
        {
            case RuleKind.Absence:
                inSection.Should().ContainSingle().Which.Should().Match<Finding>(f => f.Start == 0 && f.Length == text.Length, $"an absence finding covers the whole section ({where})");
                break;
            case RuleKind.EmptySection:
                inSection.Should().ContainSingle().Which.Length.Should().Be(0, where);
                break;
            case RuleKind.Thin or RuleKind.Duplicate or RuleKind.Specificity:
                inSection.Should().ContainSingle().Which.Text.Should().Be(text.Trim(), $"a {rule.Kind} finding covers the section's text ({where})");
                break;
            case RuleKind.Duration:
                inSection.Should().ContainSingle().Which.End.Should().Be(text.TrimEnd().Length, $"over-time runs to the end of the section ({where})");
                break;
            default:
                var start = text.IndexOf(example.Span!, StringComparison.Ordinal);
                inSection.Should().Contain(f => f.Start == start && f.Length == example.Span!.Length, $"bad example at {where} must flag \"{example.Span}\" at {start}, got: {string.Join("; ", inSection.Select(f => $"[{f.Start},{f.Length}) \"{f.Text}\""))}");
                break;
        }
    }
}
