using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Stories;

/// <summary>What a candidate typed into the story editor, before it is saved.</summary>
public sealed record StoryDraft
{
    public string Title { get; init; } = "";
    public Level Level { get; init; } = Level.Sde2;
    public string Company { get; init; } = "";
    public IReadOnlyList<string> Principles { get; init; } = [];
    public string Situation { get; init; } = "";
    public string Task { get; init; } = "";
    public string Action { get; init; } = "";
    public string Result { get; init; } = "";
    public string Reflection { get; init; } = "";
    /// <summary>Ids of the self-score checklist items the candidate ticked.</summary>
    public IReadOnlyList<string> SelfCheck { get; init; } = [];

    public string Text(StarSection section) => section switch
    {
        StarSection.Situation => Situation,
        StarSection.Task => Task,
        StarSection.Action => Action,
        StarSection.Result => Result,
        _ => Reflection,
    };

    public StoryDraft With(StarSection section, string text) => section switch
    {
        StarSection.Situation => this with { Situation = text },
        StarSection.Task => this with { Task = text },
        StarSection.Action => this with { Action = text },
        StarSection.Result => this with { Result = text },
        _ => this with { Reflection = text },
    };

    /// <summary>The story as the scoring engine sees it.</summary>
    public StarStory ToStarStory() =>
        StarStory.Create(Situation, Task, Action, Result, Reflection, Level, Title) with { Principles = Principles, Company = Company };

    /// <summary>A draft from a parsed story file (import), with its text as the app stores it (<see cref="StoryText"/>).</summary>
    public static StoryDraft From(StarStory story) => new StoryDraft
    {
        Title = story.Title,
        Level = story.Level,
        Company = story.Company,
        Principles = story.Principles,
        Situation = story.Text(StarSection.Situation),
        Task = story.Text(StarSection.Task),
        Action = story.Text(StarSection.Action),
        Result = story.Text(StarSection.Result),
        Reflection = story.Text(StarSection.Reflection),
    }.Normalized();

    /// <summary>The draft as it is stored: one-line fields and sections cleaned by <see cref="StoryText"/>.</summary>
    public StoryDraft Normalized() => this with
    {
        Title = StoryText.SingleLine(Title),
        Company = StoryText.SingleLine(Company),
        Situation = StoryText.Section(Situation),
        Task = StoryText.Section(Task),
        Action = StoryText.Section(Action),
        Result = StoryText.Section(Result),
        Reflection = StoryText.Section(Reflection),
    };

    /// <summary>Same words and settings (the self-check and ordering of principles aside).</summary>
    public bool SameContentAs(StoryDraft other) =>
        Title == other.Title && Level == other.Level && Company == other.Company
        && Principles.SequenceEqual(other.Principles)
        && StarNames.Sections.All(s => Text(s) == other.Text(s));
}

/// <summary>Input limits, with the messages the editor shows.</summary>
public static class StoryLimits
{
    public const int TitleMax = 200;
    public const int CompanyMax = 100;
    public const int SectionMax = 5000;
    public const int PrinciplesMax = 16;

    /// <summary>Every limit the draft breaks, as a message a candidate can act on.</summary>
    public static IReadOnlyList<string> Check(StoryDraft draft)
    {
        var problems = new List<string>();
        if (draft.Title.Length > TitleMax)
        {
            problems.Add($"The title is {draft.Title.Length} characters; keep it under {TitleMax}.");
        }

        if (draft.Company.Length > CompanyMax)
        {
            problems.Add($"The company name is {draft.Company.Length} characters; keep it under {CompanyMax}.");
        }

        if (draft.Principles.Count > PrinciplesMax)
        {
            problems.Add($"A story can be tagged with at most {PrinciplesMax} principles.");
        }

        foreach (var section in StarNames.Sections)
        {
            var length = draft.Text(section).Length;
            if (length > SectionMax)
            {
                problems.Add($"{section} is {length:N0} characters; the limit is {SectionMax:N0} (about 12 minutes spoken). Cut it down.");
            }
        }

        return problems;
    }
}
