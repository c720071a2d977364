using InterviewPrep.Core.Content;
using InterviewPrep.Core.Quizzes;

namespace InterviewPrep.Core.Practice;

/// <summary>What the plan knows of one of the candidate's stories.</summary>
public sealed record StoryStanding(int Id, string Title, int? Score, string? Verdict, IReadOnlyList<string> Principles);

/// <summary>Everything a candidate has done so far, as the practice plan reads it.</summary>
/// <param name="Stories">Their stories.</param>
/// <param name="LatestQuizPercent">Latest full-quiz score per walkthrough slug.</param>
/// <param name="LatestDrillRatings">Per walkthrough slug, the latest self-rating of each follow-up (by <see cref="DrillRatings.Key"/>).</param>
/// <param name="Mock">What the candidate's mock interviews say; null when the caller did not read them (no mock step then).</param>
public sealed record PracticeRecord(
    IReadOnlyList<StoryStanding> Stories,
    IReadOnlyDictionary<string, int> LatestQuizPercent,
    IReadOnlyDictionary<string, Dictionary<string, string>> LatestDrillRatings,
    MockStanding? Mock = null);

/// <summary>The candidate's mock interviews as the plan reads them.</summary>
/// <param name="Sessions">How many finished mocks they have.</param>
/// <param name="WeakestPrompt">The weakest answer of the latest mock, when it has one worth fixing.</param>
/// <param name="WeakestWhy">One line on why it was the weakest.</param>
/// <param name="WeakestHref">The page that fixes it.</param>
public sealed record MockStanding(int Sessions, string? WeakestPrompt = null, string? WeakestWhy = null, string? WeakestHref = null);

public enum StepKind
{
    StudyWalkthrough,
    WriteStory,
    StrengthenStory,
    DrillFollowUps,
    RetakeQuiz,
    TakeQuiz,
    MockInterview,
}

/// <summary>One suggested next step, with the page that does it.</summary>
public sealed record PracticeStep(StepKind Kind, string Title, string Why, string Href);

/// <summary>
/// Turns what a candidate has done into the few steps that most raise their readiness, in this
/// order: a story for every principle the company tests, then stories strong enough to survive a
/// Bar Raiser, then follow-ups they could not answer, then quiz scores. One step of each kind at
/// most, so the list stays short enough to act on today. A candidate with no story yet first reads
/// a worked answer for the principle they are about to write for, and their quiz is on that same
/// walkthrough: read, write (the editor scores it as they type), then check what stuck.
/// </summary>
public static class PracticePlan
{
    /// <summary>A latest quiz score below this is worth retaking.</summary>
    public const int RetakeBelowPercent = 80;

