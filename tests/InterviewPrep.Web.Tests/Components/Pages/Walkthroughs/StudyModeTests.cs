using Bunit;
using InterviewPrep.Core;
using InterviewPrep.Core.Content;
using InterviewPrep.Web.Components.Pages.Walkthroughs;
using Microsoft.AspNetCore.Components.Web;

namespace InterviewPrep.Web.Tests.Components.Pages.Walkthroughs;

public class StudyModeTests : ComponentTestContext
{
    // A real walkthrough from content/, so the test sees what a reader sees.
    private static readonly Walkthrough Walkthrough = Catalog.Walkthroughs.First(w =>
        w.FollowUps.Count > 1 && StarNames.Levels.All(w.LevelReflections.ContainsKey));

    [Fact]
    public void StudyMode_RevealClicked_ShowsThatFollowUpsWeakAndStrongReply()
    {
        var cut = Render<StudyMode>(p => p.Add(c => c.Walkthrough, Walkthrough));
        var hiddenBefore = cut.FindAll(".weak-strong").Count;

        cut.FindAll(".followup-card button")[1].Click();

        hiddenBefore.Should().Be(0, "the reader tries an answer before seeing ours");
        var button = cut.FindAll(".followup-card button")[1];
        button.GetAttribute("aria-expanded").Should().Be("true");
        button.TextContent.Trim().Should().Be("Hide answers");
        cut.FindAll(".followup-card button")[0].GetAttribute("aria-expanded").Should().Be("false");
        var answers = cut.Find("#fu-1");
        answers.QuerySelector(".weak-box")!.TextContent.Should().Contain(Walkthrough.FollowUps[1].Weak);
        answers.QuerySelector(".strong-box")!.TextContent.Should().Contain(Walkthrough.FollowUps[1].KeyPhrase);
    }

    [Fact]
    public void StudyMode_RevealClickedTwice_HidesTheRepliesAgain()
    {
        var cut = Render<StudyMode>(p => p.Add(c => c.Walkthrough, Walkthrough));

        cut.FindAll(".followup-card button")[0].Click();
        cut.FindAll(".followup-card button")[0].Click();

        cut.FindAll(".weak-strong").Should().BeEmpty();
        cut.FindAll(".followup-card button")[0].GetAttribute("aria-expanded").Should().Be("false");
    }

    [Fact]
    public void StudyMode_LevelTabClicked_SelectsItAndShowsThatLevelsReflection()
    {
        var cut = Render<StudyMode>(p => p.Add(c => c.Walkthrough, Walkthrough));

        cut.Find("#tab-senior").Click();

        cut.Find("#tab-senior").GetAttribute("aria-selected").Should().Be("true");
        cut.Find("#tab-sde2").GetAttribute("aria-selected").Should().Be("false", "SDE2 is selected until the reader picks another");
        var panel = cut.Find("#panel-level");
        panel.GetAttribute("aria-labelledby").Should().Be("tab-senior");
        panel.TextContent.Should().Contain(Walkthrough.LevelReflections[Level.Senior])
            .And.NotContain(Walkthrough.LevelReflections[Level.Sde2]);
    }

    [Theory]
    [InlineData("ArrowRight", 1, "tab-senior")]
    [InlineData("ArrowRight", 2, "tab-sde1")]
    [InlineData("ArrowLeft", 1, "tab-sde1")]
    [InlineData("ArrowLeft", 2, "tab-senior")]
    public void StudyMode_ArrowKeysOnTheLevelTabs_MoveTheSelectionAndWrap(string key, int presses, string selected)
    {
        var cut = Render<StudyMode>(p => p.Add(c => c.Walkthrough, Walkthrough));

        for (var i = 0; i < presses; i++)
        {
            cut.Find("[role=tab][aria-selected=true]").KeyDown(new KeyboardEventArgs { Key = key });
        }

        cut.FindAll("[role=tab][aria-selected=true]").Should().ContainSingle().Which.Id.Should().Be(selected);
        cut.Find($"#{selected}").GetAttribute("tabindex").Should().Be("0", "the selected tab is the one Tab lands on");
    }
}
