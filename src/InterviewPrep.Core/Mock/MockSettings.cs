using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Mock;

/// <summary>
/// A follow-up the mock interview asks because the scorer found <see cref="Rule"/> in the story the
/// candidate chose: the probe a real interviewer makes when they hear the same gap.
/// </summary>
public sealed record FindingFollowUp
{
    /// <summary>Scoring rule id, e.g. <c>missing-metric</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>The question, as the interviewer says it.</summary>
    public required string Ask { get; init; }

    /// <summary>One line telling the candidate why this question came up for this story.</summary>
    public required string Because { get; init; }

    /// <summary>How a good reply goes, shown after the candidate has answered.</summary>
    public required string Tip { get; init; }

    public int Line { get; init; }
}

/// <summary>
/// The mock interview's content (<c>content/mock/followups.yaml</c>): the clocks and the
/// finding → follow-up mapping. Data, so a coach can reword a probe or tighten a clock without C#.
/// </summary>
public sealed record MockSettings
{
    /// <summary>What is used when the content has no <c>mock/</c> folder (older copies, other tools' fixtures).</summary>
    public static MockSettings Default { get; } = new();

    /// <summary>The answer clock per level, in seconds.</summary>
    public IReadOnlyDictionary<Level, int> AnswerSeconds { get; init; } = new Dictionary<Level, int>
    {
        [Level.Sde1] = 120,
        [Level.Sde2] = 150,
        [Level.Senior] = 180,
    };

    /// <summary>The clock for one follow-up reply, in seconds.</summary>
    public int FollowUpSeconds { get; init; } = 60;

    /// <summary>In file order, which is also the order of preference when a story has several findings.</summary>
    public IReadOnlyList<FindingFollowUp> ByFinding { get; init; } = [];

    public string? SourceFile { get; init; }

    public int AnswerSecondsFor(Level level) => AnswerSeconds.TryGetValue(level, out var s) ? s : 150;

    public FindingFollowUp? ForRule(string rule) => ByFinding.FirstOrDefault(f => f.Rule == rule);
}

/// <summary>Reads <c>mock/followups.yaml</c> strictly: unknown keys, bad numbers and unknown rule ids are located errors.</summary>
public static class MockSettingsLoader
{
    public const string FileName = "followups.yaml";

    /// <summary>Loads the file under <paramref name="folder"/>; <see cref="MockSettings.Default"/> when the folder or file is absent.</summary>
    /// <param name="folder">The content's <c>mock/</c> folder.</param>
    /// <param name="knownRules">Scoring rule ids a <c>rule</c> key may name; null skips the check (content without scoring rules).</param>
    /// <param name="errors">Where problems are added, with file and line.</param>
    public static MockSettings Load(string folder, IEnumerable<string>? knownRules, List<ContentError> errors)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return MockSettings.Default;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            errors.Add(new ContentError(ContentLoader.Display(path), 0, $"cannot read file: {ex.Message}"));
            return MockSettings.Default;
        }

        return Parse(text, ContentLoader.Display(path), knownRules, errors);
    }

    /// <summary>Parses the file's text; <paramref name="file"/> names it in errors.</summary>
    public static MockSettings Parse(string text, string file, IEnumerable<string>? knownRules, List<ContentError> errors)
    {
        var y = YamlReader.Open(text, file, errors);
        if (y is null)
        {
            return MockSettings.Default;
        }

        var answers = new Dictionary<Level, int>();
        if (y.Map("answerSeconds") is { } map)
        {
            foreach (var level in StarNames.Levels)
            {
                answers[level] = map.Number(level.Id(), min: 30, max: 900);
            }

            map.RejectUnknownKeys();
        }

        var known = knownRules?.ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var byFinding = new List<FindingFollowUp>();
        foreach (var item in y.MapList("byFinding", min: 1))
        {
            var rule = item.Text("rule");
            var line = item.LineOf("rule");
            if (rule.Length > 0 && known is not null && !known.Contains(rule))
            {
                errors.Add(new ContentError(file, line, $"rule '{rule}' is not a scoring rule id (content/scoring/*.yaml); known: {string.Join(", ", known.Order(StringComparer.Ordinal))}"));
            }
            else if (rule.Length > 0 && seen.TryGetValue(rule, out var first))
            {
                errors.Add(new ContentError(file, line, $"rule '{rule}' already has a follow-up (line {first})"));
            }

            seen.TryAdd(rule, line);
            var ask = item.Text("ask");
            if (ask.Length > 0 && !ask.TrimEnd().EndsWith('?'))
            {
                errors.Add(new ContentError(file, item.LineOf("ask"), $"'ask' is what the interviewer asks: end it with a question mark ('{ask}')"));
            }

            byFinding.Add(new FindingFollowUp { Rule = rule, Ask = ask, Because = item.Text("because"), Tip = item.Text("tip"), Line = line });
            item.RejectUnknownKeys();
        }

        var followUpSeconds = y.Number("followUpSeconds", min: 10, max: 600);
        y.RejectUnknownKeys();
        return new MockSettings { AnswerSeconds = answers, FollowUpSeconds = followUpSeconds, ByFinding = byFinding, SourceFile = file };
    }
}
