using Bunit;
using InterviewPrep.Core;
using InterviewPrep.Core.Scoring;
using InterviewPrep.Core.Stories;
using InterviewPrep.Web.Components.Pages.Stories;

namespace InterviewPrep.Web.Tests.Components.Pages.Stories;

public class StoryFieldTests : ComponentTestContext
{
    // As in the app's circuit; the test of the page served before the connection sets its own.
    public StoryFieldTests() => Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));

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

    [Fact]
    public void StoryField_BeforeTheConnectionIsUp_IsReadOnly_ThenEditable()
    {
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
        var served = Render<StoryField>(p => p.Add(c => c.Section, StarSection.Action));
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        var live = Render<StoryField>(p => p.Add(c => c.Section, StarSection.Action));

        served.Find("textarea").HasAttribute("readonly").Should().BeTrue("words typed into the page served before the circuit would be replaced");
        live.Find("textarea").HasAttribute("readonly").Should().BeFalse();
    }

    [Fact]
    public void StoryField_Findings_AreListedUnderTheField_OncePerRuleWithACount()
    {
        var second = WeLanguage with { Start = 16, Length = 1, Text = "I" };
        var cut = Render<StoryField>(p => p
            .Add(c => c.Section, StarSection.Action)
            .Add(c => c.Value, Text)
            .Add(c => c.Findings, [WeLanguage, second])
            .Add(c => c.ScoredText, Text));

        var items = cut.FindAll(".field-findings li");
        items.Should().ContainSingle();
        items[0].GetAttribute("data-field-finding").Should().Be("we-language");
        items[0].TextContent.Should().Contain("×2").And.Contain("Say I");
    }

    [Fact]
    public void StoryField_Typing_RaisesValueChangedWithTheText()
    {
        var received = new List<string>();
        var cut = Render<StoryField>(p => p
            .Add(c => c.Section, StarSection.Action)
            .Add(c => c.ValueChanged, received.Add));

        cut.Find("textarea").Input("I traced the leak");
        cut.Find("textarea").Input("I traced the leak to the cache");

        received.Should().Equal("I traced the leak", "I traced the leak to the cache");
    }

    [Fact]
    public void StoryField_ValueChangesWithoutANewGeneration_LeavesTheBoxOnItsSeed()
    {
        var typed = "";
        var cut = Render<StoryField>(p => p
            .Add(c => c.Section, StarSection.Action)
            .Add(c => c.Seed, "I pulled the logs")
            .Add(c => c.Value, "I pulled the logs")
            .Add(c => c.Generation, 1)
            .Add(c => c.ValueChanged, v => typed = v));

        // What the editor does on each keystroke: the parent takes the text and renders again.
        cut.Find("textarea").Input("I pulled the logs and");
        cut.Render(p => p.Add(c => c.Value, typed));

        typed.Should().Be("I pulled the logs and");
        BoxText(cut).Should().Be("I pulled the logs", "the browser owns the text; writing Value back would undo keystrokes still in flight");
    }

    [Fact]
    public void StoryField_NewGeneration_TakesTheNewSeed()
    {
        var cut = Render<StoryField>(p => p
            .Add(c => c.Section, StarSection.Action)
            .Add(c => c.Seed, "I pulled the logs")
            .Add(c => c.Value, "I pulled the logs and")
            .Add(c => c.Generation, 1));

        cut.Render(p => p
            .Add(c => c.Seed, "Restored from version 2")
            .Add(c => c.Value, "Restored from version 2")
            .Add(c => c.Generation, 2));

        BoxText(cut).Should().Be("Restored from version 2");
    }

    [Fact]
    public void StoryField_TypedPastTheScoredText_HidesMarksUntilTheNewTextIsScored()
    {
        var cut = Render<StoryField>(p => p
            .Add(c => c.Section, StarSection.Action)
            .Add(c => c.Value, Text)
            .Add(c => c.Findings, [WeLanguage])
            .Add(c => c.ScoredText, Text));
        var typed = "We" + Text[2..] + " Then";

        cut.Render(p => p.Add(c => c.Value, typed));
        var whileTyping = cut.FindAll(".backdrop mark").Count;
        cut.Render(p => p.Add(c => c.ScoredText, typed));

        whileTyping.Should().Be(0, "the findings were computed for the text before the last keystroke");
        cut.FindAll(".backdrop mark").Should().ContainSingle().Which.TextContent.Should().Be("We");
    }

    [Fact]
    public void StoryField_WholeSectionFinding_FlagsTheFieldInsteadOfPaintingEveryWord()
    {
        var noNumbers = new Finding
        {
            Rule = "no-metrics", Severity = Severity.Warning, Section = StarSection.Result,
            Start = 0, Length = Text.Length, Text = Text, Message = "Add a number",
        };

        var cut = Render<StoryField>(p => p
            .Add(c => c.Section, StarSection.Result)
            .Add(c => c.Value, Text)
            .Add(c => c.Findings, [noNumbers])
            .Add(c => c.ScoredText, Text));

        cut.FindAll(".backdrop mark").Should().BeEmpty();
        cut.Find(".field-head .field-flag").GetAttribute("data-rule").Should().Be("no-metrics");
        cut.Find("#findings-result").TextContent.Should().Contain("Add a number");
    }

    [Theory]
    [InlineData(StoryLimits.SectionMax * 9 / 10, false, false)]
    [InlineData(StoryLimits.SectionMax * 9 / 10 + 1, true, false)]
    [InlineData(StoryLimits.SectionMax + 1, true, true)]
    public void StoryField_LongText_ShowsTheCharacterCountPastNinetyPercent(int length, bool counted, bool over)
    {
        var value = new string('a', length);
        var timing = new SectionReport { Section = StarSection.Action, Words = 1, Seconds = 1, TargetSeconds = 60, Score = 100, Weight = 1 };

        var cut = Render<StoryField>(p => p
            .Add(c => c.Section, StarSection.Action)
            .Add(c => c.Value, value)
            .Add(c => c.Timing, timing));

        var counter = cut.FindAll(".char-count");
        if (!counted)
        {
            counter.Should().BeEmpty();
            return;
        }

        counter.Should().ContainSingle().Which.TextContent.Should().Be($"{length:N0} / {StoryLimits.SectionMax:N0} characters");
        counter[0].ClassList.Contains("over").Should().Be(over);
        cut.Find(".highlight-wrap").ClassList.Contains("too-long").Should().Be(over);
    }

    // What the server gives the box: the value Blazor sets on the element (bUnit shows it as the
    // value attribute); nothing here is what the user has typed since.
    private static string? BoxText(IRenderedComponent<StoryField> cut) => cut.Find("textarea").GetAttribute("value");
}
