using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Tests.Scoring;

/// <summary>What counts as quantification in a Result (the <c>@metric</c> matcher behind missing-metric).</summary>
public class MetricMatcherTests
{
    private static bool HasMetric(string result)
    {
        var rule = TestRules.Set.Rules.Single(r => r.Id == "missing-metric");
        return TestRules.Scorer.Run(rule, StarStory.Create(null, null, null, result, null)).Count == 0;
    }

    [Theory]
    [InlineData("Drops fell from 0.3% to zero.")]
    [InlineData("It recovered $8K a week.")]
    [InlineData("Builds got 2x faster.")]
    [InlineData("We saved about €1,200 per month.")]
    [InlineData("The queue drained in 18 minutes.")]
    [InlineData("Errors went to zero.")]
    [InlineData("Latency was halved.")]
    [InlineData("We shipped three times as often.")]
    [InlineData("Onboarding took one week instead of a month.")]
    [InlineData("Tickets dropped by half.")]
    [InlineData("Complaints dropped by a third.")]
    [InlineData("The page loads twice as fast.")]
    public void Metric_Quantified_Counts(string result) => HasMetric(result).Should().BeTrue();

    [Theory]
    [InlineData("The p99 improved a lot.")]
    [InlineData("By the end of 2023 everything was fine.")]
    [InlineData("No one complained after that.")]
    [InlineData("One of the engineers liked it.")]
    [InlineData("The S3 bucket stopped filling up.")]
    [InlineData("The team was happy with the EC2 move.")]
    public void Metric_NamesYearsAndPronouns_DoNotCount(string result) => HasMetric(result).Should().BeFalse();
}
