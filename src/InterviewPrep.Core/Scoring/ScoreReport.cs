namespace InterviewPrep.Core.Scoring;

/// <summary>How much a finding matters; only <see cref="Error"/> findings keep a story from <c>strong</c>.</summary>
public enum Severity
{
    /// <summary>Polish: worth fixing, never decisive.</summary>
    Hint,

    /// <summary>Weakens the answer; costs points.</summary>
    Warning,

    /// <summary>What a Bar Raiser would mark down on its own ("we" in Action, no metric, hand-off).</summary>
    Error,
}

/// <summary>The overall call on a story.</summary>
public enum Verdict
{
    Strong,
    Mixed,
    Weak,
}

/// <summary>One problem in one section, located so an editor can underline it.</summary>
public sealed record Finding
{
    /// <summary>Rule id, e.g. <c>we-language</c>; stable, used in JSON and in the rule files.</summary>
    public required string Rule { get; init; }

    public required Severity Severity { get; init; }

    public required StarSection Section { get; init; }

    /// <summary>Start of the span, in UTF-16 code units into the section's text.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the span in UTF-16 code units; a whole-section finding spans the section, an empty section gives 0.</summary>
    public required int Length { get; init; }

    /// <summary>The text of the span (for whole-section findings, the whole section).</summary>
    public required string Text { get; init; }

    /// <summary>What is wrong and how to fix it, in plain language.</summary>
    public required string Message { get; init; }

    /// <summary>An optional concrete rewrite hint.</summary>
    public string? Suggestion { get; init; }

    /// <summary>End of the span (exclusive).</summary>
    public int End => Start + Length;
}

/// <summary>Timing and score of one section.</summary>
public sealed record SectionReport
{
    public required StarSection Section { get; init; }

    /// <summary>Spoken words (tokens with a letter or digit).</summary>
    public required int Words { get; init; }

    /// <summary>Estimated speaking time at the rule set's words-per-minute, rounded to 0.1 s.</summary>
    public required double Seconds { get; init; }

    public required int TargetSeconds { get; init; }

    /// <summary>100 minus this section's capped deductions, never below 0.</summary>
    public required int Score { get; init; }

    /// <summary>Weight of this section in the overall score.</summary>
    public required double Weight { get; init; }

    /// <summary>Points taken off this section (100 - <see cref="Score"/>, before the floor at 0 it is the sum of <see cref="Deductions"/>).</summary>
    public int Deducted { get; init; }

    /// <summary>The deductions behind this section's score, largest first.</summary>
    public IReadOnlyList<Deduction> Deductions { get; init; } = [];

    /// <summary>What this section contributes to the overall score: score x weight / total weight.</summary>
    public double Contribution { get; init; }
}

/// <summary>Points one rule took off one section: the line a user reads to see why 62 and not 80.</summary>
public sealed record Deduction
{
    public required string Rule { get; init; }

    public required StarSection Section { get; init; }

    /// <summary>The highest severity among the findings behind this deduction.</summary>
    public required Severity Severity { get; init; }

    /// <summary>How many findings produced it.</summary>
    public required int Count { get; init; }

    /// <summary>Points taken off the section (after the cap).</summary>
    public required int Points { get; init; }

    /// <summary>True when the rule's cap limited the points.</summary>
    public required bool Capped { get; init; }

    /// <summary>What the deduction costs the overall score: points x section weight / total weight ("-40 in Task" is -5 overall when Task weighs 1 of 8).</summary>
    public double OverallPoints { get; init; }

    public override string ToString() =>
        $"-{Points} {Section.Id()} {Rule}" + (Count > 1 ? $" ({Count} findings{(Capped ? ", capped" : "")})" : Capped ? " (capped)" : "");
}

/// <summary>Everything the scorer says about one story.</summary>
public sealed record ScoreReport
{
    public required Level Level { get; init; }

    /// <summary>0-100: the weighted mean of the section scores (Action weighs most).</summary>
    public required int Score { get; init; }

    public required Verdict Verdict { get; init; }

    /// <summary>One sentence saying why the verdict is what it is.</summary>
    public required string Explanation { get; init; }

    /// <summary>The verdict rule that decided it, in general terms ("an error finding caps the verdict at mixed", "below 70 is weak").</summary>
    public string VerdictReason { get; init; } = "";

    /// <summary>The arithmetic of <see cref="Score"/>: "(100×1 + 60×1 + 80×3 + 100×2 + 100×1) / 8 = 88".</summary>
    public string Formula { get; init; } = "";

    /// <summary>All five sections in speaking order, present or not.</summary>
    public required IReadOnlyList<SectionReport> Sections { get; init; }

    /// <summary>Findings in speaking order of sections, then by start, then by rule id.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Every deduction behind <see cref="Score"/>, in speaking order of sections, largest first.</summary>
    public required IReadOnlyList<Deduction> Deductions { get; init; }

    /// <summary>The report of one section.</summary>
    public SectionReport Section(StarSection section) => Sections.First(s => s.Section == section);

    /// <summary>Findings of one rule.</summary>
    public IEnumerable<Finding> FindingsOf(string rule) => Findings.Where(f => f.Rule == rule);

    /// <summary>
    /// Where the story sits against the SDE1/SDE2/Senior bands of <c>content/levels.yaml</c>, or null
    /// when the rule set was loaded without them (a bare scoring folder).
    /// </summary>
    public Levels.LevelPlacement? LevelPlacement { get; init; }

    /// <summary>Verdict as used in files and JSON ("strong", "mixed", "weak").</summary>
    public string VerdictId => Verdict.ToString().ToLowerInvariant();
}
