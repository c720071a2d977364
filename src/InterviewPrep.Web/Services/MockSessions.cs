using InterviewPrep.Core.Mock;
using InterviewPrep.Core.Quizzes;
using InterviewPrep.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Services;

/// <summary>One follow-up as the mock page hands it over for saving.</summary>
public sealed record MockFollowUpEntry(string Question, string Source, string SourceId, string Rating, int UsedSeconds, int TargetSeconds);

/// <summary>One answered question as the mock page hands it over for saving.</summary>
public sealed record MockAnswerEntry(string Prompt, string ThemeSlug, int? StoryId, string StoryTitle, string Mode, string AnswerText, int UsedSeconds, int TargetSeconds, IReadOnlyList<MockFollowUpEntry> FollowUps)
{
    public MockAnswerResult ToResult() => new(Prompt, ThemeSlug, StoryId, UsedSeconds, TargetSeconds, [.. FollowUps.Select(f => f.Rating)]);
}

/// <summary>
/// Saves and reads a user's mock interviews. The page saves after every answer (so closing the tab
/// mid-session keeps what was done) and once more at the summary; each save replaces the
/// session's answers, keyed by the session key. Every query is scoped to the user id given.
/// </summary>
public sealed class MockSessions(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>A typed answer longer than this is refused with a message, never cut.</summary>
    public const int MaxAnswerChars = 10_000;

    /// <summary>What is wrong with the entries, or nothing.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<MockAnswerEntry> answers)
    {
        var problems = new List<string>();
        foreach (var (a, i) in answers.Select((a, i) => (a, i)))
        {
            if (a.AnswerText.Length > MaxAnswerChars)
            {
                problems.Add($"Answer {i + 1} is {a.AnswerText.Length:N0} characters; the limit is {MaxAnswerChars:N0}. Cut it down to save it (your text stays in the box).");
            }

            if (a.Mode is not ("voice" or "typed"))
            {
                problems.Add($"Answer {i + 1} has an unknown mode.");
            }

            if (a.FollowUps.Any(f => !DrillRatings.IsKnown(f.Rating)))
            {
                problems.Add($"Answer {i + 1} has a follow-up without a rating.");
            }
        }

        return problems;
    }

    /// <summary>Creates or replaces the session <paramref name="sessionKey"/> with these answers; <paramref name="completed"/> stamps it finished.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(string userId, string sessionKey, string company, string level, int questionCount, DateTime startedAtUtc,
        IReadOnlyList<MockAnswerEntry> answers, bool completed, CancellationToken ct = default)
    {
        var problems = Check(answers);
        if (problems.Count > 0)
        {
            return problems;
        }

        for (var attempt = 0; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var session = await db.MockSessions.Include(s => s.Answers).ThenInclude(a => a.FollowUps)
                .FirstOrDefaultAsync(s => s.UserId == userId && s.SessionKey == sessionKey, ct);
            if (session is null)
            {
                session = new MockSession { UserId = userId, SessionKey = sessionKey, Company = company, Level = level, QuestionCount = questionCount, StartedAtUtc = startedAtUtc };
                db.MockSessions.Add(session);
            }
            else
            {
                db.RemoveRange(session.Answers);
                session.Answers.Clear();
                await db.SaveChangesAsync(ct);
            }

            session.Answers.AddRange(answers.Select((a, i) => new MockAnswer
            {
                Position = i,
                Prompt = Clip(a.Prompt, 500),
                ThemeSlug = Clip(a.ThemeSlug, 120),
                StoryId = a.StoryId,
                StoryTitle = Clip(a.StoryTitle, 200),
                Mode = a.Mode,
                AnswerText = a.AnswerText,
                UsedSeconds = a.UsedSeconds,
                TargetSeconds = a.TargetSeconds,
                FollowUps = [.. a.FollowUps.Select((f, j) => new MockFollowUpRating
                {
                    Position = j,
                    Question = Clip(f.Question, 500),
                    Source = f.Source,
                    SourceId = Clip(f.SourceId, 120),
                    Rating = f.Rating,
                    UsedSeconds = f.UsedSeconds,
                    TargetSeconds = f.TargetSeconds,
                })],
            }));
            if (completed)
            {
                session.CompletedAtUtc ??= clock.GetUtcNow().UtcDateTime;
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return [];
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // A concurrent first save of the same session won the unique key: replace its answers instead.
            }
        }
    }

    /// <summary>The user's finished sessions, newest first, with their answers and follow-ups.</summary>
    public async Task<List<MockSession>> ListAsync(string userId, int take = 20, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sessions = await db.MockSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.CompletedAtUtc != null)
            .OrderByDescending(s => s.CompletedAtUtc).ThenByDescending(s => s.Id)
            .Take(take)
            .Include(s => s.Answers).ThenInclude(a => a.FollowUps)
            .AsSplitQuery()
            .ToListAsync(ct);
        foreach (var s in sessions)
        {
            s.Answers = [.. s.Answers.OrderBy(a => a.Position)];
            foreach (var a in s.Answers)
            {
                a.FollowUps = [.. a.FollowUps.OrderBy(f => f.Position)];
            }
        }

        return sessions;
    }

    /// <summary>One of the user's sessions (finished or not), or null: another user's session is not found.</summary>
    public async Task<MockSession?> GetAsync(string userId, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var s = await db.MockSessions.AsNoTracking().Where(s => s.Id == id && s.UserId == userId)
            .Include(s => s.Answers).ThenInclude(a => a.FollowUps).AsSplitQuery().FirstOrDefaultAsync(ct);
        if (s is not null)
        {
            s.Answers = [.. s.Answers.OrderBy(a => a.Position)];
            foreach (var a in s.Answers)
            {
                a.FollowUps = [.. a.FollowUps.OrderBy(f => f.Position)];
            }
        }

        return s;
    }

    /// <summary>The id of the user's session with this key, once saved.</summary>
    public async Task<int?> IdOfAsync(string userId, string sessionKey, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.MockSessions.Where(s => s.UserId == userId && s.SessionKey == sessionKey).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Every prompt of the user's earlier sessions, so a new session asks fresh ones.</summary>
    public async Task<List<string>> PromptsAskedAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.MockSessions.Where(s => s.UserId == userId).SelectMany(s => s.Answers).Select(a => a.Prompt).Distinct().ToListAsync(ct);
    }

    /// <summary>What the home page's next steps read.</summary>
    public async Task<Core.Practice.MockStanding> StandingAsync(string userId, CancellationToken ct = default)
    {
        var sessions = await ListAsync(userId, take: 1, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var count = await db.MockSessions.CountAsync(s => s.UserId == userId && s.CompletedAtUtc != null, ct);
        if (sessions.Count == 0)
        {
            return new Core.Practice.MockStanding(count);
        }

        var answers = sessions[0].Answers.Select(ToResult).ToList();
        if (MockReview.WeakestIndex(answers) is not { } i || answers[i].Strength >= 100)
        {
            return new Core.Practice.MockStanding(count);
        }

        var weakest = answers[i];
        var why = weakest.Skipped ? "You passed it in a few seconds in your last mock."
            : $"In your last mock it took {weakest.UsedSeconds / 60}:{weakest.UsedSeconds % 60:00} of {weakest.TargetSeconds / 60}:{weakest.TargetSeconds % 60:00}, with {weakest.Ratings.Count(r => r == DrillRatings.Nailed)} of {weakest.Ratings.Count} follow-ups nailed.";
        return new Core.Practice.MockStanding(count, weakest.Prompt, why, MockReview.NextStep(weakest).Href);
    }

    public static MockAnswerResult ToResult(MockAnswer a) => new(a.Prompt, a.ThemeSlug, a.StoryId, a.UsedSeconds, a.TargetSeconds, [.. a.FollowUps.Select(f => f.Rating)]);

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max];
}
