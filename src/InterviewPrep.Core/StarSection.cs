namespace InterviewPrep.Core;

/// <summary>The five parts of a STAR answer, in speaking order.</summary>
public enum StarSection
{
    Situation,
    Task,
    Action,
    Result,
    Reflection,
}

/// <summary>The seniority bar an answer is judged against.</summary>
public enum Level
{
    Sde1,
    Sde2,
    Senior,
}

/// <summary>Names and parsing shared by content, scoring, the CLI and the UI.</summary>
public static class StarNames
{
    /// <summary>All sections in speaking order.</summary>
    public static IReadOnlyList<StarSection> Sections { get; } =
        [StarSection.Situation, StarSection.Task, StarSection.Action, StarSection.Result, StarSection.Reflection];

    /// <summary>All levels, most junior first.</summary>
    public static IReadOnlyList<Level> Levels { get; } = [Level.Sde1, Level.Sde2, Level.Senior];

    /// <summary>Lower-case id used in files, URLs and JSON ("situation").</summary>
    public static string Id(this StarSection section) => section.ToString().ToLowerInvariant();

    /// <summary>Lower-case id used in files, URLs and JSON ("sde1", "senior").</summary>
    public static string Id(this Level level) => level.ToString().ToLowerInvariant();

    /// <summary>Display name ("SDE1", "SDE2", "Senior").</summary>
    public static string Display(this Level level) => level switch
    {
        Level.Sde1 => "SDE1",
        Level.Sde2 => "SDE2",
        _ => "Senior",
    };

    /// <summary>Single letter of the section badge (S, T, A, R, and ✦ for Reflection).</summary>
    public static string Badge(this StarSection section) => section == StarSection.Reflection ? "✦" : section.ToString()[..1];

    public static bool TryParseSection(string? text, out StarSection section)
    {
        foreach (var s in Sections)
        {
            if (string.Equals(s.Id(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                section = s;
                return true;
            }
        }

        section = default;
        return false;
    }

    public static bool TryParseLevel(string? text, out Level level)
    {
        var t = text?.Trim().Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        switch (t)
        {
            case "sde1" or "sdei" or "junior":
                level = Level.Sde1;
                return true;
            case "sde2" or "sdeii" or "mid":
                level = Level.Sde2;
                return true;
            case "senior" or "sde3" or "seniorsde":
                level = Level.Senior;
                return true;
            default:
                level = default;
                return false;
        }
    }
}
