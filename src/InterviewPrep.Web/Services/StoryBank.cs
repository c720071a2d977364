using InterviewPrep.Core;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Scoring;
using InterviewPrep.Core.Stories;
using InterviewPrep.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Services;

/// <summary>Outcome of a save: saved (with the new version), a conflict (someone saved first), or not found.</summary>
public sealed record StorySaveResult(Story? Story, bool Conflict, IReadOnlyList<string> Problems)
{
    public bool Saved => Story is not null && !Conflict && Problems.Count == 0;

    public static StorySaveResult NotFound { get; } = new(null, false, ["This story no longer exists."]);
}

/// <summary>
/// A user's stories: create, autosave with revisions, conflict detection, restore, import. Every
/// method takes the user id and filters by it, so another user's story is simply not found.
/// </summary>
public sealed partial class StoryBank(IDbContextFactory<AppDbContext> dbFactory, ContentCatalog catalog, TimeProvider clock)
{
    /// <summary>Consecutive autosaves closer than this are merged into one revision.</summary>
    public static readonly TimeSpan RevisionWindow = TimeSpan.FromMinutes(1);

    private readonly StarScorer _scorer = new(catalog.Scoring);

    public async Task<List<Story>> ListAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Stories.AsNoTracking().Where(s => s.UserId == userId).OrderByDescending(s => s.UpdatedAtUtc).ToListAsync(ct);
    }

    public async Task<int> CountAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Stories.CountAsync(s => s.UserId == userId, ct);
    }

    public async Task<Story?> GetAsync(string userId, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.UserId == userId, ct);
    }

    /// <summary>
    /// Creates the story once per <paramref name="clientKey"/>: a double click or a save retried
    /// after a reconnect returns the story created the first time.
    /// </summary>
    public async Task<StorySaveResult> CreateAsync(string userId, string clientKey, StoryDraft draft, CancellationToken ct = default)
    {
        var problems = StoryLimits.Check(draft);
        if (problems.Count > 0)
        {
            return new StorySaveResult(null, false, problems);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var existing = await db.Stories.FirstOrDefaultAsync(s => s.UserId == userId && s.ClientKey == clientKey, ct);
        if (existing is not null)
        {
            return new StorySaveResult(existing, false, []);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var story = new Story { UserId = userId, ClientKey = clientKey, CreatedAtUtc = now, Version = 1 };
        Apply(story, draft, now);
        story.Revisions.Add(Snapshot(story, "auto", now));
        db.Stories.Add(story);
        try
        {
            await db.SaveChangesAsync(ct);
            return new StorySaveResult(story, false, []);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // A concurrent create with the same client key (another instance, a retried save) won the unique index.
            await using var again = await dbFactory.CreateDbContextAsync(ct);
            var winner = await again.Stories.FirstAsync(s => s.UserId == userId && s.ClientKey == clientKey, ct);
            return new StorySaveResult(winner, false, []);
        }
    }

    /// <summary>
    /// Saves over <paramref name="expectedVersion"/>. If the stored story has moved on (another tab
    /// saved), nothing is written and the result carries the stored story as a conflict.
    /// </summary>
    public async Task<StorySaveResult> SaveAsync(string userId, int id, int expectedVersion, StoryDraft draft, string kind = "auto", CancellationToken ct = default)
    {
        var problems = StoryLimits.Check(draft);
        if (problems.Count > 0)
        {
            return new StorySaveResult(null, false, problems);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var story = await db.Stories.FirstOrDefaultAsync(s => s.Id == id && s.UserId == userId, ct);
        if (story is null)
        {
            return StorySaveResult.NotFound;
        }

        if (story.Version != expectedVersion)
        {
            return new StorySaveResult(story, true, []);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Apply(story, draft, now);
        story.Version++;
        var recent = await db.StoryRevisions.Where(r => r.StoryId == id).OrderByDescending(r => r.SavedAtUtc).ThenByDescending(r => r.Id).Take(2).ToListAsync(ct);
        if (kind == "auto" && FoldsInto(recent, story.Verdict, now) is { } last)
        {
            CopyInto(last, story);
            last.SavedAtUtc = now;
        }
        else
        {
            var revision = Snapshot(story, kind, now);
            revision.StoryId = story.Id;
            db.StoryRevisions.Add(revision);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return new StorySaveResult(story, false, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save committed between our read and our write (the version is a concurrency token).
            await using var again = await dbFactory.CreateDbContextAsync(ct);
            return new StorySaveResult(await again.Stories.AsNoTracking().FirstAsync(s => s.Id == id, ct), true, []);
        }
    }

    /// <summary>
    /// History shows how a story got better, without a revision per keystroke pause: within a
    /// sitting (autosaves less than <see cref="RevisionWindow"/> apart) the first save and the
    /// first save at each new verdict are kept, and later saves with the same verdict replace
    /// only the newest revision. Returns that revision when this save may replace it.
    /// </summary>
    private static StoryRevision? FoldsInto(List<StoryRevision> newestFirst, string? verdict, DateTime now)
    {
        if (newestFirst is not [{ Kind: "auto" } last, { Kind: "auto" } before]
            || now - last.SavedAtUtc >= RevisionWindow || last.SavedAtUtc - before.SavedAtUtc >= RevisionWindow
            || last.Verdict != verdict || before.Verdict != verdict)
        {
            return null;
        }

        return last;
    }

    /// <summary>Keeps a draft that lost a conflict as a revision, so resolving a conflict never loses words.</summary>
    public async Task KeepAsRevisionAsync(string userId, int id, StoryDraft draft, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var story = await db.Stories.FirstOrDefaultAsync(s => s.Id == id && s.UserId == userId, ct);
        if (story is null)
        {
            return;
        }

        var copy = new Story { UserId = userId, ClientKey = "", Version = story.Version };
        Apply(copy, draft, clock.GetUtcNow().UtcDateTime);
        var revision = Snapshot(copy, "conflict", clock.GetUtcNow().UtcDateTime);
        revision.StoryId = id;
        db.StoryRevisions.Add(revision);
        await db.SaveChangesAsync(ct);
    }

    public async Task<List<StoryRevision>> RevisionsAsync(string userId, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.StoryRevisions.AsNoTracking()
            .Where(r => r.StoryId == id && r.Story!.UserId == userId)
            .OrderByDescending(r => r.SavedAtUtc).ThenByDescending(r => r.Id)
            .ToListAsync(ct);
    }

    /// <summary>
    /// Each story's score after every save, oldest first, keyed by story id: how the story has
    /// improved. Copies kept from a lost conflict are left out (they never were the story).
    /// </summary>
    public async Task<Dictionary<int, List<int>>> ScoreHistoryAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.StoryRevisions.AsNoTracking()
            .Where(r => r.Story!.UserId == userId && r.Score != null && r.Kind != "conflict")
            .OrderBy(r => r.SavedAtUtc).ThenBy(r => r.Id)
            .Select(r => new { r.StoryId, Score = r.Score!.Value })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.StoryId).ToDictionary(g => g.Key, g => g.Select(r => r.Score).ToList());
    }

    /// <summary>Makes an earlier revision the current text (itself recorded as a new revision, so a restore can be undone).</summary>
    public async Task<StorySaveResult> RestoreAsync(string userId, int id, int revisionId, int expectedVersion, CancellationToken ct = default)
    {
        StoryRevision? revision;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            revision = await db.StoryRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId && r.StoryId == id && r.Story!.UserId == userId, ct);
        }

        if (revision is null)
        {
            return StorySaveResult.NotFound;
        }

        var current = await GetAsync(userId, id, ct);
        var draft = ToDraft(revision) with { SelfCheck = current is null ? [] : SplitList(current.SelfCheck) };
        return await SaveAsync(userId, id, expectedVersion, draft, "restore", ct);
    }

    public async Task<bool> DeleteAsync(string userId, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Stories.Where(s => s.Id == id && s.UserId == userId).ExecuteDeleteAsync(ct) == 0)
        {
            return false;
        }

        // Its revisions go with it (cascade); its rehearsal timings and drill ratings name it only by subject.
        var subject = RehearsalHistory.StorySubject(id);
        await db.RehearsalRuns.Where(r => r.UserId == userId && r.Subject == subject).ExecuteDeleteAsync(ct);
        await db.DrillRatings.Where(r => r.UserId == userId && r.WalkthroughSlug == subject).ExecuteDeleteAsync(ct);
        return true;
    }

    public ScoreReport Score(StoryDraft draft) => _scorer.Score(draft.ToStarStory());

    /// <summary>The story as the mock interview and the story drill read it, with what the scorer finds in it now.</summary>
    public InterviewPrep.Core.Mock.MockStory ToMockStory(Story story) =>
        new(story.Id, story.Title, SplitList(story.Principles), QuestionsOf(story), story.Score, story.Verdict,
            [.. Score(ToDraft(story)).Findings.Select(f => f.Rule)]);

    /// <summary>At most this many questions per story, each at most <see cref="MaxQuestionChars"/> characters.</summary>
    public const int MaxQuestions = 8;

    public const int MaxQuestionChars = 240;

    /// <summary>The prompts a story answers, one per line in <see cref="Story.Questions"/>.</summary>
    public static IReadOnlyList<string> QuestionsOf(Story story) =>
        story.Questions.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Sets which interview prompts a story answers. Not a revision and no version bump: the
    /// questions say what the story is for, so changing them never conflicts with an edit of its words.
    /// </summary>
    /// <returns>The problems (a too-long question, too many), or none when saved; null when the story is not the user's.</returns>
    public async Task<IReadOnlyList<string>?> SetQuestionsAsync(string userId, int id, IEnumerable<string> questions, CancellationToken ct = default)
    {
        var list = questions.Select(q => string.Join(' ', q.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(q => q.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var problems = new List<string>();
        if (list.Count > MaxQuestions)
        {
            problems.Add($"A story can answer up to {MaxQuestions} questions; remove one first.");
        }

        if (list.FirstOrDefault(q => q.Length > MaxQuestionChars) is { } tooLong)
        {
            problems.Add($"A question can be up to {MaxQuestionChars} characters; this one has {tooLong.Length}.");
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var updated = await db.Stories.Where(s => s.Id == id && s.UserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Questions, string.Join('\n', list)), ct);
        return updated == 0 ? null : [];
    }

    /// <summary>The draft a story or a revision holds (the self-check only lives on the story).</summary>
    public static StoryDraft ToDraft(IStoryFields s) => new()
    {
        Title = s.Title,
        Level = StarNames.TryParseLevel(s.Level, out var level) ? level : Level.Sde2,
        Company = s.Company,
        Principles = SplitList(s.Principles),
        Situation = s.Situation,
        Task = s.Task,
        Action = s.Action,
        Result = s.Result,
        Reflection = s.Reflection,
        SelfCheck = s is Story story ? SplitList(story.SelfCheck) : [],
    };

    public static IReadOnlyList<string> SplitList(string csv) => csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private void Apply(Story story, StoryDraft draft, DateTime now)
    {
        // Stored text follows StoryText's rules, the same ones export and import apply, so every
        // stored story survives an export and re-import unchanged.
        draft = draft.Normalized();
        story.Title = draft.Title;
        story.Level = draft.Level.Id();
        story.Company = draft.Company;
        story.Principles = string.Join(',', draft.Principles.Where(p => catalog.Theme(p) is not null).Distinct());
        story.Situation = draft.Situation;
        story.Task = draft.Task;
        story.Action = draft.Action;
        story.Result = draft.Result;
        story.Reflection = draft.Reflection;
        story.SelfCheck = string.Join(',', draft.SelfCheck.Distinct());
        var report = Score(draft);
        story.Score = report.Score;
        story.Verdict = report.VerdictId;
        story.UpdatedAtUtc = now;
    }

    private static StoryRevision Snapshot(Story s, string kind, DateTime now)
    {
        var r = new StoryRevision { Kind = kind, SavedAtUtc = now };
        CopyInto(r, s);
        return r;
    }

    private static void CopyInto(StoryRevision r, Story s)
    {
        r.Version = s.Version;
        r.Title = s.Title;
        r.Level = s.Level;
        r.Company = s.Company;
        r.Principles = s.Principles;
        r.Situation = s.Situation;
        r.Task = s.Task;
        r.Action = s.Action;
        r.Result = s.Result;
        r.Reflection = s.Reflection;
        r.Score = s.Score;
        r.Verdict = s.Verdict;
    }
}
