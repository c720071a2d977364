using System.Text.Json;
using InterviewPrep.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Services;

/// <summary>One section of a rehearsal: its id (e.g. "situation"), its budget and the whole seconds taken.</summary>
public sealed record SectionTiming(string Section, int TargetSeconds, int UsedSeconds)
{
    /// <summary>
    /// Nobody tells a section of a story in under this many seconds: a section passed this fast
    /// was clicked through, not rehearsed, and is not "inside its budget".
    /// </summary>
    public const int SkippedUnderSeconds = 3;

    /// <summary>Whole seconds of a section's clock, as every page shows and saves them (0:29.8 is 0:29).</summary>
    public static int Seconds(TimeSpan elapsed) => (int)elapsed.TotalSeconds;

    public bool Skipped => UsedSeconds < SkippedUnderSeconds;

    public bool Over => !Skipped && UsedSeconds > TargetSeconds;

    public bool Inside => !Skipped && !Over;
}

/// <summary>A saved rehearsal as the pages show it.</summary>
public sealed record RehearsalSummary(DateTime CompletedAtUtc, int TargetSeconds, int UsedSeconds, IReadOnlyList<SectionTiming> Sections)
{
    public int SectionsOver => Sections.Count(s => s.Over);

    public int SectionsSkipped => Sections.Count(s => s.Skipped);

    /// <summary>"every section inside its budget", "1 section over, 2 sections skipped": one wording for a run wherever it is shown.</summary>
    public static string Verdict(IReadOnlyList<SectionTiming> sections)
    {
        var over = sections.Count(s => s.Over);
        var skipped = sections.Count(s => s.Skipped);
        if (over == 0 && skipped == 0)
        {
            return "every section inside its budget";
        }

        var parts = new List<string>(2);
        if (over > 0)
        {
            parts.Add($"{over} section{(over == 1 ? "" : "s")} over");
        }

        if (skipped > 0)
        {
            parts.Add($"{skipped} section{(skipped == 1 ? "" : "s")} skipped");
        }

        return string.Join(", ", parts);
    }

    public string Verdict() => Verdict(Sections);
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
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
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
