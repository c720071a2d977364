using System.Text;
using InterviewPrep.Core.Scoring;
using InterviewPrep.Core.Stories;

namespace InterviewPrep.Core.Tests.Stories;

/// <summary>An export must be a faithful backup: whatever the app stores comes back from its file unchanged.</summary>
public class StoryRoundTripTests
{
    private static readonly string[] Pieces =
    [
        "a", "I", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\0", "\u0007", "\u007F", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u00A0",
        "\uFFFE", "\uD800", "\uDC00", "😀", "é", "—", "#", "# ", "## ", "### ", "\\", "\\## ", "\"", "'", "[", "]", "{", "}", ":", ": ", "- ",
        "---", "...", "|", ">", "&a", "*a", "!tag", "%", "`", "<b>", "Action", "Situation", "\n## Action\n", "\n# heading\n", "\n## Notes\n",
        "\n---\n", "\n\\# kept\n", "\n#### deep\n", "\n## Result:\n", "\n##\tTask\n",
    ];

    private static string Hostile(Random random, int pieces)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            sb.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return sb.ToString();
    }

    private static StoryDraft RoundTrip(StoryDraft draft)
    {
        var parsed = StoryMarkdown.Parse(StoryMarkdown.Write(draft.ToStarStory()), "story.md");
        parsed.Errors.Should().BeEmpty();
        return StoryDraft.From(parsed.Document!.Story);
    }

    [Theory]
    [InlineData("Title with NUL\0 inside", "Title with NUL  inside")]
    [InlineData("Line\u2028separator", "Line separator")]
    [InlineData("Tab\there", "Tab here")]
    [InlineData("  \"Quoted\" \\ back\\slash  ", "\"Quoted\" \\ back\\slash")]
    [InlineData("BOM\uFEFF and \uFFFE inside", "BOM\uFEFF and \uFFFE inside")]
    public void WriteThenParse_HostileTitle_ComesBackAsStored(string typed, string stored)
    {
        var draft = new StoryDraft { Title = typed, Action = "I did it." }.Normalized();

        var back = RoundTrip(draft);

        draft.Title.Should().Be(stored);
        back.Title.Should().Be(stored);
    }

    [Theory]
    [InlineData("I checked.\n## Action\nThen I fixed it.")]
    [InlineData("# heading\nText under it.")]
    [InlineData("First.\n\n## Notes\nNotes that used to be dropped.")]
    [InlineData("\\## already escaped\n\\\\# twice")]
    [InlineData("Ends with a heading\n### Result")]
    public void WriteThenParse_SectionWithHeadingLines_KeepsEveryLine(string action)
    {
        var draft = new StoryDraft { Title = "T", Situation = "Context.", Action = action, Result = "Done." };

        var back = RoundTrip(draft);

        back.Action.Should().Be(action);
        back.Situation.Should().Be("Context.");
        back.Result.Should().Be("Done.");
    }

    [Fact]
    public void WriteThenParse_ThousandGeneratedHostileStories_ComeBackAsStored()
    {
        var random = new Random(8);
        for (var i = 0; i < 1000; i++)
        {
            var draft = new StoryDraft
            {
                Title = Hostile(random, 8),
                Company = Hostile(random, 4),
                Situation = Hostile(random, 30),
                Task = Hostile(random, 10),
                Action = Hostile(random, 60),
                Result = Hostile(random, 20),
                Reflection = Hostile(random, 10),
            }.Normalized();

            var back = RoundTrip(draft);

            back.SameContentAs(draft).Should().BeTrue($"story {i} must survive: {StoryMarkdown.Write(draft.ToStarStory())}");
        }
    }

    [Fact]
    public void Normalized_AppliedTwice_ChangesNothingMore()
    {
        var random = new Random(13);
        for (var i = 0; i < 500; i++)
        {
            var once = new StoryDraft { Title = Hostile(random, 8), Action = Hostile(random, 40) }.Normalized();

            once.Normalized().SameContentAs(once).Should().BeTrue();
        }
    }

    [Fact]
    public void Locate_FindingAfterAnEscapedHeadingLine_PointsAtTheFileColumn()
    {
        var text = StoryMarkdown.Write(new StoryDraft { Action = "## not a heading\nI fixed it." }.ToStarStory());
        var document = StoryMarkdown.Parse(text).Document!;
        var offset = document.Story.Text(StarSection.Action).IndexOf("fixed", StringComparison.Ordinal);

        var (line, column) = document.Locate(StarSection.Action, offset);

        document.Line(line).Substring(column - 1, 5).Should().Be("fixed");
    }
}
