using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Tests.Scoring;

public class StoryMarkdownTests
{
    private const string Story = """
        ---
        title: Webhook drops
        level: senior
        principle: ownership
        ---
        # Ignored because the front matter has a title

        ## situation
        Payments were late.

        ## Task:
        The service was not my team's.

        ## ACTION
        I traced the race.
        I wrote the fix.

        ## Notes
        Not part of any section.

        ## Result
        Drops fell to zero.
        """;

    [Fact]
    public void Parse_FrontMatterAndCaseInsensitiveHeadings_FillsTheStory()
    {
        var result = StoryMarkdown.Parse(Story, "s.md");

        result.Errors.Should().BeEmpty();
        var story = result.Document!.Story;
        story.Title.Should().Be("Webhook drops");
        story.Level.Should().Be(Level.Senior);
        story.Principles.Should().Equal("ownership");
        story.Text(StarSection.Situation).Should().Be("Payments were late.");
        story.Text(StarSection.Task).Should().Be("The service was not my team's.");
        story.Text(StarSection.Action).Should().Be("I traced the race.\nI wrote the fix.");
        story.Text(StarSection.Result).Should().Be("Drops fell to zero.");
        story.Sections.Should().NotContainKey(StarSection.Reflection);
    }

    [Fact]
    public void Locate_OffsetInSection_MapsToFileLineAndColumn()
    {
        var doc = StoryMarkdown.Parse(Story.Replace("\n", "\r\n", StringComparison.Ordinal), "s.md").Document!;

        var action = doc.Story.Text(StarSection.Action);
        var (line, column) = doc.Locate(StarSection.Action, action.IndexOf("wrote", StringComparison.Ordinal));

        line.Should().Be(16);
        column.Should().Be(3);
        doc.Line(16).Should().Be("I wrote the fix.");
        doc.Locate(StarSection.Reflection, 0).Should().Be((0, 0));
    }

    [Fact]
    public void Parse_NoFrontMatter_TakesTitleFromFirstHeadingAndDefaultsToSde2()
    {
        var doc = StoryMarkdown.Parse("# My story\n\n## Action\nI did it.\n").Document!;

        doc.Story.Title.Should().Be("My story");
        doc.Story.Level.Should().Be(Level.Sde2);
    }

    [Theory]
    [InlineData("Just some text.\n", 0, "no STAR sections")]
    [InlineData("---\nlevel: sde2\n## Action\nI did it.\n", 1, "no closing '---'")]
    [InlineData("---\nlevel: staff\n---\n## Action\nI did it.\n", 2, "'level' must be sde1, sde2 or senior, not 'staff'")]
    [InlineData("---\ntitle: x\nmood: happy\n---\n## Action\nI did it.\n", 3, "unknown field 'mood'")]
    [InlineData("## Action\nI did it.\n\n## Action\nAgain.\n", 4, "appears twice")]
    public void Parse_BadFile_ReportsLocatedError(string text, int line, string message)
    {
        var result = StoryMarkdown.Parse(text, "bad.md");

        result.Ok.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<InterviewPrep.Core.Content.ContentError>(e => e.File == "bad.md" && e.Line == line && e.Message.Contains(message));
    }

    [Fact]
    public void Parse_TitleOfHundredThousandNestedBrackets_IsALocatedErrorNotACrash()
    {
        var text = "---\ntitle: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\n## Action\nI did it.\n";

        var result = StoryMarkdown.Parse(text, "deep.md");

        result.Ok.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Be(new InterviewPrep.Core.Content.ContentError("deep.md", 2,
            "a story's front matter is 200,008 characters; at most 8,192 are accepted"));
    }

    [Theory]
    [InlineData("---\ntitle: [[x]]\n---\n## Action\nI did it.\n", 2)]
    [InlineData("---\ntitle: x\nprinciples:\n  - - ownership\n---\n## Action\nI did it.\n", 4)]
    public void Parse_FrontMatterNestedPastTwoLevels_IsRefusedAtItsLine(string text, int line)
    {
        var result = StoryMarkdown.Parse(text, "deep.md");

        result.Errors.Should().ContainSingle().Which.Should().Match<InterviewPrep.Core.Content.ContentError>(e => e.Line == line && e.Message.Contains("more than 2 levels deep"));
    }

    [Fact]
    public void Parse_FrontMatterWithAPrinciplesList_IsWithinTheLimits()
    {
        var text = "---\ntitle: \"Fix [the] {bug}\"\nprinciples: [ownership, dive-deep]\n---\n## Action\nI did it.\n";

        var result = StoryMarkdown.Parse(text, "ok.md");

        result.Errors.Should().BeEmpty();
        result.Document!.Story.Principles.Should().Equal("ownership", "dive-deep");
    }

    [Fact]
    public void Write_ThenParse_RoundTripsTheStory()
    {
        var story = new StarStory
        {
            Title = "A \"quoted\" title",
            Level = Level.Sde1,
            Principles = ["dive-deep", "ownership"],
            Sections = new Dictionary<StarSection, string>
            {
                [StarSection.Situation] = "Context.",
                [StarSection.Action] = "I did one thing.\n\nI did another.",
                [StarSection.Result] = "Errors fell by 40%.",
            },
        };

        var parsed = StoryMarkdown.Parse(StoryMarkdown.Write(story)).Document!.Story;

        parsed.Title.Should().Be(story.Title);
        parsed.Level.Should().Be(story.Level);
        parsed.Principles.Should().Equal(story.Principles);
        foreach (var s in StarNames.Sections)
        {
            parsed.Text(s).Should().Be(story.Text(s));
        }
    }

    [Fact]
    public void Parse_ExtraKeysAllowedByCaller_AreReturnedAsTexts()
    {
        var doc = StoryMarkdown.Parse("---\nexpect: [a, b]\nverdict: weak\n---\n## Action\nI did it.\n", "x.md", ["expect", "verdict"]).Document!;

        doc.Extra["expect"].Should().Equal("a", "b");
        doc.Extra["verdict"].Should().Equal("weak");
    }
}
