using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Tests.Scoring;

/// <summary>The repository's real rule set, loaded once for all scoring tests.</summary>
internal static class TestRules
{
    private static readonly Lazy<ScoringRuleSet> Loaded = new(() =>
    {
        var result = ScoringRuleSet.Load(Path.Combine(TestPaths.Content, "scoring"));
        return result.Ok ? result.RuleSet! : throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    });

    public static ScoringRuleSet Set => Loaded.Value;

    public static StarScorer Scorer { get; } = new(Set);
}
