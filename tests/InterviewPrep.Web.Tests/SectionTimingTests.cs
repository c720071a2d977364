using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Tests;

/// <summary>A section passed in a blink is skipped, not "inside its budget"; a run is described one way.</summary>
public class SectionTimingTests
{
    [Theory]
    [InlineData(0, true, false)]
    [InlineData(SectionTiming.SkippedUnderSeconds - 1, true, false)]
    [InlineData(SectionTiming.SkippedUnderSeconds, false, true)]
    [InlineData(30, false, true)]
    [InlineData(31, false, false)]
    public void Timing_AgainstA30SecondBudget_SkippedOrInsideOrOver(int used, bool skipped, bool inside)
    {
        var timing = new SectionTiming("situation", 30, used);

        timing.Skipped.Should().Be(skipped);
        timing.Inside.Should().Be(inside);
        timing.Over.Should().Be(!skipped && !inside);
    }

    [Fact]
    public void Seconds_PartOfASecond_CountsWholeSecondsAsTheClockShowsThem()
    {
        var seconds = SectionTiming.Seconds(TimeSpan.FromMilliseconds(2_990));

        seconds.Should().Be(2);
    }

    [Theory]
    [InlineData(new[] { 20, 25, 30 }, "every section inside its budget")]
    [InlineData(new[] { 0, 1, 30 }, "2 sections skipped")]
    [InlineData(new[] { 45, 0, 30 }, "1 section over, 1 section skipped")]
    [InlineData(new[] { 45, 50, 30 }, "2 sections over")]
    public void Verdict_Run_NamesOverAndSkippedSections(int[] used, string expected)
    {
        var sections = used.Select((u, i) => new SectionTiming($"s{i}", 30, u)).ToList();

        var verdict = RehearsalSummary.Verdict(sections);

        verdict.Should().Be(expected);
    }
}
