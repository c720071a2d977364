using System.Text.Json;
using InterviewPrep.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Services;

/// <summary>One section of a rehearsal: its id (e.g. "situation"), its budget and the time taken.</summary>
public sealed record SectionTiming(string Section, int TargetSeconds, int UsedSeconds)
{
    public bool Over => UsedSeconds > TargetSeconds;
}

/// <summary>A saved rehearsal as the pages show it.</summary>
public sealed record RehearsalSummary(DateTime CompletedAtUtc, int TargetSeconds, int UsedSeconds, IReadOnlyList<SectionTiming> Sections)
{
    public int SectionsOver => Sections.Count(s => s.Over);
}

/// <summary>Saves and reads a user's timed rehearsals. Every query is scoped to the user id given.</summary>
public sealed class RehearsalHistory(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public static string WalkthroughSubject(string slug) => $"walkthrough:{slug}";

    public static string StorySubject(int storyId) => $"story:{storyId}";

    /// <summary>Saves a finished rehearsal once: the same run key again (a double click, a resend) changes nothing.</summary>
    public async Task SaveAsync(string userId, string runKey, string subject, IReadOnlyList<SectionTiming> sections, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.RehearsalRuns.AnyAsync(r => r.UserId == userId && r.RunKey == runKey, ct))
        {
            return;
        }

        db.RehearsalRuns.Add(new RehearsalRun
        {
            UserId = userId,
            RunKey = runKey,
            Subject = subject,
            SectionsJson = JsonSerializer.Serialize(sections),
            TargetSeconds = sections.Sum(s => s.TargetSeconds),
            UsedSeconds = sections.Sum(s => s.UsedSeconds),
            CompletedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent save of the same run won the unique (UserId, RunKey) index: it is stored once.
        }
    }

    /// <summary>The user's latest rehearsals of one subject, newest first.</summary>
    public async Task<List<RehearsalSummary>> RecentAsync(string userId, string subject, int take = 5, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var runs = await db.RehearsalRuns.AsNoTracking()
            .Where(r => r.UserId == userId && r.Subject == subject)
            .OrderByDescending(r => r.CompletedAtUtc).ThenByDescending(r => r.Id)
            .Take(take)
            .ToListAsync(ct);
        return [.. runs.Select(r => new RehearsalSummary(r.CompletedAtUtc, r.TargetSeconds, r.UsedSeconds,
            JsonSerializer.Deserialize<List<SectionTiming>>(r.SectionsJson) ?? []))];
    }
}
