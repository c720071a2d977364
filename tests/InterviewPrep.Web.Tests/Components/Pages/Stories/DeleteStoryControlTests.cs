using Bunit;
using InterviewPrep.Web.Components.Pages.Stories;

namespace InterviewPrep.Web.Tests.Components.Pages.Stories;

public class DeleteStoryControlTests : ComponentTestContext
{
    [Theory]
    [InlineData("Delete it and its variants", true)]
    [InlineData("Delete it, keep the variants as stories", false)]
    public void DeleteStoryControl_StoryWithVariants_AsksWhatBecomesOfThem(string choice, bool withVariants)
    {
        var chosen = new List<bool>();
        var cut = Render<DeleteStoryControl>(p => p.Add(c => c.VariantCount, 2).Add(c => c.OnDelete, chosen.Add));

        cut.Find("button").Click();
        cut.Find("[data-delete-confirm]").TextContent.Should().Contain("2 re-angled variants");
        cut.FindAll("button").First(b => b.TextContent == choice).Click();

        chosen.Should().Equal(withVariants);
    }

    [Fact]
    public void DeleteStoryControl_NoVariants_AsksOnceAndCanBeCancelled()
    {
        var chosen = new List<bool>();
        var cut = Render<DeleteStoryControl>(p => p.Add(c => c.OnDelete, chosen.Add));

        cut.Find("button").Click();
        cut.Find("[data-delete-confirm]").TextContent.Should().NotContain("variant");
        cut.FindAll("button").First(b => b.TextContent == "Cancel").Click();

        cut.FindAll("[data-delete-confirm]").Should().BeEmpty();
        chosen.Should().BeEmpty();
    }
}
