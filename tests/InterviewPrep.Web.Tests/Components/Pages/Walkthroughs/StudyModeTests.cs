using Bunit;
using InterviewPrep.Core;
using InterviewPrep.Core.Content;
using InterviewPrep.Web.Components.Pages.Walkthroughs;

namespace InterviewPrep.Web.Tests.Components.Pages.Walkthroughs;

public class StudyModeTests : ComponentTestContext
{
    // A real walkthrough from content/, so the test sees what a reader sees.
    private static readonly Walkthrough Walkthrough = Catalog.Walkthroughs.First(w =>
        w.FollowUps.Count > 1 && StarNames.Levels.All(w.LevelReflections.ContainsKey));

    [Fact]
    public void StudyMode_EveryLevel_ShownAtOnceWithItsOwnReflectionAndBar()
    {
        var cut = Render<StudyMode>(p => p.Add(c => c.Walkthrough, Walkthrough));

        var variants = cut.FindAll(".level-variant");

        variants.Select(v => v.GetAttribute("data-level")).Should().Equal("sde1", "sde2", "senior");
        foreach (var level in StarNames.Levels)
        {
            var card = cut.Find($".level-variant[data-level={level.Id()}]");
            card.QuerySelector("h3")!.TextContent.Should().Be(level.Display());
            card.QuerySelector(".level-reflection")!.TextContent.Should().Contain(Walkthrough.LevelReflections[level]);
            card.TextContent.Should().Contain(Walkthrough.Levels.First(l => l.Level == level).Bar);
        }

        cut.FindAll("[role=tab]").Should().BeEmpty("nothing to switch between: the levels are compared side by side");
    }

    [Fact]
    public void StudyMode_FollowUps_RepliesSitClosedInsideADisclosureEach()
    {
        var cut = Render<StudyMode>(p => p.Add(c => c.Walkthrough, Walkthrough));

        var disclosures = cut.FindAll(".followup-card details");

        disclosures.Should().HaveCount(Walkthrough.FollowUps.Count);
        disclosures.Should().OnlyContain(d => !d.HasAttribute("open"), "the reader tries an answer before seeing ours");
        var second = disclosures[1];
        second.QuerySelector("summary")!.TextContent.Trim().Should().Be("Weak vs strong reply");
        second.QuerySelector(".weak-box")!.TextContent.Should().Contain(Walkthrough.FollowUps[1].Weak);
        second.QuerySelector(".strong-box")!.TextContent.Should().Contain(Walkthrough.FollowUps[1].KeyPhrase);
    }
}
