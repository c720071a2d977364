namespace InterviewPrep.Core.Scoring;

/// <summary>The kinds of check a rule file can declare (see content/scoring/README.md).</summary>
public enum RuleKind
{
    /// <summary>Fires at every occurrence of a pattern.</summary>
    Existence,

    /// <summary>Fires at a pattern unless another pattern occurs in the same sentence (or section).</summary>
    Conditional,

    /// <summary>Fires once, on the section as a whole, when no pattern occurs in any of its sections.</summary>
    Absence,

    /// <summary>Fires at each occurrence when occurrences make up too large a share against a counter-pattern.</summary>
    Ratio,

    /// <summary>Fires when a section's estimated speaking time exceeds its target by the tolerance.</summary>
    Duration,

    /// <summary>Fires when a section is absent or blank.</summary>
    EmptySection,

    /// <summary>Fires when a present section is too short to judge (fewer words or sentences than the rule asks).</summary>
    Thin,

    /// <summary>Fires at a section that repeats an earlier one (word-trigram overlap at or above a threshold).</summary>
    Duplicate,

    /// <summary>Fires when a section shares too few content words, names or numbers with the rest of the story.</summary>
    Specificity,
}

/// <summary>A rule's severity, penalty and wording as they apply at one level in one section.</summary>
internal sealed record RuleSettings(Severity Severity, int Penalty, int MaxPenalty, string Message, string? Suggestion);

/// <summary>Optional changes to a rule at one level or in one section (null = keep).</summary>
internal sealed record RuleOverride(Severity? Severity, int? Penalty, int? MaxPenalty, string? Message, string? Suggestion)
{
    public RuleSettings ApplyTo(RuleSettings s) => new(
        Severity ?? s.Severity,
        Penalty ?? s.Penalty,
        MaxPenalty ?? Math.Max(s.MaxPenalty, Penalty ?? 0),
        Message ?? s.Message,
        Suggestion ?? s.Suggestion);
}

/// <summary>A worked example carried by a rule file: a bad one must fire (at the span given), a good one must not.</summary>
public sealed record RuleExample
{
    /// <summary>True for a <c>bad</c> example (the rule must fire), false for a <c>good</c> one.</summary>
    public required bool Bad { get; init; }

    /// <summary>The example as a story (a <c>text</c> example fills one section).</summary>
    public required StarStory Story { get; init; }

    /// <summary>The section the finding is expected in.</summary>
    public required StarSection Section { get; init; }

    /// <summary>The expected matched text; null where the kind implies the span (whole section, over-time tail).</summary>
    public string? Span { get; init; }

    /// <summary>Line of the example in its rule file.</summary>
    public required int Line { get; init; }
}

/// <summary>
/// One check loaded from a rule file under <c>content/scoring/</c>. Immutable after load; several
/// files may share an <see cref="Id"/> (e.g. <c>generic-reflection</c> for platitudes at every level and
/// for a missing systemic cause at Senior), and their deductions then share one cap per section.
/// </summary>
public sealed class ScoringRule
{
    private readonly RuleSettings[] _settings;

    internal ScoringRule(RuleDefinition d)
    {
        Id = d.Id;
        Kind = d.Kind;
        Description = d.Description;
        Sections = d.Sections;
        Levels = d.Levels;
        SourceFile = d.File;
        Line = d.Line;
        Examples = d.Examples;
        Patterns = d.Patterns;
        Exceptions = d.Exceptions;
        Unless = d.Unless;
        UnlessWholeSection = d.UnlessWholeSection;
        Against = d.Against;
        NegationCancels = d.NegationCancels;
        SkipQuoted = d.SkipQuoted;
        SubjectsOnly = d.SubjectsOnly;
        MaxShare = d.MaxShare;
        ReportAt = d.ReportAt;
        Tolerance = d.Tolerance;
        Base = d.Base;
        Principles = d.Principles;
        UnlessRestOfStory = d.UnlessRestOfStory;
        GraceCount = d.GraceCount;
        MinCount = d.MinCount;
        GracePatterns = d.GracePatterns;
        NotRepeatedFrom = d.NotRepeatedFrom;
        SevereAbove = d.SevereAbove;
        SeverePenalty = d.SeverePenalty;
        MinWords = d.MinWords;
        MinSentences = d.MinSentences;
        Threshold = d.Threshold;
        MinShared = d.MinShared;
        Ignore = d.Ignore;

        // Every (level, section) combination is resolved once here, so scoring never merges overrides.
        _settings = new RuleSettings[StarNames.Levels.Count * StarNames.Sections.Count];
        foreach (var level in StarNames.Levels)
        {
            foreach (var section in StarNames.Sections)
            {
                var s = d.Base;
                if (d.BySection.TryGetValue(section, out var bySection))
                {
                    s = bySection.ApplyTo(s);
                }

                if (d.ByLevel.TryGetValue(level, out var byLevel))
                {
                    s = byLevel.ApplyTo(s);
                }

                _settings[Index(level, section)] = s;
            }
        }
    }

