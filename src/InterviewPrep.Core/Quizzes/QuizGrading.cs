using System.Security.Cryptography;
using System.Text;
using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Quizzes;

/// <summary>One answered question: the option text chosen (text, not position, so reordering cannot mis-score it).</summary>
public sealed record QuizAnswer(string QuestionId, string Chosen);

/// <summary>How one answer was judged against the content as it is now.</summary>
public sealed record GradedAnswer(string QuestionId, string Chosen, bool Correct);

/// <summary>The result of grading a quiz run, with what had to be dropped because the quiz changed.</summary>
public sealed record QuizGrade(IReadOnlyList<GradedAnswer> Answers, IReadOnlyList<string> Dropped)
{
    public int Correct => Answers.Count(a => a.Correct);

    public int Total => Answers.Count;

    /// <summary>Whole-number percentage; 0 for an empty quiz.</summary>
    public int Percent => Total == 0 ? 0 : (int)Math.Round(100.0 * Correct / Total);
}

/// <summary>Grades quiz runs and fingerprints quiz content.</summary>
public static class QuizGrading
{
    /// <summary>
    /// A short hash of everything that decides a quiz's grading (ids, prompts, options, which is
    /// correct). An attempt records it; a different value at submit time means the content
    /// changed while the candidate was answering.
    /// </summary>
    public static string Fingerprint(Walkthrough walkthrough)
    {
        var sb = new StringBuilder();
        foreach (var q in walkthrough.Quiz)
        {
            sb.Append(q.Id).Append('\u001f').Append(q.Prompt).Append('\u001f');
            foreach (var o in q.Options)
            {
                sb.Append(o.Correct ? '+' : '-').Append(o.Text).Append('\u001f');
            }

            sb.Append('\u001e');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16].ToLowerInvariant();
    }

    /// <summary>
    /// Grades answers against the quiz as it is now. An answer whose question no longer exists,
    /// or whose chosen option is no longer offered, is dropped rather than guessed at, so a
    /// content change can never turn a right answer wrong.
    /// </summary>
    public static QuizGrade Grade(Walkthrough walkthrough, IEnumerable<QuizAnswer> answers)
    {
        var graded = new List<GradedAnswer>();
        var dropped = new List<string>();
        foreach (var answer in answers)
        {
            var question = walkthrough.Quiz.FirstOrDefault(q => q.Id == answer.QuestionId);
            var option = question?.Options.FirstOrDefault(o => o.Text == answer.Chosen);
            if (question is null || option is null)
            {
                dropped.Add(answer.QuestionId);
                continue;
            }

            graded.Add(new GradedAnswer(answer.QuestionId, answer.Chosen, option.Correct));
        }

        return new QuizGrade(graded, dropped);
    }

    /// <summary>The options of a question in a stable order for one attempt (correct answers are not always first).</summary>
    public static IReadOnlyList<QuizOption> Shuffled(QuizQuestion question, string attemptKey)
    {
        var seed = BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(attemptKey + "/" + question.Id)), 0);
        var random = new Random(seed);
        return [.. question.Options.OrderBy(_ => random.Next())];
    }
}
