namespace InterviewPrep.Core.Content;

/// <summary>A company whose behavioral themes the library covers.</summary>
public sealed record Company
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Blurb { get; init; }
    public int Order { get; init; }
    /// <summary>Optional: the slug of the company's theme to write a first story for.</summary>
    public string? StartWith { get; init; }
    /// <summary>Optional: one sentence on why to start with <see cref="StartWith"/>.</summary>
    public string? StartWithWhy { get; init; }
}

/// <summary>A behavioral theme: one Amazon Leadership Principle or another company's theme.</summary>
public sealed record Theme
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string CompanyId { get; init; }
    public int Order { get; init; }
    /// <summary>One line shown in lists and related-theme cards.</summary>
    public required string Tagline { get; init; }
    /// <summary>Markdown: what the theme is about.</summary>
    public required string About { get; init; }
    public required IReadOnlyList<string> Evaluates { get; init; }
    public required IReadOnlyList<string> Prompts { get; init; }
    public IReadOnlyList<SampleAnswer> Samples { get; init; } = [];
    public required IReadOnlyList<string> Pitfalls { get; init; }
    public IReadOnlyList<string> FollowUpStrategies { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    /// <summary>Company ids of companies known to test this theme.</summary>
    public IReadOnlyList<string> TestedBy { get; init; } = [];
    /// <summary>For other companies' themes: the nearest Amazon principles.</summary>
    public IReadOnlyList<string> NearestPrinciples { get; init; } = [];
    public IReadOnlyDictionary<Level, string> LevelNotes { get; init; } = new Dictionary<Level, string>();
    public required string SourceFile { get; init; }
}

/// <summary>Whether a sample is one to imitate or one to learn from.</summary>
public enum SampleStrength
{
    Strong,
    Weak,
}

/// <summary>A STAR sample answer on a theme page, with the notes on why it works or fails.</summary>
public sealed record SampleAnswer
{
    public required string Title { get; init; }
    public required SampleStrength Strength { get; init; }
    public Level? Level { get; init; }
    /// <summary>Section texts; a weak sample may omit sections.</summary>
    public required IReadOnlyDictionary<StarSection, string> Sections { get; init; }
    public required IReadOnlyList<string> Notes { get; init; }
    public int Line { get; init; }
}

/// <summary>One section of a walkthrough: the strong example and the coaching around it.</summary>
public sealed record WalkthroughSection
{
    public required StarSection Section { get; init; }
    public required int TargetSeconds { get; init; }
    public required string Example { get; init; }
    /// <summary>Phrases that occur verbatim (ignoring case) in <see cref="Example"/>.</summary>
    public required IReadOnlyList<string> KeyPhrases { get; init; }
    public required string Coaching { get; init; }
    public required string Mistake { get; init; }
}

/// <summary>A follow-up question an interviewer asks after the story.</summary>
public sealed record FollowUp
{
    public required string Question { get; init; }
    public required string Probes { get; init; }
    public required string Weak { get; init; }
    public required string WeakWhy { get; init; }
    public required string Strong { get; init; }
    public required string KeyPhrase { get; init; }
}

/// <summary>A flagged problem in the weak answer; <see cref="Quote"/>, when given, occurs in one of its sections.</summary>
public sealed record WeakProblem
{
    public string? Quote { get; init; }
    public required string Note { get; init; }
}

/// <summary>The full weak answer, its flagged problems and the interviewer's verdict.</summary>
public sealed record WeakAnswer
{
    public required IReadOnlyDictionary<StarSection, string> Sections { get; init; }
    public required IReadOnlyList<WeakProblem> Problems { get; init; }
    public required string Verdict { get; init; }
}

/// <summary>How to tell the same story for another principle.</summary>
public sealed record Reangle
{
    public required string Principle { get; init; }
    public required string LeadWith { get; init; }
    public required string Emphasise { get; init; }
    public required string Downplay { get; init; }
}

/// <summary>What the story needs at one level.</summary>
public sealed record LevelVariant
{
    public required Level Level { get; init; }
    public required string Focus { get; init; }
    public required string Bar { get; init; }
    public required string TimeBudget { get; init; }
}

/// <summary>The kinds of quiz question a walkthrough can carry.</summary>
public enum QuizKind
{
    BestPhrase,
    Disqualifier,
    StrongestResult,
    WhichSection,
    FollowUp,
    Concept,
}

public sealed record QuizOption
{
    public required string Text { get; init; }
    public bool Correct { get; init; }
}

public sealed record QuizQuestion
{
    /// <summary>Stable within its walkthrough; saved attempts refer to it.</summary>
    public required string Id { get; init; }
    public required QuizKind Kind { get; init; }
    public required string Prompt { get; init; }
    public required IReadOnlyList<QuizOption> Options { get; init; }
    public required string Explanation { get; init; }

    public int CorrectIndex
    {
        get
        {
            for (var i = 0; i < Options.Count; i++)
            {
                if (Options[i].Correct)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}

/// <summary>A complete STAR walkthrough of one story, framed for one question.</summary>
public sealed record Walkthrough
{
    public required string Slug { get; init; }
    public required string Question { get; init; }
    public required string Principle { get; init; }
    public required string Domain { get; init; }
    public required string Overview { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<string> Takeaways { get; init; }
    public required IReadOnlyList<WalkthroughSection> Sections { get; init; }
    public required IReadOnlyDictionary<Level, string> LevelReflections { get; init; }
    public required IReadOnlyList<FollowUp> FollowUps { get; init; }
    public required WeakAnswer WeakAnswer { get; init; }
    public required IReadOnlyList<Reangle> Reangles { get; init; }
    public required IReadOnlyList<LevelVariant> Levels { get; init; }
    public required IReadOnlyList<QuizQuestion> Quiz { get; init; }
    public required string SourceFile { get; init; }

    public WalkthroughSection Section(StarSection section) => Sections.First(s => s.Section == section);

    /// <summary>Total of the sections' target speaking times.</summary>
    public int TotalTargetSeconds => Sections.Sum(s => s.TargetSeconds);
}