    /// <summary>Rule id reported in findings, e.g. <c>we-language</c>.</summary>
    public string Id { get; }

    public RuleKind Kind { get; }

    /// <summary>What the rule looks for, in a coach's words.</summary>
    public string Description { get; }

    /// <summary>The sections the rule reads.</summary>
    public IReadOnlyList<StarSection> Sections { get; }

    /// <summary>The levels the rule applies at.</summary>
    public IReadOnlyList<Level> Levels { get; }

    /// <summary>Default severity (a level or section may override it).</summary>
    public Severity Severity => Base.Severity;

    /// <summary>The rule file, for error messages and the coach's README.</summary>
    public string SourceFile { get; }

    public int Line { get; }

    public IReadOnlyList<RuleExample> Examples { get; }

    internal RuleSettings Base { get; }

    internal PatternSet Patterns { get; }

    internal PatternSet Exceptions { get; }

    internal PatternSet Unless { get; }

    internal bool UnlessWholeSection { get; }

    internal PatternSet Against { get; }

    internal bool NegationCancels { get; }

    internal bool SkipQuoted { get; }

    internal bool SubjectsOnly { get; }

    internal double MaxShare { get; }

    internal StarSection ReportAt { get; }

    internal double Tolerance { get; }

    /// <summary>Theme slugs the rule is about; empty = every story. A story that names no principle gets every rule.</summary>
    public IReadOnlyList<string> Principles { get; }

    /// <summary>Does the rule apply to a story meant for <paramref name="storyPrinciples"/>?</summary>
    public bool AppliesTo(IReadOnlyList<string> storyPrinciples) =>
        Principles.Count == 0 || storyPrinciples.Count == 0 || storyPrinciples.Any(p => Principles.Contains(p, StringComparer.Ordinal));

    internal bool UnlessRestOfStory { get; }

    internal int GraceCount { get; }

    internal int MinCount { get; }

    internal PatternSet GracePatterns { get; }

    internal IReadOnlyList<StarSection> NotRepeatedFrom { get; }

    internal double SevereAbove { get; }

    internal int SeverePenalty { get; }

    internal int MinWords { get; }

    internal int MinSentences { get; }

    internal double Threshold { get; }

    internal int MinShared { get; }

    internal PatternSet Ignore { get; }

    internal RuleSettings SettingsFor(Level level, StarSection section) => _settings[Index(level, section)];

    public override string ToString() => $"{Id} ({Kind}, {SourceFile}:{Line})";

    private static int Index(Level level, StarSection section) => ((int)level * StarNames.Sections.Count) + (int)section;
}

/// <summary>Everything the loader read from one rule file, before it becomes an immutable rule.</summary>
internal sealed record RuleDefinition
{
    public required string Id { get; init; }
    public required RuleKind Kind { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<StarSection> Sections { get; init; }
    public required IReadOnlyList<Level> Levels { get; init; }
    public required string File { get; init; }
    public required int Line { get; init; }
    public required RuleSettings Base { get; init; }
    public required IReadOnlyDictionary<Level, RuleOverride> ByLevel { get; init; }
    public required IReadOnlyDictionary<StarSection, RuleOverride> BySection { get; init; }
    public required IReadOnlyList<RuleExample> Examples { get; init; }
    public PatternSet Patterns { get; init; } = PatternSet.None;
    public PatternSet Exceptions { get; init; } = PatternSet.None;
    public PatternSet Unless { get; init; } = PatternSet.None;
    public bool UnlessWholeSection { get; init; }
    public PatternSet Against { get; init; } = PatternSet.None;
    public bool NegationCancels { get; init; }
    public bool SkipQuoted { get; init; } = true;
    public bool SubjectsOnly { get; init; }
    public double MaxShare { get; init; }
    public StarSection ReportAt { get; init; }
    public double Tolerance { get; init; } = 1;
    public IReadOnlyList<string> Principles { get; init; } = [];
    public bool UnlessRestOfStory { get; init; }
    public int GraceCount { get; init; }
    public int MinCount { get; init; } = 1;
    public PatternSet GracePatterns { get; init; } = PatternSet.None;
    public IReadOnlyList<StarSection> NotRepeatedFrom { get; init; } = [];
    public double SevereAbove { get; init; }
    public int SeverePenalty { get; init; }
    public int MinWords { get; init; }
    public int MinSentences { get; init; } = 1;
    public double Threshold { get; init; } = 0.6;
    public int MinShared { get; init; } = 1;
    public PatternSet Ignore { get; init; } = PatternSet.None;
}
