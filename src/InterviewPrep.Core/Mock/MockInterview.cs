using System.Text.RegularExpressions;
using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Mock;

/// <summary>What the mock interview knows of one of the candidate's stories.</summary>
/// <param name="Id">The story's id.</param>
/// <param name="Title">Its title ("" when untitled).</param>
/// <param name="Principles">Theme slugs it is tagged with.</param>
/// <param name="Questions">Interview prompts the candidate says it answers.</param>
/// <param name="Score">Its latest score, when scored.</param>
/// <param name="Verdict">"strong", "mixed" or "weak", when scored.</param>
/// <param name="FindingRules">Rule ids of what the scorer found in it, in speaking order (repeats allowed).</param>
public sealed record MockStory(int Id, string Title, IReadOnlyList<string> Principles, IReadOnlyList<string> Questions, int? Score, string? Verdict, IReadOnlyList<string> FindingRules)
{
    public string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? "Untitled story" : Title.Trim();
}

/// <summary>One question of a mock interview: a theme's common prompt.</summary>
public sealed record MockQuestion(string Prompt, string ThemeSlug, string ThemeName);

/// <summary>The story the mock suggests for a question, and the one line saying why.</summary>
public sealed record StorySuggestion(MockStory Story, string Reason);

/// <summary>Where a follow-up came from.</summary>
public enum FollowUpSource
{
    /// <summary>A gap the scorer found in the chosen story (<c>mock/followups.yaml</c>).</summary>
    Finding,

    /// <summary>A probe from a walkthrough of the question's theme.</summary>
    Walkthrough,

    /// <summary>A question quoted in the theme's follow-up strategies.</summary>
    Theme,
}

/// <summary>A follow-up question chosen for one answer.</summary>
/// <param name="Question">What the interviewer asks.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="SourceId">The rule id, walkthrough slug or theme slug behind it.</param>
/// <param name="Why">One line on why it is asked of this answer.</param>
/// <param name="Tip">How a good reply goes; shown once the candidate has replied.</param>
public sealed record MockFollowUp(string Question, FollowUpSource Source, string SourceId, string Why, string Tip);

/// <summary>
/// Builds a mock interview without any AI service: which prompts to ask (weighted to the
/// principles the candidate's bank covers weakly or not at all, never twice in a session and,
/// while the content allows, not one asked in an earlier session), which of their stories to
/// suggest, and which follow-ups an interviewer would ask of the answer. Randomness comes from the
/// caller, so a seeded <see cref="Random"/> makes every choice repeatable in tests.
/// </summary>
public static partial class MockInterview
{
    /// <summary>Weight of a theme no story covers: it is the likeliest to cost an offer.</summary>
    public const double UncoveredWeight = 6;

    /// <summary>Weight of a theme covered only by weak or mixed (or unscored) stories.</summary>
    public const double WeakWeight = 3;

    /// <summary>Weight of a theme with a strong story: still asked, less often.</summary>
    public const double StrongWeight = 1;

    /// <summary>Question counts the set-up offers.</summary>
    public static IReadOnlyList<int> Lengths { get; } = [3, 5];

    /// <summary>The themes a company's interviewers ask about: its own, then others it is known to test.</summary>
    public static IReadOnlyList<Theme> ThemePool(ContentCatalog catalog, string companyId) =>
        [.. catalog.ThemesOf(companyId), .. catalog.Themes.Where(t => t.CompanyId != companyId && t.TestedBy.Contains(companyId))];

    /// <summary>True when the story is tagged with the theme or, for another company's theme, one of its nearest principles.</summary>
    public static bool Covers(MockStory story, Theme theme) =>
        story.Principles.Contains(theme.Slug) || theme.NearestPrinciples.Any(story.Principles.Contains);

    /// <summary>How strongly the selection leans toward a theme, from how well the bank covers it.</summary>
    public static double Weight(Theme theme, IReadOnlyList<MockStory> stories)
    {
        var covering = stories.Where(s => Covers(s, theme)).ToList();
        if (covering.Count == 0)
        {
            return UncoveredWeight;
        }

        return covering.Any(s => s.Verdict == "strong") ? StrongWeight : WeakWeight;
    }

