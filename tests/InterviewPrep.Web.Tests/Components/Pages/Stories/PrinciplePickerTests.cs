using Bunit;
using InterviewPrep.Web.Components.Pages.Stories;

namespace InterviewPrep.Web.Tests.Components.Pages.Stories;

public class PrinciplePickerTests : ComponentTestContext
{
    [Fact]
    public void PrinciplePicker_Closed_ShowsOnlyTheChosenPrinciples()
    {
        var cut = Render<PrinciplePicker>(p => p.Add(c => c.Selected, ["ownership", "dive-deep"]));

        cut.FindAll("[data-picked]").Select(e => e.GetAttribute("data-picked")).Should().Equal("ownership", "dive-deep");
        cut.FindAll("[data-pick]").Should().BeEmpty("the list of every theme opens only when asked for");
        cut.Find(".picker-toggle").GetAttribute("aria-expanded").Should().Be("false");
    }

    [Fact]
    public void PrinciplePicker_Opened_ListsEveryThemeWithTheChosenOnesPressed()
    {
        var cut = Render<PrinciplePicker>(p => p.Add(c => c.Selected, ["ownership"]));

        cut.Find(".picker-toggle").Click();

        cut.Find(".picker-toggle").GetAttribute("aria-expanded").Should().Be("true");
        cut.FindAll("[data-pick]").Should().HaveCount(Catalog.Themes.Count);
        cut.Find("[data-pick=ownership]").GetAttribute("aria-pressed").Should().Be("true");
        cut.Find("[data-pick=dive-deep]").GetAttribute("aria-pressed").Should().Be("false");
    }

    [Fact]
    public void PrinciplePicker_RemoveOnAChip_AsksToToggleThatPrinciple()
    {
        var toggled = new List<string>();
        var cut = Render<PrinciplePicker>(p => p
            .Add(c => c.Selected, ["ownership"])
            .Add(c => c.Toggle, toggled.Add));

        cut.Find("[data-picked=ownership] button[aria-label='Remove Ownership']").Click();

        toggled.Should().Equal("ownership");
    }
}
