using InterviewPrep.Core.Mock;
using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Content;

/// <summary>All loaded, validated content, immutable and shared by every request.</summary>
public sealed class ContentCatalog
{
    private readonly Dictionary<string, Theme> _themes;
    private readonly Dictionary<string, Walkthrough> _walkthroughs;
    private readonly Dictionary<string, Company> _companies;

    public ContentCatalog(string root, IReadOnlyList<Company> companies, IReadOnlyList<Theme> themes, IReadOnlyList<Walkthrough> walkthroughs, ScoringRuleSet? scoring = null, MockSettings? mock = null, Facts.FactRules? facts = null, Levels.LevelBands? levels = null)
    {
        Root = root;
        Facts = facts;
        Levels = levels;
        Scoring = scoring ?? ScoringRuleSet.Empty;
        Mock = mock ?? MockSettings.Default;
        Companies = [.. companies.OrderBy(c => c.Order).ThenBy(c => c.Name, StringComparer.Ordinal)];
        Themes = [.. themes.OrderBy(t => Companies.ToList().FindIndex(c => c.Id == t.CompanyId)).ThenBy(t => t.Order).ThenBy(t => t.Name, StringComparer.Ordinal)];
        Walkthroughs = [.. walkthroughs.OrderBy(w => w.Question, StringComparer.Ordinal)];
        _themes = Themes.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        _walkthroughs = Walkthroughs.ToDictionary(w => w.Slug, StringComparer.Ordinal);
        _companies = Companies.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>The content folder this catalog was loaded from.</summary>
    public string Root { get; }

    public IReadOnlyList<Company> Companies { get; }

    /// <summary>
    /// The scoring rules from <c>scoring/*.yaml</c>, compiled and ready to share:
    /// <c>new StarScorer(catalog.Scoring).Score(story)</c>.
    /// </summary>
    public ScoringRuleSet Scoring { get; }

    /// <summary>The mock interview's clocks and finding follow-ups, from <c>mock/followups.yaml</c>.</summary>
    public MockSettings Mock { get; }

    /// <summary>
    /// The fact lexicon from <c>facts.yaml</c> (units, claim verbs…), or null for a content folder without
    /// one: <c>new FactExtractor(catalog.Facts)</c>, <c>new FactComparer(extractor)</c>.
    /// </summary>
    public Facts.FactRules? Facts { get; }

    /// <summary>The level bands from <c>levels.yaml</c>, or null; <see cref="Scoring"/> already carries their meter.</summary>
    public Levels.LevelBands? Levels { get; }

    /// <summary>Themes grouped by company order, then by their own order.</summary>
    public IReadOnlyList<Theme> Themes { get; }

    public IReadOnlyList<Walkthrough> Walkthroughs { get; }

    public Theme? Theme(string slug) => _themes.GetValueOrDefault(slug);

    public Walkthrough? Walkthrough(string slug) => _walkthroughs.GetValueOrDefault(slug);

    public Company? Company(string id) => _companies.GetValueOrDefault(id);

    /// <summary>Themes of one company, in display order.</summary>
    public IEnumerable<Theme> ThemesOf(string companyId) => Themes.Where(t => t.CompanyId == companyId);

    /// <summary>Walkthroughs whose primary principle is <paramref name="slug"/>.</summary>
    public IEnumerable<Walkthrough> WalkthroughsFor(string slug) => Walkthroughs.Where(w => w.Principle == slug);

    /// <summary>Walkthroughs that show how to re-angle their story for <paramref name="slug"/>.</summary>
    public IEnumerable<Walkthrough> WalkthroughsReangledFor(string slug) =>
        Walkthroughs.Where(w => w.Principle != slug && w.Reangles.Any(r => r.Principle == slug));
}
