using InterviewPrep.Core.Quizzes;
using InterviewPrep.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Services;

/// <summary>Saves and reads a user's drill self-ratings. Every query is scoped to the user id given.</summary>
public sealed class DrillHistory(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>
    /// Records a rating for one follow-up in one drill run. Rating it again in the same run (a
    /// changed mind, a double click, a resend after a reconnect) updates that row, never adds one.
    /// </summary>
    public async Task RateAsync(string userId, string runKey, string walkthroughSlug, string followUpKey, string rating, CancellationToken ct = default)
    {
        if (!DrillRatings.IsKnown(rating))
        {
            throw new ArgumentException($"Unknown rating '{rating}'.", nameof(rating));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var row = await db.DrillRatings.FirstOrDefaultAsync(r => r.UserId == userId && r.RunKey == runKey && r.FollowUpKey == followUpKey, ct);
            if (row is null)
            {
                db.DrillRatings.Add(new DrillRating { UserId = userId, RunKey = runKey, WalkthroughSlug = walkthroughSlug, FollowUpKey = followUpKey, Rating = rating, RatedAtUtc = now });
            }
            else
            {
                row.Rating = rating;
                row.RatedAtUtc = now;
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException ex) when (attempt == 0 && ex.IsUniqueViolation())
            {
                // Another save of the same run and follow-up won the unique index; update that row instead.
            }
        }
    }

    /// <summary>The latest rating of each follow-up (by key) the user has rated in one walkthrough.</summary>
    public async Task<Dictionary<string, string>> LatestAsync(string userId, string walkthroughSlug, CancellationToken ct = default)
    {
        var all = await LatestBySlugAsync(userId, walkthroughSlug, ct);
        return all.TryGetValue(walkthroughSlug, out var latest) ? latest : [];
    }

    /// <summary>For every walkthrough the user has drilled: the latest rating of each follow-up, by key.</summary>
    public Task<Dictionary<string, Dictionary<string, string>>> LatestBySlugAsync(string userId, CancellationToken ct = default) =>
        LatestBySlugAsync(userId, null, ct);

    private async Task<Dictionary<string, Dictionary<string, string>>> LatestBySlugAsync(string userId, string? onlySlug, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = db.DrillRatings.AsNoTracking().Where(r => r.UserId == userId);
        if (onlySlug is not null)
        {
            rows = rows.Where(r => r.WalkthroughSlug == onlySlug);
        }

        var list = await rows.OrderBy(r => r.RatedAtUtc).ThenBy(r => r.Id).ToListAsync(ct);
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var r in list)
        {
            if (!result.TryGetValue(r.WalkthroughSlug, out var latest))
            {
                result[r.WalkthroughSlug] = latest = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            latest[r.FollowUpKey] = r.Rating; // later rows overwrite earlier ones
        }

        return result;
    }
}
