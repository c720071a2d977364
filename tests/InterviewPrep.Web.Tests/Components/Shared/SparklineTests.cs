using Bunit;
using InterviewPrep.Web.Components.Shared;

namespace InterviewPrep.Web.Tests.Components.Shared;

public class SparklineTests : ComponentTestContext
{
    [Fact]
    public void Sparkline_SeveralScores_PlotsLeftToRightHigherIsUpEndingOnTheLatest()
    {
        var cut = Render<Sparkline>(p => p.Add(c => c.Values, [20, 60, 90]));

        // 120 × 30 box, 3 px padding: x spreads 3…117, a score of 100 sits at y 3 and 0 at y 27.
        cut.Find("polyline").GetAttribute("points").Should().Be("3,22.2 60,12.6 117,5.4");
        cut.Find("circle").GetAttribute("cx").Should().Be("117");
        cut.Find("svg").GetAttribute("aria-hidden").Should().Be("true");
    }

    [Fact]
    public void Sparkline_OneScore_IsADotWithoutALine()
    {
        var cut = Render<Sparkline>(p => p.Add(c => c.Values, [140]));

        cut.FindAll("polyline").Should().BeEmpty();
        cut.Find("circle").GetAttribute("cy").Should().Be("3", "scores are clamped to 0–100");
    }
}
