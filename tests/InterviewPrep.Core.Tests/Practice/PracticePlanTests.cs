using InterviewPrep.Core.Content;
using InterviewPrep.Core.Practice;
using InterviewPrep.Core.Quizzes;

namespace InterviewPrep.Core.Tests.Practice;

public class PracticePlanTests
{
    private static readonly ContentCatalog Catalog = ContentLoader.LoadOrThrow(TestPaths.Content);

    private static readonly IReadOnlyList<Theme> Amazon = [.. Catalog.ThemesOf("amazon").OrderBy(t => t.Order)];

    private static PracticeRecord Record(IEnumerable<StoryStanding>? stories = null, Dictionary<string, int>? quiz = null, Dictionary<string, Dictionary<string, string>>? drills = null) =>
        new([.. stories ?? []], quiz ?? [], drills ?? []);

    private static StoryStanding Strong(int id, params string[] principles) => new(id, $"Story {id}", 95, "strong", principles);

    /// <summary>Every Amazon principle covered by strong stories, every quiz taken with a high score.</summary>
    private static PracticeRecord Ready() => Record(
        Amazon.Select((t, i) => Strong(i + 1, t.Slug)),
        Catalog.Walkthroughs.ToDictionary(w => w.Slug, _ => 90));

    [Fact]
    public void NewCandidate_ReadsAWorkedAnswer_WritesAStoryForThatPrinciple_ThenTakesThatWalkthroughsQuiz()
    {
        var steps = PracticePlan.Suggest(Catalog, Record());

        var amazon = Catalog.Companies.Single(c => c.Id == "amazon");
        var walkthrough = Catalog.WalkthroughsFor(amazon.StartWith!).OrderBy(w => w.Slug, StringComparer.Ordinal).First();
        steps.Select(s => s.Kind).Should().Equal(StepKind.StudyWalkthrough, StepKind.WriteStory, StepKind.TakeQuiz);
        steps[0].Href.Should().Be($"/walkthroughs/{walkthrough.Slug}", "the worked answer is for the principle the first story is for");
        steps[1].Href.Should().Be($"/stories/new?principle={amazon.StartWith}", "the company's suggested first theme comes first");
        steps[1].Title.Should().Be($"Write your first story, for {Catalog.Theme(amazon.StartWith!)!.Name}");
        steps[1].Why.Should().StartWith($"None of the {Amazon.Count} Amazon themes has a story yet. {amazon.StartWithWhy}");
        steps[2].Href.Should().Be($"/walkthroughs/{walkthrough.Slug}/quiz", "the quiz checks the walkthrough just read, not an arbitrary one");
    }

    [Fact]
    public void CandidateWithAStory_IsNotSentBackToReading_AndTheQuizFollowsPrincipleOrder()
    {
        var steps = PracticePlan.Suggest(Catalog, Record([new StoryStanding(1, "First", 90, "strong", [Amazon[0].Slug])]));

        steps.Should().NotContain(s => s.Kind == StepKind.StudyWalkthrough);
        steps.Select(s => s.Kind).Should().StartWith(StepKind.WriteStory);
        steps.Single(s => s.Kind == StepKind.WriteStory).Title.Should().StartWith("Write a story for ");
        var firstInOrder = Catalog.Walkthroughs.OrderBy(w => Catalog.Theme(w.Principle)?.Order ?? int.MaxValue).ThenBy(w => w.Slug, StringComparer.Ordinal).First();
        steps.Single(s => s.Kind == StepKind.TakeQuiz).Href.Should().Be($"/walkthroughs/{firstInOrder.Slug}/quiz");
    }

    [Fact]
    public void NewCandidate_WhoTookThatQuizAlready_GetsTheNextUntakenQuiz()
    {
        var amazon = Catalog.Companies.Single(c => c.Id == "amazon");
        var walkthrough = Catalog.WalkthroughsFor(amazon.StartWith!).OrderBy(w => w.Slug, StringComparer.Ordinal).First();

        var steps = PracticePlan.Suggest(Catalog, Record(quiz: new() { [walkthrough.Slug] = 95 }));

        steps.Single(s => s.Kind == StepKind.TakeQuiz).Href.Should().NotBe($"/walkthroughs/{walkthrough.Slug}/quiz");
    }

