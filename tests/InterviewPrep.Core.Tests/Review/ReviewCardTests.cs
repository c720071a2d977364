using InterviewPrep.Core.Facts;
using InterviewPrep.Core.Review;
using InterviewPrep.Core.Scoring;
using InterviewPrep.Core.Tests.Facts;

namespace InterviewPrep.Core.Tests.Review;

public sealed class ReviewCardTests
{
    private static readonly AnswerChecker Checker = new(TestFacts.Extractor);

    private static IReadOnlyList<ReviewCard> Cards(string result, string action = "I wrote the retry fix.") =>
        ReviewCardBuilder.Build(TestFacts.Extractor.Extract(StarStory.Create(null, null, action, result, null)), "Webhook drops");

    [Fact]
    public void Build_BeforeAfter_AsksForBothEnds()
    {
        var card = Cards("The drop rate went from 0.3% to 0.02%.").Single(c => c.Kind == FactKind.Change);

        card.Prompt.Should().Be("Webhook drops: the drop rate went from ? to ?");
        card.Answer.Should().Be("from 0.3% to 0.02%");
        card.Context.Should().Be("The drop rate went from 0.3% to 0.02%.");
    }

    [Fact]
    public void Build_MyClaim_BlanksIt()
    {
        var card = Cards("It worked.").Single(c => c.Kind == FactKind.Claim);

        card.Prompt.Should().Contain("?").And.NotContain("I wrote");
        card.Answer.Should().Be("I wrote the retry fix");
    }

    [Fact]
    public void Id_IsStableAcrossRewording_AndRetiresWhenTheNumberChanges()
    {
        var a = Cards("The drop rate went from 0.3% to 0.02%.").Single(c => c.Kind == FactKind.Change);
        var reworded = Cards("After the fix, the drop rate went from 0.3 percent to 0.02%, as planned.").Single(c => c.Kind == FactKind.Change);
        var changed = Cards("The drop rate went from 0.5% to 0.02%.").Single(c => c.Kind == FactKind.Change);

        reworded.Id.Should().Be(a.Id);
        changed.Id.Should().NotBe(a.Id);
        a.Id.Should().MatchRegex("^[0-9a-f]{12}$");
    }

    [Theory]
    [InlineData("0.3 percent", true)]
    [InlineData("0.3%", true)]
    [InlineData("0.3", true)]
    [InlineData("three tenths", false)]
    [InlineData("0.5%", false)]
    [InlineData("", false)]
    public void Check_Quantity_IsLenientAboutSpellingAndUnit(string typed, bool correct)
    {
        var card = Cards("About 0.3% of webhooks were dropped.").Single(c => c.Kind == FactKind.Quantity);

        Checker.Check(card, typed).Correct.Should().Be(correct);
    }

    [Theory]
    [InlineData("0.3% to 0.02%", true)]
    [InlineData("from 0.3 percent down to 0.02 percent", true)]
    [InlineData("0.3% to 0.05%", false)]
    public void Check_Change_NeedsBothEnds(string typed, bool correct)
    {
        var card = Cards("The drop rate went from 0.3% to 0.02%.").Single(c => c.Kind == FactKind.Change);

        Checker.Check(card, typed).Correct.Should().Be(correct);
    }

    [Fact]
    public void Check_Duration_AcceptsAnyUnit()
    {
        var card = Cards("The migration took two weeks.").Single(c => c.Kind == FactKind.Quantity);

        Checker.Check(card, "14 days").Correct.Should().BeTrue();
        Checker.Check(card, "two weeks").Correct.Should().BeTrue();
        Checker.Check(card, "10 days").Correct.Should().BeFalse();
    }
}