    /// <summary>Picks <paramref name="count"/> distinct prompts for a session.</summary>
    /// <param name="catalog">The content.</param>
    /// <param name="companyId">The company being prepared for.</param>
    /// <param name="count">How many questions.</param>
    /// <param name="stories">The candidate's bank (empty for a signed-out visitor).</param>
    /// <param name="askedBefore">Prompts of the candidate's earlier sessions; avoided while fresh ones remain.</param>
    /// <param name="random">The source of chance.</param>
    public static IReadOnlyList<MockQuestion> PickQuestions(ContentCatalog catalog, string companyId, int count, IReadOnlyList<MockStory> stories, IReadOnlyCollection<string> askedBefore, Random random)
    {
        var pool = ThemePool(catalog, companyId);
        var before = askedBefore.Select(Normal).ToHashSet(StringComparer.Ordinal);
        var picked = new List<MockQuestion>();
        var usedThemes = new HashSet<string>(StringComparer.Ordinal);
        while (picked.Count < count)
        {
            var inSession = picked.Select(q => Normal(q.Prompt)).ToHashSet(StringComparer.Ordinal);
            bool Fresh(string p) => !inSession.Contains(Normal(p)) && !before.Contains(Normal(p));
            bool Unasked(string p) => !inSession.Contains(Normal(p));

            // Prefer, in turn: a new theme with a prompt never asked; any theme with a prompt never
            // asked; a new theme with a prompt not asked today; any prompt not asked today.
            Func<string, bool>[] tiers = [Fresh, Fresh, Unasked, Unasked];
            Theme? theme = null;
            Func<string, bool>? allowed = null;
            for (var tier = 0; tier < tiers.Length && theme is null; tier++)
            {
                var newThemeOnly = tier % 2 == 0;
                var candidates = pool.Where(t => (!newThemeOnly || !usedThemes.Contains(t.Slug)) && t.Prompts.Any(tiers[tier])).ToList();
                if (candidates.Count > 0)
                {
                    theme = WeightedPick(candidates, t => Weight(t, stories), random);
                    allowed = tiers[tier];
                }
            }

            if (theme is null || allowed is null)
            {
                break; // fewer prompts in the content than questions asked for
            }

            var prompts = theme.Prompts.Where(allowed).ToList();
            picked.Add(new MockQuestion(prompts[random.Next(prompts.Count)], theme.Slug, theme.Name));
            usedThemes.Add(theme.Slug);
        }

        return picked;
    }

    /// <summary>
    /// The best story for a question: one the candidate wrote for this prompt, else one tagged with
    /// its theme (the higher score first), else one tagged with a close theme to re-angle. A story
    /// already told in this session is suggested again only when nothing else fits.
    /// </summary>
    public static StorySuggestion? SuggestStory(ContentCatalog catalog, MockQuestion question, IReadOnlyList<MockStory> stories, IReadOnlyCollection<int> usedInSession)
    {
        var theme = catalog.Theme(question.ThemeSlug);
        var prompt = Normal(question.Prompt);
        var best = stories
            .Select(s => (Story: s, Fit: Fit(s)))
            .Where(x => x.Fit.Rank > 0)
            .OrderByDescending(x => usedInSession.Contains(x.Story.Id) ? 0 : 1)
            .ThenByDescending(x => x.Fit.Rank)
            .ThenByDescending(x => x.Story.Score ?? 0)
            .ThenBy(x => x.Story.Id)
            .FirstOrDefault();
        if (best.Story is null)
        {
            return null;
        }

        var reason = best.Fit.Reason;
        if (usedInSession.Contains(best.Story.Id))
        {
            reason += " You told it earlier in this mock: a real loop wants a different story per question if you have one.";
        }

        return new StorySuggestion(best.Story, reason);

        (int Rank, string Reason) Fit(MockStory s)
        {
            var scored = s.Score is { } score ? $", scores {score}{(s.Verdict is null ? "" : $" ({s.Verdict})")}" : "";
            if (s.Questions.Any(q => Normal(q) == prompt))
            {
                return (3, $"You wrote it for this question{scored}.");
            }

            if (s.Principles.Contains(question.ThemeSlug))
            {
                return (2, $"Tagged {question.ThemeName}{scored}.");
            }

            var near = theme is null ? null : s.Principles.FirstOrDefault(p => theme.NearestPrinciples.Contains(p) || theme.Related.Contains(p));
            if (near is not null)
            {
                var name = catalog.Theme(near)?.Name ?? near;
                return (1, $"Tagged {name}, close to {question.ThemeName}: lead with the {question.ThemeName} angle{scored}.");
            }

            return (0, "");
        }
    }

