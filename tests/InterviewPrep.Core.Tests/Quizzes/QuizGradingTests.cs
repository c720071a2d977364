using InterviewPrep.Core.Content;
using InterviewPrep.Core.Quizzes;

namespace InterviewPrep.Core.Tests.Quizzes;

public class QuizGradingTests
{
    private static readonly Walkthrough Walkthrough = ContentLoader.LoadOrThrow(TestPaths.Content).Walkthrough("webhook-drops-dive-deep")!;

    [Fact]
    public void Grade_RightAndWrongAnswers_CountsByOptionText()
    {
        var q1 = Walkthrough.Quiz[0];
        var q2 = Walkthrough.Quiz[1];
        var answers = new[]
        {
            new QuizAnswer(q1.Id, q1.Options[q1.CorrectIndex].Text),
            new QuizAnswer(q2.Id, q2.Options.First(o => !o.Correct).Text),
        };

        var grade = QuizGrading.Grade(Walkthrough, answers);

        grade.Correct.Should().Be(1);
        grade.Total.Should().Be(2);
        grade.Percent.Should().Be(50);
        grade.Dropped.Should().BeEmpty();
    }

    [Fact]
    public void Grade_ContentChangedDuringAttempt_DropsAnswersItCannotJudge()
    {
        var q1 = Walkthrough.Quiz[0];
        var q2 = Walkthrough.Quiz[1];
        // The quiz was edited while the candidate answered: q1 was removed, q2's options reordered.
        var edited = Walkthrough with
        {
            Quiz = [.. Walkthrough.Quiz.Skip(1).Select(q => q == q2 ? q with { Options = [.. q.Options.Reverse()] } : q)],
        };
        var answers = new[]
        {
            new QuizAnswer(q1.Id, q1.Options[q1.CorrectIndex].Text),
            new QuizAnswer(q2.Id, q2.Options[q2.CorrectIndex].Text),
            new QuizAnswer(Walkthrough.Quiz[2].Id, "an option that no longer exists"),
        };

        var grade = QuizGrading.Grade(edited, answers);

        grade.Answers.Should().ContainSingle().Which.Should().Be(new GradedAnswer(q2.Id, q2.Options[q2.CorrectIndex].Text, true));
        grade.Dropped.Should().Equal(q1.Id, Walkthrough.Quiz[2].Id);
        QuizGrading.Fingerprint(edited).Should().NotBe(QuizGrading.Fingerprint(Walkthrough));
    }

    [Fact]
    public void Shuffled_IsStableWithinAnAttemptAndKeepsEveryOption()
    {
        var q = Walkthrough.Quiz[0];

        var a = QuizGrading.Shuffled(q, "attempt-1");
        var b = QuizGrading.Shuffled(q, "attempt-1");

        a.Should().Equal(b);
        a.Should().BeEquivalentTo(q.Options);
    }

    [Fact]
    public void Shuffled_CorrectOptionIsNotAlwaysFirst()
    {
        var firstPositions = Enumerable.Range(0, 40).Select(i => QuizGrading.Shuffled(Walkthrough.Quiz[0], $"k{i}").ToList().FindIndex(o => o.Correct));

        firstPositions.Distinct().Count().Should().BeGreaterThan(1);
    }
}
