using Bunit;
using InterviewPrep.Core;
using InterviewPrep.Core.Scoring;
using InterviewPrep.Web.Components.Pages.Stories;

namespace InterviewPrep.Web.Tests.Components.Pages.Stories;

public class StoryFieldTests : ComponentTestContext
{
    private const string Text = "We fixed it and I shipped it.";

    private static readonly Finding WeLanguage = new()
    {
        Rule = "we-language", Severity = Severity.Error, Section = StarSection.Action,
        Start = 0, Length = 2, Text = "We", Message = "Say I",
    };

    [Fact]
    public void StoryField_FindingsForTheScoredText_MarksThemOnTheirExactWordsOnlyForThatText()
    {
        var cut = Render<StoryField>(p => p
            .Add(c => c.Section, StarSection.Action)
            .Add(c => c.Value, Text)
            .Add(c => c.Findings, [WeLanguage])
            .Add(c => c.ScoredText, Text));
        var stale = Render<StoryField>(p => p
            .Add(c => c.Section, StarSection.Action)
            .Add(c => c.Value, Text)
            .Add(c => c.Findings, [WeLanguage])
            .Add(c => c.ScoredText, "We fixed it."));

        cut.Find("label[for=field-action]").TextContent.Should().Contain("Action");
        cut.FindAll(".backdrop mark.finding").Should().ContainSingle().Which.TextContent.Should().Be("We");
        cut.Find(".backdrop mark").GetAttribute("data-rule").Should().Be("we-language");
        stale.FindAll(".backdrop mark").Should().BeEmpty("marks computed for other text would sit on the wrong words");
    }
}
