using Bunit;
using InterviewPrep.Core;
using InterviewPrep.Core.Levels;
using InterviewPrep.Core.Scoring;
using LevelMeter = InterviewPrep.Web.Components.Pages.Stories.LevelMeter;

namespace InterviewPrep.Web.Tests.Components.Pages.Stories;

public class LevelMeterTests : ComponentTestContext
{
    [Fact]
    public void LevelMeter_SeniorStoryShowingSde1_SaysSoPlainlyWithTheSignalsAndWhatWouldLiftIt()
    {
        var placement = new LevelPlacement(
            Level.Sde1,
            Level.Senior,
            [new LevelSignal("decision-owned", "A decision you owned", StarSection.Action, 0, 21, "I decided to roll back")],
            new Dictionary<Level, IReadOnlyList<LevelAdvice>>
            {
                [Level.Sde2] = [new LevelAdvice("trade-off", "A trade-off", "Say what you gave up and why.")],
                [Level.Senior] = [new LevelAdvice("cross-team", "Reach beyond your team", "Name the other teams you aligned."), new LevelAdvice("systemic", "A systemic change", "Say what you changed so it cannot recur.")],
            },
            "This reads as SDE1 scope.");

        var cut = Render<LevelMeter>(p => p.Add(c => c.Placement, placement));

        cut.Find("[data-level-shows]").GetAttribute("data-level-shows").Should().Be("sde1");
        cut.Find("[data-level-below]").TextContent.Should().Be("Written for Senior, this story shows SDE1 scope.");
        cut.Find("[data-level-signal=decision-owned]").TextContent.Should().Contain("I decided to roll back");
        cut.FindAll("[data-level-missing]").Select(e => e.GetAttribute("data-level-missing")).Should().Equal("trade-off", "cross-team", "systemic");
        cut.FindAll("li[aria-current=true]").Should().ContainSingle().Which.TextContent.Should().Contain("SDE1");
    }

    [Fact]
    public void LevelMeter_StoryAtItsLevel_HasNoBelowNotice_AndNoPlacementRendersNothing()
    {
        var placement = new LevelPlacement(Level.Sde2, Level.Sde2, [], new Dictionary<Level, IReadOnlyList<LevelAdvice>>(), "SDE2 scope.");

        var cut = Render<LevelMeter>(p => p.Add(c => c.Placement, placement));
        var none = Render<LevelMeter>();

        cut.Find("[data-level-shows]").GetAttribute("data-level-shows").Should().Be("sde2");
        cut.FindAll("[data-level-below]").Should().BeEmpty();
        none.Markup.Trim().Should().BeEmpty();
    }

    [Fact]
    public void LevelMeter_NextAndWrittenForBandsNeedTheSameThing_ListItOnce()
    {
        var decision = new LevelAdvice("decision-owned", "A decision you owned", "Say the call you made.");
        var placement = new LevelPlacement(
            Level.Sde1,
            Level.Senior,
            [],
            new Dictionary<Level, IReadOnlyList<LevelAdvice>>
            {
                [Level.Sde2] = [decision],
                [Level.Senior] = [decision, new LevelAdvice("cross-team", "Reach beyond your team", "Name the other teams.")],
            },
            "SDE1 scope.");

        var cut = Render<LevelMeter>(p => p.Add(c => c.Placement, placement));

        cut.FindAll("[data-level-missing]").Select(e => e.GetAttribute("data-level-missing")).Should().Equal("decision-owned", "cross-team");
        cut.FindAll("h3.level-next").Select(h => h.TextContent).Should().Equal("To show SDE2", "To show Senior, also");
    }
}
