using System.Text.Json;
using InterviewPrep.Core.Facts;
using InterviewPrep.Core.Review;
using InterviewPrep.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Services;

/// <summary>One card of the deck: the card (from the story's current text), its story, and where it stands.</summary>
public sealed record ReviewItem(int StoryId, string StoryTitle, ReviewCard Card, Sm2State State, int Reviews, bool IsNew)
{
    public bool IsDue(DateTimeOffset now) => State.IsDue(now);
}

/// <summary>The deck as a review session sees it: the cards due now, how many wait for later, and what retired.</summary>
public sealed record ReviewDeck(IReadOnlyList<ReviewItem> Due, int Later, int Retired);

/// <summary>The candidate's self-grade, or the grade a typed answer earned.</summary>
public enum ReviewGrade
{
    Again,
    Hard,
    Good,
    Easy,
}

/// <summary>
/// Spaced review of a candidate's own facts. Cards are built from each story's current text
/// (Core's <see cref="ReviewCardBuilder"/>), never stored: only their schedule (SM-2, in Core)
/// and the answers are kept, per user, keyed by the card's id. A card's id is a fingerprint of its
/// fact, so a changed number is a new card, and the old card's row is marked retired; changing
/// the number back brings the old schedule back.
/// </summary>
public sealed class FactReviews(IDbContextFactory<AppDbContext> dbFactory, FactTools tools, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The deck of every story the user owns (variants retell an original's facts, so they add no cards), or of one story.</summary>
    public async Task<ReviewDeck?> DeckAsync(string userId, int? storyId = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stories = await db.Stories.AsNoTracking()
            .Where(s => s.UserId == userId && (storyId == null ? s.OriginalStoryId == null : s.Id == storyId))
            .OrderBy(s => s.CreatedAtUtc).ThenBy(s => s.Id)
            .ToListAsync(ct);
        if (storyId is not null && stories.Count == 0)
        {
            return null;
        }

        var ids = stories.Select(s => s.Id).ToList();
        var states = await db.ReviewCardStates.Where(r => r.UserId == userId && ids.Contains(r.StoryId)).ToListAsync(ct);
        var byKey = states.ToDictionary(r => (r.StoryId, r.CardKey));
        var items = new List<ReviewItem>();
        var current = new HashSet<(int, string)>();
        foreach (var story in stories)
        {
            foreach (var card in tools.CardsOf(story))
            {
                current.Add((story.Id, card.Id));
                var row = byKey.GetValueOrDefault((story.Id, card.Id));
                var state = row is null ? Sm2State.New(Utc(story.CreatedAtUtc)) : ReadState(row, Utc(story.CreatedAtUtc));
                items.Add(new ReviewItem(story.Id, TitleOf(story), card, state, row?.Reviews ?? 0, row is null));
            }
        }

        // Cards follow edits: a fact that left the story retires its card; one that came back is revived.
        var changed = false;
        foreach (var row in states)
        {
            var live = current.Contains((row.StoryId, row.CardKey));
            if (live == (row.RetiredAtUtc is null))
            {
                continue;
            }

            row.RetiredAtUtc = live ? null : now.UtcDateTime;
            changed = true;
        }

        if (changed)
        {
            await db.SaveChangesAsync(ct);
        }

        // Reviews first, oldest due first, then new cards in story order: a card answered "again"
        // is due now, behind everything else due.
        var due = items.Where(i => i.IsDue(now)).OrderBy(i => i.IsNew).ThenBy(i => i.State.Due).ToList();
        return new ReviewDeck(due, items.Count - due.Count, states.Count(r => r.RetiredAtUtc is not null));
    }

    /// <summary>How many cards are due now, for the home page.</summary>
    public async Task<int> DueCountAsync(string userId, CancellationToken ct = default) =>
        (await DeckAsync(userId, null, ct))?.Due.Count ?? 0;

    /// <summary>Checks a typed answer leniently (numbers in any spelling and unit).</summary>
    public AnswerCheck Check(ReviewCard card, string typed) => tools.Check(card, typed);

    /// <summary>
    /// Records one answer and moves the card on its schedule. The card must still be one of the
    /// story's (its fact unchanged) and the story the user's; otherwise nothing is written.
    /// </summary>
    public async Task<Sm2State?> AnswerAsync(string userId, int storyId, string cardKey, ReviewGrade grade, string? typed, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var story = await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storyId && s.UserId == userId, ct);
        if (story is null || !tools.CardsOf(story).Any(c => c.Id == cardKey))
        {
            return null;
        }

        var row = await db.ReviewCardStates.FirstOrDefaultAsync(r => r.UserId == userId && r.StoryId == storyId && r.CardKey == cardKey, ct);
        var before = row is null ? Sm2State.New(now) : ReadState(row, Utc(story.CreatedAtUtc));
        var after = Sm2Scheduler.Review(before, ToRecall(grade), now);
        if (row is null)
        {
            row = new ReviewCardState { UserId = userId, StoryId = storyId, CardKey = cardKey, StateJson = "" };
            db.ReviewCardStates.Add(row);
        }

        row.StateJson = JsonSerializer.Serialize(after, Json);
        row.DueAtUtc = after.Due.UtcDateTime;
        row.Reviews++;
        row.LastReviewedAtUtc = now.UtcDateTime;
        row.RetiredAtUtc = null;
        db.ReviewAnswers.Add(new ReviewAnswer
        {
            UserId = userId,
            StoryId = storyId,
            CardKey = cardKey,
            Grade = grade.ToString().ToLowerInvariant(),
            Typed = typed is null ? null : typed.Length > 500 ? typed[..500] : typed,
            ReviewedAtUtc = now.UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two tabs answered the same new card at once: the other answer created the row; this one is dropped.
            return null;
        }

        return after;
    }

    /// <summary>SM-2 grades: again = 1 (wrong, familiar once seen), hard = 3, good = 4, easy = 5.</summary>
    public static RecallGrade ToRecall(ReviewGrade grade) => grade switch
    {
        ReviewGrade.Again => RecallGrade.Wrong,
        ReviewGrade.Hard => RecallGrade.Hard,
        ReviewGrade.Good => RecallGrade.Good,
        _ => RecallGrade.Easy,
    };

    private static Sm2State ReadState(ReviewCardState row, DateTimeOffset fallback)
    {
        try
        {
            return JsonSerializer.Deserialize<Sm2State>(row.StateJson, Json) ?? Sm2State.New(fallback);
        }
        catch (JsonException)
        {
            return Sm2State.New(fallback);
        }
    }

    // SQLite hands dates back unspecified; they were written as UTC.
    private static DateTimeOffset Utc(DateTime d) => new(DateTime.SpecifyKind(d, DateTimeKind.Utc));

    private static string TitleOf(Story s) => string.IsNullOrWhiteSpace(s.Title) ? "Untitled story" : s.Title;
}
