using InterviewPrep.Core;
using InterviewPrep.Core.Content;

namespace InterviewPrep.Web.Services;

/// <summary>A worked re-angle from a walkthrough: how one of the library's stories is retold for the principle.</summary>
public sealed record ReangleExample(string WalkthroughSlug, string Question, string FromPrinciple, Reangle Reangle);

/// <summary>What to bring forward and what to shrink when a story is retold for <see cref="Target"/>.</summary>
public sealed record ReangleAdvice
{
    public required Theme Target { get; init; }

    /// <summary>The question the retelling must answer (the theme's first prompt).</summary>
    public required string LeadWith { get; init; }

    /// <summary>What the target principle's interviewer listens for: bring these forward.</summary>
    public required IReadOnlyList<string> Emphasise { get; init; }

    /// <summary>What the story was told for before: keep each to a sentence.</summary>
    public required IReadOnlyList<string> Downplay { get; init; }

    /// <summary>The target's pitfalls: the ways a retelling for it usually goes wrong.</summary>
    public required IReadOnlyList<string> Avoid { get; init; }

    /// <summary>What the target expects at the story's level, when the theme says.</summary>
    public string? LevelNote { get; init; }

    /// <summary>Walkthroughs that retell their story for the target: the re-angling format in worked form.</summary>
    public required IReadOnlyList<ReangleExample> Examples { get; init; }
}

/// <summary>
/// Derives re-angling guidance from the content a coach already maintains, so nothing new has
/// to be written per pair of principles: a theme's <c>evaluates</c> list is what to emphasise,
/// the principles the story was told for before are what to downplay, the theme's pitfalls are
/// what to avoid, and the walkthroughs' <c>reangles</c> for the theme are shown as worked examples.
/// </summary>
public sealed class ReangleGuide(ContentCatalog catalog)
{
    /// <summary>How many "evaluates" points to bring forward; the rest of the list is on the theme page.</summary>
    public const int EmphasiseCount = 3;

    public ReangleAdvice? For(string targetSlug, IEnumerable<string> fromPrinciples, Level level)
    {
        if (catalog.Theme(targetSlug) is not { } target)
        {
            return null;
        }

        var from = fromPrinciples.Where(p => p != targetSlug).Select(catalog.Theme).OfType<Theme>().ToList();
        return new ReangleAdvice
        {
            Target = target,
            LeadWith = target.Prompts.Count > 0 ? target.Prompts[0] : target.Tagline,
            Emphasise = [.. target.Evaluates.Take(EmphasiseCount)],
            Downplay = [.. from.Select(t => $"What made it a {t.Name} story: {FirstClause(t.Tagline)}. Keep it to one sentence, as context.")],
            Avoid = [.. target.Pitfalls.Take(2)],
            LevelNote = target.LevelNotes.GetValueOrDefault(level),
            Examples = [.. catalog.WalkthroughsReangledFor(targetSlug).SelectMany(w => w.Reangles.Where(r => r.Principle == targetSlug)
                .Select(r => new ReangleExample(w.Slug, w.Question, catalog.Theme(w.Principle)?.Name ?? w.Principle, r))).Take(2)],
        };
    }

    // A tagline reads "X - the round checks Y"; the first half names the principle's idea.
    private static string FirstClause(string tagline)
    {
        var cut = tagline.IndexOf(" - ", StringComparison.Ordinal);
        var text = (cut > 0 ? tagline[..cut] : tagline).TrimEnd('.');
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }
}
