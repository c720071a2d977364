using Bunit;
using InterviewPrep.Core;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Quizzes;
using InterviewPrep.Web.Components.Pages.Walkthroughs;

namespace InterviewPrep.Web.Tests.Components.Pages.Walkthroughs;

public class QuizResultListTests : ComponentTestContext
{
    // A real quiz from content/, so the review shows what a candidate would read.
    private static readonly Walkthrough Walkthrough = Catalog.Walkthroughs.First(w => w.Quiz.Count >= 3);

    [Fact]
    public void QuizResultList_OneMissed_ListsItFirstWithBothAnswersAndTheExplanation()
    {
        var quiz = Walkthrough.Quiz;
        var missed = quiz[1];
        var wrong = missed.Options.First(o => !o.Correct).Text;
        var answers = quiz.Select(q => new QuizAnswer(q.Id, q == missed ? wrong : q.Options.First(o => o.Correct).Text));
        var grade = QuizGrading.Grade(Walkthrough, answers);

        var cut = Render<QuizResultList>(p => p.Add(c => c.Questions, quiz).Add(c => c.Grade, grade));

        var items = cut.FindAll(".result-item");
        items.Select(li => li.GetAttribute("data-result")).Should().Equal(
            new[] { missed.Id }.Concat(quiz.Where(q => q != missed).Select(q => q.Id)), "missed questions come first, then the rest in quiz order");
        var first = items[0];
        first.QuerySelector(".result-mark")!.TextContent.Should().Contain("Missed", "right or wrong is said in words, not only by colour");
        first.QuerySelector(".result-prompt")!.TextContent.Should().Be(missed.Prompt);
        first.QuerySelector(".result-chosen")!.TextContent.Should().Be(wrong);
        first.QuerySelector(".result-correct")!.TextContent.Should().Be(missed.Options.Single(o => o.Correct).Text);
        first.QuerySelector(".result-explanation")!.TextContent.Should().Contain(missed.Explanation);
        items[1].QuerySelector(".result-mark")!.TextContent.Should().Contain("Right");
        items[1].QuerySelector(".result-correct").Should().BeNull("a right answer needs no correction");
        items[1].QuerySelector("details.result-why .result-explanation")!.TextContent.Should().Be(quiz[0].Explanation, "a right answer's explanation is one click away");
        cut.FindAll(".result-group").Select(h => h.TextContent).Should().Equal("To review: 1 missed", $"Got right: {quiz.Count - 1}");
    }

    [Fact]
    public void QuizResultList_MarkupInContent_IsShownAsText()
    {
        var question = new QuizQuestion
        {
            Id = "q1",
            Kind = QuizKind.Concept,
            Prompt = "Is <b>this</b> bold?",
            Options = [new QuizOption { Text = "<script>x()</script>", Correct = false }, new QuizOption { Text = "No & never", Correct = true }],
            Explanation = "Tags like <i>these</i> are text.",
        };
        var grade = new QuizGrade([new GradedAnswer("q1", "<script>x()</script>", Correct: false)], []);

        var cut = Render<QuizResultList>(p => p.Add(c => c.Questions, [question]).Add(c => c.Grade, grade));

        cut.FindAll("script, b, i").Should().BeEmpty();
        cut.Find(".result-prompt").TextContent.Should().Be("Is <b>this</b> bold?");
        cut.Find(".result-chosen").TextContent.Should().Be("<script>x()</script>");
        cut.Find(".result-correct").TextContent.Should().Be("No & never");
    }
}