    [Fact]
    public void ReadyCandidate_HasNothingLeftToSuggest()
    {
        PracticePlan.Suggest(Catalog, Ready()).Should().BeEmpty();
    }

    [Fact]
    public void UncoveredPrinciple_IsTheFirstNotCoveredInPrincipleOrder()
    {
        var ready = Ready();
        var record = ready with { Stories = [.. ready.Stories.Where(s => !s.Principles.Contains(Amazon[3].Slug) && !s.Principles.Contains(Amazon[7].Slug))] };

        var step = PracticePlan.Suggest(Catalog, record).Single();

        step.Kind.Should().Be(StepKind.WriteStory);
        step.Title.Should().Be($"Write a story for {Amazon[3].Name}");
        step.Why.Should().StartWith($"2 of {Amazon.Count}");
    }

    [Fact]
    public void WeakStory_ComesBeforeAMixedOne_AndTheLowestScoreFirst()
    {
        var ready = Ready();
        var record = ready with
        {
            Stories =
            [
                .. ready.Stories,
                new StoryStanding(100, "Mixed one", 40, "mixed", []),
                new StoryStanding(101, "Weak but higher", 45, "weak", []),
                new StoryStanding(102, "Weak and lowest", 20, "weak", []),
            ],
        };

        var step = PracticePlan.Suggest(Catalog, record).Single();

        step.Should().Be(new PracticeStep(StepKind.StrengthenStory, "Strengthen “Weak and lowest”", "It scores 20 (weak); the editor marks the words to fix.", "/stories/102"));
    }

    [Fact]
    public void FollowUps_TheWalkthroughWithMostNotNailedIsDrilled()
    {
        var one = Catalog.Walkthroughs[0];
        var two = Catalog.Walkthroughs[1];
        var drills = new Dictionary<string, Dictionary<string, string>>
        {
            [one.Slug] = new() { [DrillRatings.Key(one.FollowUps[0])] = DrillRatings.Missed },
            [two.Slug] = new()
            {
                [DrillRatings.Key(two.FollowUps[0])] = DrillRatings.Partly,
                [DrillRatings.Key(two.FollowUps[1])] = DrillRatings.Missed,
                [DrillRatings.Key(two.FollowUps[2])] = DrillRatings.Nailed,
            },
            ["walkthrough-since-removed"] = new() { ["0123456789abcdef"] = DrillRatings.Missed },
        };

        var step = PracticePlan.Suggest(Catalog, Ready() with { LatestDrillRatings = drills }).Single();

        step.Kind.Should().Be(StepKind.DrillFollowUps);
        step.Title.Should().Be("Drill 2 follow-ups you have not nailed");
        step.Href.Should().Be($"/walkthroughs/{two.Slug}?mode=drill");
    }

    [Fact]
    public void LowQuizScore_IsRetaken_LowestFirst_AndOnlyBelowTheBar()
    {
        var ready = Ready();
        var quiz = ready.LatestQuizPercent.ToDictionary();
        quiz[Catalog.Walkthroughs[2].Slug] = 60;
        quiz[Catalog.Walkthroughs[4].Slug] = 50;
        quiz[Catalog.Walkthroughs[5].Slug] = PracticePlan.RetakeBelowPercent;

        var step = PracticePlan.Suggest(Catalog, ready with { LatestQuizPercent = quiz }).Single();

        step.Kind.Should().Be(StepKind.RetakeQuiz);
        step.Href.Should().Be($"/walkthroughs/{Catalog.Walkthroughs[4].Slug}/quiz");
        step.Why.Should().Be("Your latest score was 50%.");
    }
}