    public static IReadOnlyList<PracticeStep> Suggest(ContentCatalog catalog, PracticeRecord record, string companyId = "amazon")
    {
        var steps = new List<PracticeStep>();
        var company = catalog.Companies.FirstOrDefault(c => c.Id == companyId)?.Name ?? companyId;

        var themes = catalog.ThemesOf(companyId).OrderBy(t => t.Order).ToList();
        var uncovered = themes.Where(t => !record.Stories.Any(s => s.Principles.Contains(t.Slug))).ToList();
        var first = record.Stories.Count == 0;
        Walkthrough? studied = null;
        if (uncovered.Count > 0)
        {
            // The company's suggested first theme while it lacks a story, then the others in order.
            var start = catalog.Companies.FirstOrDefault(c => c.Id == companyId);
            var next = uncovered.FirstOrDefault(t => t.Slug == start?.StartWith) ?? uncovered[0];
            var why = uncovered.Count == themes.Count ? $"None of the {themes.Count} {company} themes has a story yet." : $"{uncovered.Count} of {themes.Count} {company} themes have no story yet.";
            if (next.Slug == start?.StartWith && start.StartWithWhy is not null)
            {
                why += " " + start.StartWithWhy;
            }

            studied = first ? catalog.WalkthroughsFor(next.Slug).OrderBy(w => w.Slug, StringComparer.Ordinal).FirstOrDefault() : null;
            if (studied is not null)
            {
                steps.Add(new PracticeStep(StepKind.StudyWalkthrough, $"Read the {next.Name} walkthrough",
                    $"A worked answer to “{studied.Question}”, section by section, with what interviewers listen for. About ten minutes.", $"/walkthroughs/{studied.Slug}"));
                why += " The editor scores it as you type and marks the words to fix.";
            }

            steps.Add(new PracticeStep(StepKind.WriteStory, first ? $"Write your first story, for {next.Name}" : $"Write a story for {next.Name}", why, $"/stories/new?principle={next.Slug}"));
        }

        var weakest = record.Stories.Where(s => s.Verdict is "weak" or "mixed")
            .OrderBy(s => s.Verdict == "weak" ? 0 : 1).ThenBy(s => s.Score ?? 0).ThenBy(s => s.Id).FirstOrDefault();
        if (weakest is not null)
        {
            var name = string.IsNullOrWhiteSpace(weakest.Title) ? "your untitled story" : $"“{weakest.Title.Trim()}”";
            steps.Add(new PracticeStep(StepKind.StrengthenStory, $"Strengthen {name}",
                $"It scores {weakest.Score ?? 0} ({weakest.Verdict}); the editor marks the words to fix.", $"/stories/{weakest.Id}"));
        }

        var (drilled, standing) = DrillRatings.Standings(catalog, record.LatestDrillRatings).FirstOrDefault(x => x.Standing.NotYet.Count > 0);
        if (drilled is not null)
        {
            var open = standing.NotYet.Count;
            steps.Add(new PracticeStep(StepKind.DrillFollowUps, $"Drill {open} follow-up{(open == 1 ? "" : "s")} you have not nailed",
                $"From “{drilled.Question}”", $"/walkthroughs/{drilled.Slug}?mode=drill"));
        }

        var retake = record.LatestQuizPercent
            .Where(kv => kv.Value < RetakeBelowPercent && catalog.Walkthrough(kv.Key) is not null)
            .OrderBy(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => (Walkthrough: catalog.Walkthrough(kv.Key)!, Percent: kv.Value))
            .FirstOrDefault();
        if (retake.Walkthrough is not null)
        {
            steps.Add(new PracticeStep(StepKind.RetakeQuiz, $"Retake the quiz: {catalog.Theme(retake.Walkthrough.Principle)?.Name ?? retake.Walkthrough.Principle}",
                $"Your latest score was {retake.Percent}%.", $"/walkthroughs/{retake.Walkthrough.Slug}/quiz"));
        }
        else
        {
            // The quiz on the walkthrough just suggested for reading; else the first walkthrough,
            // in principle order, whose quiz was never taken.
            var untaken = studied is not null && !record.LatestQuizPercent.ContainsKey(studied.Slug) ? studied : catalog.Walkthroughs
                .Where(w => !record.LatestQuizPercent.ContainsKey(w.Slug))
                .OrderBy(w => catalog.Theme(w.Principle)?.Order ?? int.MaxValue).ThenBy(w => w.Slug, StringComparer.Ordinal)
                .FirstOrDefault();
            if (untaken is not null)
            {
                var name = catalog.Theme(untaken.Principle)?.Name ?? untaken.Principle;
                steps.Add(ReferenceEquals(untaken, studied)
                    ? new PracticeStep(StepKind.TakeQuiz, $"Take the {name} walkthrough's quiz", "A few questions on what you read, to see what stuck.", $"/walkthroughs/{untaken.Slug}/quiz")
                    : new PracticeStep(StepKind.TakeQuiz, $"Take the quiz: {name}", $"“{untaken.Question}”", $"/walkthroughs/{untaken.Slug}/quiz"));
            }
        }

        if (record.Mock is { } mock)
        {
            if (mock.Sessions == 0)
            {
                steps.Add(new PracticeStep(StepKind.MockInterview, "Run a mock interview",
                    "Three questions where your bank is thinnest, said out loud against the clock, with the follow-ups your answers invite.", "/mock"));
            }
            else if (mock.WeakestPrompt is not null && mock.WeakestHref is not null)
            {
                steps.Add(new PracticeStep(StepKind.MockInterview, $"Fix your weakest mock answer: “{mock.WeakestPrompt}”",
                    mock.WeakestWhy ?? "It was the weakest answer of your last mock.", mock.WeakestHref));
            }
        }

        return steps;
    }
}
