using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Scoring;

/// <summary>Engine-wide settings from <c>content/scoring/engine.yaml</c>.</summary>
public sealed record ScoringSettings
{
    /// <summary>Speaking rate used to turn words into seconds.</summary>
    public int WordsPerMinute { get; init; } = 150;

    /// <summary>Target speaking time of each section, in seconds.</summary>
    public IReadOnlyDictionary<StarSection, int> TargetSeconds { get; init; } = new Dictionary<StarSection, int>
    {
        [StarSection.Situation] = 30,
        [StarSection.Task] = 20,
        [StarSection.Action] = 90,
        [StarSection.Result] = 20,
        [StarSection.Reflection] = 15,
    };

    /// <summary>Weight of each section in the overall score (Action weighs most).</summary>
    public IReadOnlyDictionary<StarSection, double> Weights { get; init; } = new Dictionary<StarSection, double>
    {
        [StarSection.Situation] = 1,
        [StarSection.Task] = 1,
        [StarSection.Action] = 3,
        [StarSection.Result] = 2,
        [StarSection.Reflection] = 1,
    };

    /// <summary>A story is strong from this score on, provided no finding has severity error.</summary>
    public int StrongFrom { get; init; } = 80;

    /// <summary>A story scoring below this is weak.</summary>
    public int WeakBelow { get; init; } = 55;

    /// <summary>A story with error findings from this many different rules is weak whatever its score.</summary>
    public int WeakWithErrorRules { get; init; } = 3;

    /// <summary>A story with findings (any severity) from this many different rules is weak whatever its score.</summary>
    public int WeakWithRules { get; init; } = 5;

    /// <summary>A story missing any of these sections is weak whatever its score: there is nothing to judge.</summary>
    public IReadOnlyList<StarSection> WeakWithout { get; init; } = [StarSection.Action, StarSection.Result];

    /// <summary>Words and phrases that count as quantification for <c>@metric</c> ("halved", "doubled").</summary>
    public IReadOnlyList<string> MetricWords { get; init; } = [];

    /// <summary>Seconds needed to say <paramref name="words"/> words at <see cref="WordsPerMinute"/>.</summary>
    public double SecondsFor(int words) => words * 60.0 / WordsPerMinute;
}

/// <summary>The outcome of loading a scoring folder on its own (the CLI and tests use <see cref="ContentLoader"/> instead).</summary>
public sealed record ScoringLoadResult(ScoringRuleSet? RuleSet, IReadOnlyList<ContentError> Errors)
{
    public bool Ok => RuleSet is not null && Errors.Count == 0;
}

/// <summary>
/// The loaded, compiled rules plus the engine settings. Immutable and thread-safe: build it once
/// (at start-up, as part of <see cref="ContentCatalog"/>) and share it by every <see cref="StarScorer"/>.
/// </summary>
public sealed class ScoringRuleSet
{
    internal ScoringRuleSet(ScoringSettings settings, IReadOnlyList<ScoringRule> rules, string? folder, PhraseIndex phrases)
    {
        Settings = settings;
        Rules = rules;
        Folder = folder;
        Phrases = phrases;
    }

    /// <summary>No rules and default settings: every present section scores 100. Used when content has no scoring/ folder.</summary>
    public static ScoringRuleSet Empty { get; } = new(new ScoringSettings(), [], null, new PhraseIndex.Builder().Build());

    public ScoringSettings Settings { get; }

    /// <summary>Rules in file-name order.</summary>
    public IReadOnlyList<ScoringRule> Rules { get; }

    /// <summary>The folder the rules came from, or null for <see cref="Empty"/>.</summary>
    public string? Folder { get; }

    /// <summary>The phrases of all rules, walked once per section.</summary>
    internal PhraseIndex Phrases { get; }

    /// <summary>The level-gap meter scored alongside the rules (from content/levels.yaml), or null.</summary>
    public Levels.LevelMeter? Levels { get; private init; }

    /// <summary>The same rules with a level meter, so every <see cref="StarScorer"/> report carries a level placement.</summary>
    public ScoringRuleSet WithLevels(Levels.LevelMeter? levels) => new(Settings, Rules, Folder, Phrases) { Levels = levels };

    /// <summary>Distinct rule ids, in file-name order.</summary>
    public IEnumerable<string> RuleIds => Rules.Select(r => r.Id).Distinct();

    /// <summary>Loads <c>engine.yaml</c> and every other <c>*.yaml</c> of <paramref name="folder"/> strictly.</summary>
    public static ScoringLoadResult Load(string folder)
    {
        var errors = new List<ContentError>();
        var set = ScoringRuleLoader.Load(folder, errors);
        return new ScoringLoadResult(errors.Count == 0 ? set : null, [.. errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)]);
    }
}