    /// <summary>
    /// Two or three follow-ups for one answer: up to two from what the scorer found in the chosen
    /// story (in the order of <c>mock/followups.yaml</c>), the rest from the walkthroughs' probes and
    /// the theme's follow-up strategies. None repeats a question already asked in the session.
    /// </summary>
    public static IReadOnlyList<MockFollowUp> FollowUps(ContentCatalog catalog, MockQuestion question, MockStory? story, IReadOnlyCollection<string> askedInSession, Random random, int count = 3)
    {
        var asked = askedInSession.Select(Normal).ToHashSet(StringComparer.Ordinal);
        var result = new List<MockFollowUp>();
        void Add(MockFollowUp f)
        {
            if (result.Count < count && asked.Add(Normal(f.Question)))
            {
                result.Add(f);
            }
        }

        foreach (var f in FromFindings(catalog, story).Take(2))
        {
            Add(f);
        }

        var probes = Shuffle(FromWalkthroughs(catalog, question.ThemeSlug), random);
        var strategies = Shuffle(FromTheme(catalog, question.ThemeSlug), random);
        for (var i = 0; result.Count < count && (i < probes.Count || i < strategies.Count); i++)
        {
            // Alternate the two sources so an answer hears both kinds of probe.
            var first = random.Next(2) == 0 ? probes : strategies;
            var second = ReferenceEquals(first, probes) ? strategies : probes;
            if (i < first.Count)
            {
                Add(first[i]);
            }

            if (i < second.Count)
            {
                Add(second[i]);
            }
        }

        return result;
    }

    /// <summary>
    /// The follow-ups an interviewer would ask about one story, for its drill: every one its
    /// findings invite, then its principles' walkthrough probes and strategy questions, taken in
    /// turn, up to <paramref name="max"/>. The same story gives the same list, so its ratings
    /// (kept by question) line up from one drill to the next.
    /// </summary>
    public static IReadOnlyList<MockFollowUp> ForStory(ContentCatalog catalog, MockStory story, int max = 6)
    {
        var result = new List<MockFollowUp>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(MockFollowUp f)
        {
            if (result.Count < max && seen.Add(Normal(f.Question)))
            {
                result.Add(f);
            }
        }

        foreach (var f in FromFindings(catalog, story))
        {
            Add(f);
        }

        var perTheme = story.Principles.Where(p => catalog.Theme(p) is not null)
            .Select(p => FromWalkthroughs(catalog, p).Zip(FromTheme(catalog, p), (a, b) => new[] { a, b }).SelectMany(x => x)
                .Concat(FromWalkthroughs(catalog, p).Skip(FromTheme(catalog, p).Count)).Concat(FromTheme(catalog, p).Skip(FromWalkthroughs(catalog, p).Count)).ToList())
            .ToList();
        for (var i = 0; result.Count < max && perTheme.Any(l => i < l.Count); i++)
        {
            foreach (var list in perTheme.Where(l => i < l.Count))
            {
                Add(list[i]);
            }
        }

        return result;
    }

