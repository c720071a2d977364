using Bunit;
using InterviewPrep.Core;
using InterviewPrep.Core.Content;
using InterviewPrep.Web.Components.Shared;

namespace InterviewPrep.Web.Tests.Components.Shared;

public class SampleAnswerCardTests : ComponentTestContext
{
    [Theory]
    [InlineData(SampleStrength.Strong, "Strong sample", "✓ Strong", "What makes it strong")]
    [InlineData(SampleStrength.Weak, "Weak sample", "✗ Weak", "Why it is weak")]
    public void SampleAnswerCard_SampleFromContent_SaysWhetherToImitateItOrLearnFromIt(SampleStrength strength, string label, string pill, string notesHeading)
    {
        var sample = Catalog.Themes.SelectMany(t => t.Samples).First(s => s.Strength == strength);

        var cut = Render<SampleAnswerCard>(p => p.Add(c => c.Sample, sample));

        cut.Find("article").GetAttribute("aria-label").Should().Be($"{label}: {sample.Title}");
        cut.Find(".strength-pill").TextContent.Should().Be(pill);
        cut.Find(".sample-notes h4").TextContent.Should().Be(notesHeading);
        cut.FindAll(".sample-notes li").Select(li => li.TextContent).Should().Equal(sample.Notes);
    }

    [Fact]
    public void SampleAnswerCard_SectionsGivenOutOfOrder_ListsThemInSpeakingOrderSkippingMissingOnes()
    {
        var sample = new SampleAnswer
        {
            Title = "Skipped the task",
            Strength = SampleStrength.Weak,
            Level = Level.Senior,
            Sections = new Dictionary<StarSection, string>
            {
                [StarSection.Result] = "It worked out.",
                [StarSection.Situation] = "Our build was slow.",
                [StarSection.Action] = "We fixed it.",
            },
            Notes = ["No task: whose problem was it?"],
        };

        var cut = Render<SampleAnswerCard>(p => p.Add(c => c.Sample, sample));

        cut.FindAll(".star-row .badge-name").Select(b => b.TextContent).Should().Equal("Situation", "Action", "Result");
        cut.FindAll(".star-row dd").Select(d => d.TextContent).Should().Equal("Our build was slow.", "We fixed it.", "It worked out.");
        cut.Find(".level-pill").TextContent.Should().Be("Senior");
    }

    [Fact]
    public void SampleAnswerCard_WeakSample_MarksTheWordsTheScorerCatches_AStrongOneIsLeftPlain()
    {
        var weak = Catalog.Theme("ownership")!.Samples.First(s => s.Strength == SampleStrength.Weak);
        var strong = Catalog.Theme("ownership")!.Samples.First(s => s.Strength == SampleStrength.Strong);

        var weakCut = Render<SampleAnswerCard>(p => p.Add(c => c.Sample, weak));
        var strongCut = Render<SampleAnswerCard>(p => p.Add(c => c.Sample, strong));

        var marks = weakCut.FindAll("mark.problem");
        marks.Should().NotBeEmpty("a weak sample shows its problems in place, as the walkthrough's weak answer does");
        marks.Select(m => m.TextContent).Should().OnlyContain(t => weak.Sections.Values.Any(text => text.Contains(t, StringComparison.Ordinal)));
        strongCut.FindAll("mark").Should().BeEmpty();
    }
}
