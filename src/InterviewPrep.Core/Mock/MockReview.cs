using InterviewPrep.Core.Quizzes;

namespace InterviewPrep.Core.Mock;

/// <summary>One answered question of a mock, as the summary reads it.</summary>
/// <param name="Prompt">The question asked.</param>
/// <param name="ThemeSlug">Its theme.</param>
/// <param name="StoryId">The story the candidate told, if one from the bank.</param>
/// <param name="UsedSeconds">Whole seconds on the answer clock.</param>
/// <param name="TargetSeconds">The level's budget.</param>
/// <param name="Ratings">The self-rating of each follow-up (<see cref="DrillRatings"/> ids), in order asked.</param>
public sealed record MockAnswerResult(string Prompt, string ThemeSlug, int? StoryId, int UsedSeconds, int TargetSeconds, IReadOnlyList<string> Ratings)
{
    /// <summary>An answer stopped this fast was passed, not given (the rehearsal's rule for sections, scaled to a whole answer).</summary>
    public const int SkippedUnderSeconds = 10;

    public bool Skipped => UsedSeconds < SkippedUnderSeconds;

    public bool Over => !Skipped && UsedSeconds > TargetSeconds;

    /// <summary>0–100: nailed counts 2, partly 1, missed 0; a skipped answer scores 0 and an over-time one loses a quarter.</summary>
    public int Strength
    {
        get
        {
            if (Skipped)
            {
                return 0;
            }

            var followUps = Ratings.Count == 0 ? 100 : Ratings.Sum(r => r == DrillRatings.Nailed ? 2 : r == DrillRatings.Partly ? 1 : 0) * 100 / (2 * Ratings.Count);
            return Over ? followUps * 3 / 4 : followUps;
        }
    }
}

/// <summary>What a finished mock says: the weakest answer, how many follow-ups were nailed, and where to go next.</summary>
public static class MockReview
{
    /// <summary>The answer to work on first: the lowest <see cref="MockAnswerResult.Strength"/>, the earlier one on a tie.</summary>
    public static int? WeakestIndex(IReadOnlyList<MockAnswerResult> answers) =>
        answers.Count == 0 ? null : answers.Select((a, i) => (a, i)).OrderBy(x => x.a.Strength).ThenBy(x => x.i).First().i;

    /// <summary>Share of follow-ups rated nailed, 0–100 (0 when none were asked).</summary>
    public static int NailedPercent(IReadOnlyList<MockAnswerResult> answers)
    {
        var all = answers.SelectMany(a => a.Ratings).ToList();
        return all.Count == 0 ? 0 : all.Count(r => r == DrillRatings.Nailed) * 100 / all.Count;
    }

    /// <summary>The page that fixes the weakest answer: the story's follow-up drill when a story was told, else a new story for the theme.</summary>
    public static (string Title, string Href) NextStep(MockAnswerResult weakest)
    {
        if (weakest.StoryId is { } id)
        {
            return weakest.Ratings.Any(r => r != DrillRatings.Nailed)
                ? ("Drill the follow-ups on this story", $"/stories/{id}/drill")
                : ("Tighten this story in the editor", $"/stories/{id}");
        }

        return ("Write a story for this question", $"/stories/new?principle={Uri.EscapeDataString(weakest.ThemeSlug)}");
    }
}
