using Bunit;
using InterviewPrep.Core;
using InterviewPrep.Web.Components.Shared;

namespace InterviewPrep.Web.Tests.Components.Shared;

public class SectionBadgeTests : ComponentTestContext
{
    [Theory]
    [InlineData(StarSection.Situation, "S")]
    [InlineData(StarSection.Reflection, "✦")]
    public void SectionBadge_WithName_ShowsTheLetterAndTheName(StarSection section, string letter)
    {
        var cut = Render<SectionBadge>(p => p.Add(c => c.Section, section));

        cut.Find(".badge-letter").TextContent.Should().Be(letter);
        cut.Find(".badge-letter").GetAttribute("aria-hidden").Should().Be("true");
        cut.Find(".badge-name").TextContent.Should().Be(section.ToString());
        cut.Find(".section-badge").ClassList.Should().Contain($"sec-{section.Id()}");
    }

    [Fact]
    public void SectionBadge_WithoutName_StillNamesTheSectionForScreenReaders()
    {
        var cut = Render<SectionBadge>(p => p
            .Add(c => c.Section, StarSection.Result)
            .Add(c => c.ShowName, false));

        cut.FindAll(".badge-name").Should().BeEmpty();
        cut.Find(".visually-hidden").TextContent.Should().Be("Result");
    }
}