    /// <summary>The follow-ups a story's findings invite, one per rule, in the mapping's order.</summary>
    public static IReadOnlyList<MockFollowUp> FromFindings(ContentCatalog catalog, MockStory? story)
    {
        if (story is null)
        {
            return [];
        }

        var found = story.FindingRules.ToHashSet(StringComparer.Ordinal);
        return [.. catalog.Mock.ByFinding.Where(f => found.Contains(f.Rule))
            .Select(f => new MockFollowUp(f.Ask, FollowUpSource.Finding, f.Rule, f.Because, f.Tip))];
    }

    /// <summary>
    /// The walkthroughs' follow-up questions for a theme that fit any story: one naming the
    /// walkthrough's own facts (a figure, a team's name, "he") would make no sense after the
    /// candidate's story, so it is left out.
    /// </summary>
    public static IReadOnlyList<MockFollowUp> FromWalkthroughs(ContentCatalog catalog, string themeSlug) =>
        [.. catalog.WalkthroughsFor(themeSlug).SelectMany(w => w.FollowUps.Where(f => FitsAnyStory(f.Question)).Select(f =>
            new MockFollowUp(f.Question, FollowUpSource.Walkthrough, w.Slug, $"This probes {LowerFirst(f.Probes)}", f.KeyPhrase)))];

    /// <summary>True for a question with no figure, no proper name after its first word and no "he"/"she".</summary>
    public static bool FitsAnyStory(string question) =>
        !question.Any(char.IsDigit)
        && !question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Any(w => (char.IsUpper(w[0]) && w != "I" && !w.StartsWith("I'", StringComparison.Ordinal)) || SpecificPronouns.Contains(w.Trim('?', ',', '.').ToLowerInvariant()));

    private static readonly HashSet<string> SpecificPronouns = ["he", "she", "him", "her", "his", "hers"];

    /// <summary>
    /// Questions in a theme's follow-up strategies, each with its strategy as the tip: the quoted
    /// ones ("Expect “what did it cost you?” …") as they are, and a "When asked why it was yours
    /// to fix, …" as the interviewer would say it ("Tell me why it was yours to fix.").
    /// </summary>
    public static IReadOnlyList<MockFollowUp> FromTheme(ContentCatalog catalog, string themeSlug)
    {
        var theme = catalog.Theme(themeSlug);
        if (theme is null)
        {
            return [];
        }

        var result = new List<MockFollowUp>();
        foreach (var strategy in theme.FollowUpStrategies)
        {
            var quoted = QuotedQuestion().Matches(strategy);
            foreach (Match m in quoted)
            {
                var q = m.Groups["q"].Value.Trim();
                result.Add(new MockFollowUp(char.ToUpperInvariant(q[0]) + q[1..], FollowUpSource.Theme, theme.Slug, $"A common {theme.Name} probe.", strategy));
            }

            if (quoted.Count == 0 && WhenAsked().Match(strategy) is { Success: true } asked)
            {
                result.Add(new MockFollowUp($"Tell me {asked.Groups["q"].Value.Trim()}.", FollowUpSource.Theme, theme.Slug, $"A common {theme.Name} probe.", strategy));
            }
        }

        return result;
    }

    [GeneratedRegex("[\"“](?<q>[^\"“”]{6,200}\\?)[\"”]")]
    private static partial Regex QuotedQuestion();

    [GeneratedRegex("^(?:When|If) asked (?<q>(?:how|what|why|who|whether|which|when)\\b[^,\"“”]{4,160}),")]
    private static partial Regex WhenAsked();

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..].TrimEnd('.') + ".";

    /// <summary>Prompts compare by their words, not their spacing or case.</summary>
    public static string Normal(string prompt) => string.Join(' ', prompt.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static T WeightedPick<T>(IReadOnlyList<T> items, Func<T, double> weight, Random random)
    {
        var total = items.Sum(weight);
        var roll = random.NextDouble() * total;
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    private static List<T> Shuffle<T>(IReadOnlyList<T> items, Random random)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
