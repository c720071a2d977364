using InterviewPrep.Core.Stories;
using InterviewPrep.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Services;

/// <summary>
/// Re-angled variants: the same story retold for another principle. A variant is a story of its
/// own (text, revisions, score) that remembers which story it retells, so its facts can be held
/// to the original's.
/// </summary>
public sealed partial class StoryBank
{
    /// <summary>
    /// Creates the variant of <paramref name="originalId"/> for <paramref name="principle"/>, or
    /// returns the one that exists: one variant per original and principle, so a double click
    /// (or "Re-angle for Ownership" a second time) opens the same variant.
    /// </summary>
    public async Task<StorySaveResult> CreateVariantAsync(string userId, int originalId, string principle, CancellationToken ct = default)
    {
        var original = await GetAsync(userId, originalId, ct);
        if (original is null)
        {
            return StorySaveResult.NotFound;
        }

        if (catalog.Theme(principle) is not { } theme)
        {
            return new StorySaveResult(null, false, ["That principle is not in the library."]);
        }

        if (original.OriginalStoryId is { } root)
        {
            // A variant of a variant would compare its facts with a retelling: retell the original instead.
            return await CreateVariantAsync(userId, root, principle, ct);
        }

        var key = $"angle:{originalId}:{principle}";
        var draft = ToDraft(original) with
        {
            Title = VariantTitle(original.Title, theme.Name),
            Principles = [principle],
            SelfCheck = [],
        };
        var result = await CreateAsync(userId, key, draft, ct);
        if (result.Story is not { } story || story.OriginalStoryId == originalId)
        {
            return result;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Stories.Where(s => s.Id == story.Id && s.UserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.OriginalStoryId, originalId).SetProperty(s => s.AngleFor, principle), ct);
        story.OriginalStoryId = originalId;
        story.AngleFor = principle;
        return result;
    }

    /// <summary>The variants that retell <paramref name="originalId"/>, oldest first.</summary>
    public async Task<List<Story>> VariantsAsync(string userId, int originalId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Stories.AsNoTracking()
            .Where(s => s.UserId == userId && s.OriginalStoryId == originalId)
            .OrderBy(s => s.CreatedAtUtc).ThenBy(s => s.Id)
            .ToListAsync(ct);
    }

    /// <summary>
    /// Deletes a story; with <paramref name="withVariants"/> its variants go too, otherwise they
    /// stay as stories of their own (their link is cleared).
    /// </summary>
    public async Task<bool> DeleteAsync(string userId, int id, bool withVariants, CancellationToken ct = default)
    {
        if (!await DeleteAsync(userId, id, ct))
        {
            return false;
        }

        if (withVariants)
        {
            foreach (var variant in await VariantsAsync(userId, id, ct))
            {
                await DeleteAsync(userId, variant.Id, ct);
            }
        }
        else
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await db.Stories.Where(s => s.UserId == userId && s.OriginalStoryId == id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.OriginalStoryId, (int?)null).SetProperty(s => s.AngleFor, (string?)null), ct);
        }

        return true;
    }

    private static string VariantTitle(string title, string principle)
    {
        var suffix = $" · for {principle}";
        var baseTitle = string.IsNullOrWhiteSpace(title) ? "Untitled story" : title;
        return baseTitle.Length + suffix.Length <= StoryLimits.TitleMax
            ? baseTitle + suffix
            : baseTitle[..(StoryLimits.TitleMax - suffix.Length)] + suffix;
    }
}
