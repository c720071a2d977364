using Bunit;
using InterviewPrep.Web.Components.Shared;

namespace InterviewPrep.Web.Tests.Components.Shared;

public class TimeBudgetTests : ComponentTestContext
{
    [Theory]
    [InlineData(45, "45 s")]
    [InlineData(60, "1 min")]
    [InlineData(90, "1 min 30 s")]
    [InlineData(180, "3 min")]
    public void TimeBudget_Seconds_ReadsAsMinutesAndSecondsWithATargetLabelForScreenReaders(int seconds, string shown)
    {
        var cut = Render<TimeBudget>(p => p.Add(c => c.Seconds, seconds));

        cut.Find(".time-budget").TextContent.Should().Be($"Target: {shown}");
        cut.Find(".visually-hidden").TextContent.Should().Be("Target: ");
        cut.Find("svg").GetAttribute("aria-hidden").Should().Be("true");
    }
}
