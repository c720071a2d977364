namespace InterviewPrep.Core.Scoring;

/// <summary>
/// A candidate's STAR answer as the scorer sees it: plain section texts plus the level it is judged
/// at. Offsets in a <see cref="ScoreReport"/> are UTF-16 offsets into these exact texts, so an editor
/// can underline findings without any re-mapping.
/// </summary>
public sealed record StarStory
{
    private static readonly IReadOnlyDictionary<StarSection, string> NoSections = new Dictionary<StarSection, string>();

    /// <summary>Free title, shown in lists; not scored.</summary>
    public string Title { get; init; } = "";

    /// <summary>The company the candidate is preparing for; not scored.</summary>
    public string Company { get; init; } = "";

    /// <summary>The bar the story is judged against; SDE2 when the author has not said.</summary>
    public Level Level { get; init; } = Level.Sde2;

    /// <summary>Theme slugs the story is meant for (e.g. <c>ownership</c>); not scored today.</summary>
    public IReadOnlyList<string> Principles { get; init; } = [];

    /// <summary>Section texts; a missing or blank section is reported as <c>missing-section</c>.</summary>
    public IReadOnlyDictionary<StarSection, string> Sections { get; init; } = NoSections;

    /// <summary>The text of one section, or "" when it is absent.</summary>
    public string Text(StarSection section) => Sections.TryGetValue(section, out var text) && text is not null ? text : "";

    /// <summary>Convenience for callers that hold the five texts separately (null or "" = absent).</summary>
    public static StarStory Create(string? situation, string? task, string? action, string? result, string? reflection, Level level = Level.Sde2, string title = "")
    {
        var sections = new Dictionary<StarSection, string>();
        Add(StarSection.Situation, situation);
        Add(StarSection.Task, task);
        Add(StarSection.Action, action);
        Add(StarSection.Result, result);
        Add(StarSection.Reflection, reflection);
        return new StarStory { Title = title, Level = level, Sections = sections };

        void Add(StarSection section, string? text)
        {
            if (!string.IsNullOrEmpty(text))
            {
                sections[section] = text;
            }
        }
    }
}
