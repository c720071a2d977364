using InterviewPrep.Core.Content;
using InterviewPrep.Core.Quizzes;

namespace InterviewPrep.Core.Tests.Quizzes;

public class DrillRatingsTests
{
    private static readonly Walkthrough Walkthrough = ContentLoader.LoadOrThrow(TestPaths.Content).Walkthrough("webhook-drops-dive-deep")!;

    [Fact]
    public void Key_FollowsTheQuestionText_NotItsPosition()
    {
        var first = Walkthrough.FollowUps[0];

        DrillRatings.Key(first).Should().Be(DrillRatings.Key(first with { Probes = "edited notes" }));
        DrillRatings.Key(first).Should().NotBe(DrillRatings.Key(first with { Question = first.Question + " (reworded)" }));
        Walkthrough.FollowUps.Select(DrillRatings.Key).Should().OnlyHaveUniqueItems();
        DrillRatings.Key(first).Should().MatchRegex("^[0-9a-f]{16}$");
    }

    [Fact]
    public void Standing_SortsFollowUpsByTheirLatestRating()
    {
        Walkthrough.FollowUps.Count.Should().BeGreaterThanOrEqualTo(3);
        var latest = new Dictionary<string, string>
        {
            [DrillRatings.Key(Walkthrough.FollowUps[0])] = DrillRatings.Nailed,
            [DrillRatings.Key(Walkthrough.FollowUps[1])] = DrillRatings.Missed,
            [DrillRatings.Key(Walkthrough.FollowUps[2])] = DrillRatings.Partly,
            ["0123456789abcdef"] = DrillRatings.Missed, // a question since removed from the content
        };

        var standing = DrillRatings.Standing(Walkthrough, latest);

        standing.Nailed.Should().Be(1);
        standing.NotYet.Should().Equal(1, 2);
        standing.Unrated.Should().Be(Walkthrough.FollowUps.Count - 3);
        standing.Rated.Should().Be(3);
    }

    [Fact]
    public void Standing_NothingRated_IsAllUnrated()
    {
        var standing = DrillRatings.Standing(Walkthrough, new Dictionary<string, string>());

        standing.Should().BeEquivalentTo(new { Nailed = 0, Rated = 0, Unrated = Walkthrough.FollowUps.Count });
        standing.NotYet.Should().BeEmpty();
    }

    [Theory]
    [InlineData("nailed", true, "Nailed it")]
    [InlineData("partly", true, "Partly")]
    [InlineData("missed", true, "Missed it")]
    [InlineData("great", false, "")]
    [InlineData(null, false, "")]
    public void Ratings_AreAClosedSet(string? id, bool known, string label)
    {
        DrillRatings.IsKnown(id).Should().Be(known);
        DrillRatings.Label(id).Should().Be(label);
    }
}
