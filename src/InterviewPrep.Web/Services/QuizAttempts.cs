using System.Text.Json;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Quizzes;
using InterviewPrep.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Services;

/// <summary>Best and last score of one walkthrough's quiz for one user.</summary>
public sealed record QuizScoreSummary(string WalkthroughSlug, int Attempts, int BestPercent, int LastPercent, int LastCorrect, int LastTotal, DateTime LastAtUtc);

/// <summary>Saves and reads a user's quiz attempts. Every query is scoped to the user id given.</summary>
public sealed class QuizAttempts(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>
    /// Saves a finished attempt exactly once: a second call with the same attempt key (a double
    /// click, a retried submit after a reconnect) returns the attempt already stored.
    /// </summary>
    public async Task<QuizAttempt> SaveAsync(string userId, string attemptKey, Walkthrough walkthrough, string mode, QuizGrade grade,
        DateTime startedAtUtc, DateTime completedAtUtc, string contentVersion, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var existing = await db.QuizAttempts.FirstOrDefaultAsync(a => a.UserId == userId && a.AttemptKey == attemptKey, ct);
        if (existing is not null)
        {
            return existing;
        }

        var attempt = new QuizAttempt
        {
            UserId = userId,
            AttemptKey = attemptKey,
            WalkthroughSlug = walkthrough.Slug,
            Mode = mode,
            Correct = grade.Correct,
            Total = grade.Total,
            AnswersJson = JsonSerializer.Serialize(grade.Answers),
            ContentVersion = contentVersion,
            StartedAtUtc = startedAtUtc,
            CompletedAtUtc = completedAtUtc,
            DurationSeconds = (int)Math.Max(0, (completedAtUtc - startedAtUtc).TotalSeconds),
        };
        db.QuizAttempts.Add(attempt);
        try
        {
            await db.SaveChangesAsync(ct);
            return attempt;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Two saves raced past the check above; the unique (UserId, AttemptKey) index let
            // exactly one through. Return that one.
            await using var again = await dbFactory.CreateDbContextAsync(ct);
            return await again.QuizAttempts.FirstAsync(a => a.UserId == userId && a.AttemptKey == attemptKey, ct);
        }
    }

    /// <summary>All of a user's attempts, oldest first.</summary>
    public async Task<List<QuizAttempt>> ListAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.QuizAttempts.AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.CompletedAtUtc).ThenBy(a => a.Id).ToListAsync(ct);
    }

    /// <summary>Best and last score per walkthrough (full runs only; retries of missed cards are practice).</summary>
    public async Task<Dictionary<string, QuizScoreSummary>> SummariesAsync(string userId, CancellationToken ct = default)
    {
        var attempts = await ListAsync(userId, ct);
        return Summarise(attempts);
    }

    public static Dictionary<string, QuizScoreSummary> Summarise(IEnumerable<QuizAttempt> attempts) =>
        attempts.Where(a => a.Mode == "full" && a.Total > 0)
            .GroupBy(a => a.WalkthroughSlug)
            .ToDictionary(g => g.Key, g =>
            {
                var last = g.OrderBy(a => a.CompletedAtUtc).ThenBy(a => a.Id).Last();
                return new QuizScoreSummary(g.Key, g.Count(), g.Max(Percent), Percent(last), last.Correct, last.Total, last.CompletedAtUtc);
            });

    public static int Percent(QuizAttempt a) => a.Total == 0 ? 0 : (int)Math.Round(100.0 * a.Correct / a.Total);
}
