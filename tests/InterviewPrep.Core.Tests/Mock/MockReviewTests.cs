using InterviewPrep.Core.Content;
using InterviewPrep.Core.Mock;
using InterviewPrep.Core.Practice;

namespace InterviewPrep.Core.Tests.Mock;

public class MockReviewTests
{
    private static MockAnswerResult Answer(int used, int? storyId, params string[] ratings) => new("Q", "ownership", storyId, used, 150, ratings);

    [Fact]
    public void WeakestIndex_SkippedBeatsMissed_AndOverTimeCosts()
    {
        var answers = new[] { Answer(120, 1, "nailed", "nailed"), Answer(200, 2, "nailed", "nailed"), Answer(4, 3, "nailed", "nailed") };

        answers[1].Strength.Should().Be(75, "over time costs a quarter");
        MockReview.WeakestIndex(answers).Should().Be(2, "an answer passed in four seconds was not given");
    }

    [Fact]
    public void NextStep_StoryWithOpenFollowUps_GoesToItsDrill_NoStory_ToANewStory()
    {
        MockReview.NextStep(Answer(100, 7, "nailed", "missed")).Href.Should().Be("/stories/7/drill");
        MockReview.NextStep(Answer(100, 7, "nailed")).Href.Should().Be("/stories/7");
        MockReview.NextStep(Answer(100, null, "missed")).Href.Should().Be("/stories/new?principle=ownership");
    }

    [Fact]
    public void NailedPercent_CountsEveryFollowUp()
    {
        MockReview.NailedPercent([Answer(100, 1, "nailed", "partly"), Answer(100, 1, "missed", "nailed")]).Should().Be(50);
        MockReview.NailedPercent([]).Should().Be(0);
    }
}

public class PracticePlanMockTests
{
    private static readonly ContentCatalog Catalog = ContentLoader.LoadOrThrow(TestPaths.Content);

    private static PracticeRecord Record(MockStanding? mock) => new([], new Dictionary<string, int>(), new Dictionary<string, Dictionary<string, string>>(), mock);

    [Fact]
    public void Suggest_NoMockYet_OffersOne_LastMockWeak_PointsAtItsFix_NotRead_Nothing()
    {
        PracticePlan.Suggest(Catalog, Record(new MockStanding(0))).Should().ContainSingle(s => s.Kind == StepKind.MockInterview)
            .Which.Href.Should().Be("/mock");
        PracticePlan.Suggest(Catalog, Record(new MockStanding(2, "Tell me about a time?", "Over time.", "/stories/4/drill")))
            .Should().ContainSingle(s => s.Kind == StepKind.MockInterview).Which.Href.Should().Be("/stories/4/drill");
        PracticePlan.Suggest(Catalog, Record(new MockStanding(2))).Should().NotContain(s => s.Kind == StepKind.MockInterview);
        PracticePlan.Suggest(Catalog, Record(null)).Should().NotContain(s => s.Kind == StepKind.MockInterview);
    }
}
